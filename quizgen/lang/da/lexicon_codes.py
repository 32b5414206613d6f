"""The codes of the shipped Danish lexicon tables: word classes and inflection features.

Each stored form carries a short code; its first character names the word class and
the code as a whole names the features (UD-style names and values, so they compare
directly with a tagger's morphology). One code can stand for several readings (an
adjective in -e is both definite singular and plural; a verb in -s both infinitive
and present passive). Genitives of nouns and proper nouns are not stored: the reader
derives them (``+s``, or ``+'`` after s/x/z), adding ``Case=Gen``.

Where the codes come from (Stavekontrolden's .aff flags; see tools/lexicon_paradigms.py):
nouns: definite singular -en (flags 2, 14, 44, 58, 65, 75) = common gender,
-et (4, 15, 45, 57, 66, 70, 76, 84) = neuter; plural -er/-e/-re/-ler/zero (11, 5, 13,
64, 46, 71, 85; consonant doubling 3, 7, 18, 19, 47, 48 first) and definite plural
-ne; plural-only nouns (74). Verbs: -ede/-et (1) or -te/-t (20) past and participle,
present -r, present participle -nde, imperative (21), passive -s (22). Adjectives:
neuter -t (49, 82), definite/plural -e (24, 28, 12, 25, 26, 41, 59, 77), comparison
-ere/-st (23, 40, 41, 78) or -ere/-est (38, 42).
"""

from __future__ import annotations

Feats = tuple[tuple[str, str], ...]

CLASS_OF_PREFIX: dict[str, str] = {
    "n": "NOUN",
    "v": "VERB",
    "a": "ADJ",
    "p": "PROPN",
    "A": "ADV",
    "P": "ADP",
    "C": "CCONJ",
    "S": "SCONJ",
    "R": "PRON",
    "D": "DET",
    "U": "NUM",
    "I": "INTJ",
    "T": "PART",
    "X": "X",
}
PREFIX_OF_CLASS: dict[str, str] = {cls: prefix for prefix, cls in CLASS_OF_PREFIX.items()}


def _f(text: str) -> Feats:
    return tuple(sorted(tuple(pair.split("=", 1)) for pair in text.split("|")))  # type: ignore[misc]


_SING_IND = "Definite=Ind|Number=Sing"
READINGS: dict[str, tuple[Feats, ...]] = {
    # nouns
    "ns": (_f(_SING_IND),),
    "nd": (_f("Definite=Def|Number=Sing"),),
    "np": (_f("Definite=Ind|Number=Plur"),),
    "nq": (_f("Definite=Def|Number=Plur"),),
    # proper nouns
    "p": ((),),
    # verbs
    "vi": (_f("VerbForm=Inf"),),
    "vI": (_f("VerbForm=Inf|Voice=Pass"), _f("Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass")),
    "vp": (_f("Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act"),),
    "vt": (_f("Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act"),),
    "vT": (_f("Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass"),),
    "vu": (_f("Tense=Past|VerbForm=Part"),),
    "vr": (_f("Tense=Pres|VerbForm=Part"),),
    "vm": (_f("Mood=Imp|VerbForm=Fin"),),
    # adjectives
    "ac": (_f("Degree=Pos|Gender=Com|" + _SING_IND),),
    "ax": (_f("Degree=Pos|Gender=Com|" + _SING_IND), _f("Degree=Pos|Gender=Neut|" + _SING_IND)),
    "an": (_f("Degree=Pos|Gender=Neut|" + _SING_IND),),
    "ae": (_f("Definite=Def|Degree=Pos|Number=Sing"), _f("Degree=Pos|Number=Plur")),
    "ak": (_f("Degree=Cmp"),),
    "as": (_f("Definite=Ind|Degree=Sup"),),
    "aS": (_f("Definite=Def|Degree=Sup"),),
}
for _prefix in "APCSRDUITX":
    READINGS[_prefix] = ((),)

# Codes whose forms take the s-genitive (derived at lookup, not stored).
GENITIVE_CODES = frozenset({"ns", "nd", "np", "nq", "p"})
# The code of a lemma's own form, per class (what ``Entry.forms`` lists first).
BASE_CODE: dict[str, str] = {"NOUN": "ns", "VERB": "vi", "ADJ": "ac", "PROPN": "p"}


def class_of(code: str) -> str:
    """The word class a code belongs to."""
    return CLASS_OF_PREFIX[code[0]]
