"""What a word card asks and lists: a form of the word other than its headword, and
the word's forms as the lexicon gives them.

The form in the text comes first when it is not the headword ("kongerne" for
"konge"); when the text has the base form, the card asks the first form the teacher
configured that the lexicon knows and that differs from the headword (definite
singular for nouns, past tense for verbs, neuter for adjectives, ...). A card never
asks for the headword itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.analysis import Token
from quizgen.config.generation import AskedForms
from quizgen.extract.lexical import lexicon_forms, lexicon_of, lexicon_spellings
from quizgen.lang import Language
from quizgen.lang.da.lexicon import Lexicon
from quizgen.lang.grammar import Grammar

LATIN_TAIL = 5  # the shortest Latin -um noun whose variant is checked ("forum")
# The configured names of forms, as UD features (sorted, as the lexicon writes them).
NAMED_FORMS: dict[str, dict[str, str]] = {
    "NOUN": {
        "definite": "Definite=Def|Number=Sing",
        "plural": "Definite=Ind|Number=Plur",
        "definite_plural": "Definite=Def|Number=Plur",
    },
    "VERB": {
        "present": "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act",
        "past": "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act",
        "participle": "Tense=Past|VerbForm=Part",
        "passive": "VerbForm=Inf|Voice=Pass",
    },
    "ADJ": {
        "neuter": "Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing",
        "definite": "Definite=Def|Degree=Pos|Number=Sing",
        "comparative": "Degree=Cmp",
        "superlative": "Definite=Ind|Degree=Sup",
    },
}
# The forms a card lists, in this order (the principal parts a grammar book gives).
LISTED: dict[str, tuple[str, ...]] = {
    "NOUN": ("definite", "plural", "definite_plural"),
    "VERB": ("present", "past", "participle"),
    "ADJ": ("neuter", "definite", "comparative", "superlative"),
}


@dataclass(frozen=True)
class Form:
    """A form of a word, with a readable description."""

    text: str
    features: str  # UD FEATS
    description: str  # e.g. "bestemt flertal", "datid"


def describe(token: Token, grammar: Grammar) -> str:
    """The learner's grammar words for a token's form: ``bestemt flertal``, ``datid``."""
    names = grammar.vocabulary.form_names
    f = token.features

    def named(feature: str, *values: str) -> str:
        value = f.get(feature, "")
        return names.get(f"{feature}={value}", "") if value in values else ""

    parts: list[str] = []
    if token.pos == "NOUN":
        parts += [named("Definite", "Def", "Ind"), named("Number", "Sing", "Plur")]
        parts.append(named("Case", "Gen"))
    elif token.pos in ("VERB", "AUX"):
        form = f.get("VerbForm", "")
        tense = f.get("Tense", "")
        if form == "Inf":
            parts.append(names["VerbForm=Inf"])
        elif form == "Part":
            parts.append(names["VerbForm=Part|Tense=Past" if tense == "Past" else "VerbForm=Part"])
        else:
            parts.append(named("Tense", "Pres", "Past"))
        parts += [named("Mood", "Imp"), named("Voice", "Pass")]
    elif token.pos == "ADJ":
        parts += [named("Degree", "Cmp", "Sup"), named("Definite", "Def"), named("Number", "Plur")]
        if f.get("Gender") == "Neut" and f.get("Number") != "Plur":
            parts.append(names["Gender=Neut"])
    return " ".join(p for p in parts if p) or names[""]


def paradigm(
    lemma: str, pos: str, language: Language, seen: Sequence[Form] = (), asked: Form | None = None
) -> tuple[Form, ...]:
    """The lexicon's principal forms of a word (those that differ from the headword), of
    the paradigm that holds the forms ``seen`` in the text; the asked form among them."""
    known = lexicon_forms(lemma, pos, language, _texts(seen))
    out: list[Form] = []
    for name in LISTED.get(pos, ()):
        feats = NAMED_FORMS[pos][name]
        text = known.get(feats, "")
        if text and text != lemma and all(f.text != text for f in out):
            out.append(Form(text, feats, _described(lemma, pos, text, feats, language)))
    if asked is not None and all(f.text.lower() != asked.text.lower() for f in out):
        out.append(asked)  # "opløstes": the card lists the form it asks for
    return tuple(out)


def _texts(seen: Sequence[Form]) -> tuple[str, ...]:
    return tuple(f.text for f in seen if "Case=Gen" not in f.features)


def asked_form(
    lemma: str,
    pos: str,
    seen: Sequence[Form],
    wanted: AskedForms,
    language: Language,
) -> Form | None:
    """The form a card asks: the text's own form when it is not the headword, else the
    first configured form the lexicon has that differs from the headword."""
    head = lemma.lower()
    for form in seen:
        # a genitive ("analysens") is a form of the phrase more than of the word
        if form.text.lower() != head and "Case=Gen" not in form.features:
            return form
    names: tuple[str, ...] = {
        "NOUN": wanted.noun,
        "VERB": wanted.verb,
        "ADJ": wanted.adjective,
    }.get(pos, ())
    known = lexicon_forms(lemma, pos, language, _texts(seen))
    for name in names:
        feats = NAMED_FORMS[pos][name]
        text = known.get(feats, "")
        if not text or text.lower() == head or one_of_two(lemma, pos, text, language):
            continue
        if not two_spellings(lemma, pos, feats, language, seen):
            return Form(text, feats, _described(lemma, pos, text, feats, language))
    return None


def two_spellings(
    lemma: str, pos: str, feats: str, language: Language, seen: Sequence[Form] = ()
) -> bool:
    """A noun form the lexicon spells two standard ways ("teatret" and "teateret" of
    teater): a card asking one would mark the other wrong. (Adjectives are left out:
    there the second form is a rare one the lexicon lists, "nærere" beside "nærmere".)"""
    if pos != "NOUN":
        return False
    return len(lexicon_spellings(lemma, pos, language, _texts(seen)).get(feats, ())) > 1


def one_of_two(lemma: str, pos: str, text: str, language: Language) -> bool:
    """A form of a Latin noun in -um built on -umm- ("centrummet") where the lexicon
    knows the short variant as the definite form of the word's other spelling ("centret"
    of center): a card asking one would mark the other wrong. Judged on the word's
    Latin tail, so that "magtcentrum" counts too."""
    head = lemma.lower()
    if pos != "NOUN" or not head.endswith("um") or not text.lower().startswith(head + "m"):
        return False
    lex = lexicon_of(language)
    stems = (head[start:-2] for start in range(len(head) - LATIN_TAIL + 1))
    return lex is not None and any(_short_variant(lex, stem) for stem in stems)


def _short_variant(lex: Lexicon, stem: str) -> bool:
    """``stem`` + -et is the definite form of a noun spelt with the stem's letters and
    an e ("centret" of center or centre, for centr-um)."""
    letters = sorted(stem + "e")
    return any(
        a.pos == "NOUN" and a.feature("Definite") == "Def" and sorted(a.lemma) == letters
        for a in lex.analyses(stem + "et")
    )


def _described(lemma: str, pos: str, text: str, feats: str, language: Language) -> str:
    return describe(Token(0, text, lemma, pos, feats), language.grammar)


def plural_term(lemma: str, language: Language) -> Form | None:
    """An adjective + noun term in the indefinite plural ("humanitære korridorer")."""
    adjective, _, noun = lemma.partition(" ")
    adjectives = lexicon_forms(adjective, "ADJ", language)
    nouns = lexicon_forms(noun, "NOUN", language)
    feats = NAMED_FORMS["NOUN"]["plural"]
    plural = adjectives.get("Degree=Pos|Number=Plur"), nouns.get(feats)
    if not all(plural):
        return None
    text = f"{plural[0]} {plural[1]}"
    return Form(text, feats, _described(noun, "NOUN", plural[1] or "", feats, language))
