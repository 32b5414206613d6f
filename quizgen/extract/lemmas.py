"""Dictionary forms and genders of words, checked against the forms seen: a
statistical lemmatiser and tagger are right most of the time, and the rest shows."""

from __future__ import annotations

from collections.abc import Mapping

from quizgen.analysis import Token
from quizgen.extract.levels import compound_zipf, zipf
from quizgen.lang import Language, get_language
from quizgen.lang.grammar import Grammar


def normal_lemma(token: Token, language: Language | None = None) -> str:
    """The dictionary form; hyphenated compounds keep their prefix: ``IS-kriger``."""
    language = language or get_language()
    lemma = token.lemma or token.text
    if "-" in token.text.strip("-"):
        prefix, _, last = token.text.rpartition("-")
        lemma_last = lemma.rpartition("-")[2] if "-" in lemma else lemma
        if lemma_last.lower().startswith(prefix.lower() + "-"):
            lemma_last = lemma_last[len(prefix) + 1 :]
        checked = _checked_noun_lemma(token, last.lower(), lemma_last.lower(), language)
        return f"{prefix}-{checked}"
    if token.pos == "PROPN" or (lemma.isupper() and len(lemma) > 1):
        return lemma
    return _checked_noun_lemma(token, token.text.lower(), lemma.lower(), language)


def _checked_noun_lemma(token: Token, form: str, lemma: str, language: Language) -> str:
    """A statistical lemmatiser now and then cuts a noun wrongly (``etapen`` -> ``etap``,
    ``rytterne`` -> ``rytte``) or not at all (``skærmen``): when its lemma is no known
    word, or the form itself, but the form minus a regular ending is a word, take that."""
    if token.pos != "NOUN":
        return lemma
    code = language.code
    key = (token.feature("Definite"), token.feature("Number"))
    if lemma == form or zipf(lemma, code) == 0:
        noun_endings = language.grammar.forms.noun_endings
        endings = [e for e in noun_endings.get(key, ()) if e and form.endswith(e)]
        bases = [b for b in (form[: len(form) - len(e)] for e in endings) if len(b) > 1]
        words = [b for b in bases if zipf(b, code) > 0]  # real words before guessed compounds
        if not words and key[0] == "Ind" and lemma != form and zipf(form, code) > 0:
            words = [form]  # "kilometer": the plural is the singular
        guessed = [b for b in bases if compound_zipf(b, code) >= 3.0] if lemma != form else []
        pool = words or guessed  # an unlemmatised form stays unless a real word is found
        if words:
            best = max(words, key=lambda b: (compound_zipf(b, code), b))
        else:  # guessed compounds: the shortest ending ("søvnvaner" -> "søvnvane")
            best = max(pool, key=lambda b: (len(b), b), default="")
        # (a guess longer than the lemmatiser's means it cut too much: "etap", "søvnvan")
        better = compound_zipf(best, code) > compound_zipf(lemma, code) or len(best) > len(lemma)
        if best and (lemma == form or words or better):
            lemma = best
    return _singular(lemma, form, key, code)


def _singular(lemma: str, form: str, key: tuple[str, str], code: str) -> str:
    """``cyklisterne`` lemmatised to the plural ``cyklister``: take ``cyklist``. A real
    singular in -er (``kriger``) has a plural in -ere (``krigere``) and is kept.

    (The endings are spelt out here because this is Danish morphology as code, not a word
    list: a second language would need its own repair here, not other endings.)"""
    if key != ("Def", "Plur") or form != lemma + "ne":
        return lemma
    if lemma.endswith("e") and not lemma.endswith("ere") and zipf(lemma[:-1], code) > 0:
        return lemma[:-1]  # "pælene" lemmatised to the plural "pæle": take "pæl"
    if not lemma.endswith("er") or zipf(lemma + "e", code) > 0:  # "kriger" -> "krigere"
        return lemma
    base = lemma[:-2]
    return base if compound_zipf(base, code) >= 3.0 else lemma


def gender_from_form(form: str, lemma: str, features: Mapping[str, str], grammar: Grammar) -> str:
    """``bjerget`` is the definite form of a neuter noun, whatever the tagger says."""
    if features.get("Definite") != "Def" or features.get("Number") != "Sing":
        return ""
    for ending, gender in grammar.forms.gender_endings:
        if form == lemma + ending:
            return gender
    return ""
