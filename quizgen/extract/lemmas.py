"""Dictionary forms and genders of words, checked against the forms seen: a
statistical lemmatiser and tagger are right most of the time, and the rest shows."""

from __future__ import annotations

from quizgen.analysis import Token
from quizgen.extract.levels import compound_zipf, zipf


def normal_lemma(token: Token) -> str:
    """The dictionary form; hyphenated compounds keep their prefix: ``IS-kriger``."""
    lemma = token.lemma or token.text
    if "-" in token.text.strip("-"):
        prefix, _, last = token.text.rpartition("-")
        lemma_last = lemma.rpartition("-")[2] if "-" in lemma else lemma
        if lemma_last.lower().startswith(prefix.lower() + "-"):
            lemma_last = lemma_last[len(prefix) + 1 :]
        return f"{prefix}-{_checked_noun_lemma(token, last.lower(), lemma_last.lower())}"
    if token.pos == "PROPN" or (lemma.isupper() and len(lemma) > 1):
        return lemma
    return _checked_noun_lemma(token, token.text.lower(), lemma.lower())


# Endings to try when a noun's lemma is not a Danish word, by (definiteness, number).
NOUN_ENDINGS = {
    ("Def", "Sing"): ("n", "en", "t", "et"),
    ("Ind", "Plur"): ("r", "er", "e", ""),
    ("Def", "Plur"): ("ne", "ene", "erne", "rne"),
}


def _checked_noun_lemma(token: Token, form: str, lemma: str) -> str:
    """A statistical lemmatiser now and then cuts a noun wrongly (``etapen`` -> ``etap``,
    ``rytterne`` -> ``rytte``) or not at all (``skærmen``): when its lemma is no known
    word, or the form itself, but the form minus a regular ending is a word, take that."""
    if token.pos != "NOUN":
        return lemma
    key = (token.feature("Definite"), token.feature("Number"))
    if lemma == form or zipf(lemma) == 0:
        endings = [e for e in NOUN_ENDINGS.get(key, ()) if e and form.endswith(e)]
        bases = [b for b in (form[: len(form) - len(e)] for e in endings) if len(b) > 1]
        words = [b for b in bases if zipf(b) > 0]  # real words before guessed compounds
        if not words and key[0] == "Ind" and lemma != form and zipf(form) > 0:
            words = [form]  # "kilometer": the plural is the singular
        guessed = [b for b in bases if compound_zipf(b) >= 3.0] if lemma != form else []
        pool = words or guessed  # an unlemmatised form stays unless a real word is found
        if words:
            best = max(words, key=lambda b: (compound_zipf(b), b))
        else:  # guessed compounds: the shortest ending ("søvnvaner" -> "søvnvane")
            best = max(pool, key=lambda b: (len(b), b), default="")
        # (a guess longer than the lemmatiser's means it cut too much: "etap", "søvnvan")
        better = compound_zipf(best) > compound_zipf(lemma) or len(best) > len(lemma)
        if best and (lemma == form or words or better):
            lemma = best
    return _singular(lemma, form, key)


def _singular(lemma: str, form: str, key: tuple[str, str]) -> str:
    """``cyklisterne`` lemmatised to the plural ``cyklister``: take ``cyklist``. A real
    singular in -er (``kriger``) has a plural in -ere (``krigere``) and is kept."""
    if key != ("Def", "Plur") or form != lemma + "ne":
        return lemma
    if lemma.endswith("e") and not lemma.endswith("ere") and zipf(lemma[:-1]) > 0:
        return lemma[:-1]  # "pælene" lemmatised to the plural "pæle": take "pæl"
    if not lemma.endswith("er") or zipf(lemma + "e") > 0:  # "kriger" -> "krigere": a singular
        return lemma
    base = lemma[:-2]
    return base if compound_zipf(base) >= 3.0 else lemma


def gender_from_form(form: str, lemma: str, features: dict[str, str]) -> str:
    """``bjerget`` is the definite form of a neuter noun, whatever the tagger says."""
    if features.get("Definite") != "Def" or features.get("Number") != "Sing":
        return ""
    for ending, gender in (("et", "Neut"), ("t", "Neut"), ("en", "Com"), ("n", "Com")):
        if form == lemma + ending:
            return gender
    return ""
