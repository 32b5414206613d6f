"""Does a word from a frequency list look like a given form of a Danish word?"""

from __future__ import annotations

from collections.abc import Mapping


def paradigm_fits(word: str, pos: str, features: Mapping[str, str], known: frozenset[str]) -> bool:
    """Checked on the word's paradigm: a definite plural ``-erne`` needs its indefinite
    plural ``-er`` in the list, and so on. Definite singulars are left out: ``billet``
    looks like ``bill`` + ``-et``."""
    number, definite = features.get("Number"), features.get("Definite")
    if pos == "NOUN" and number == "Plur" and definite == "Def":
        return word.endswith("erne") and word[:-2] in known and word[:-4] in known
    if pos == "NOUN" and number == "Plur" and definite == "Ind":
        return word.endswith("er") and word + "ne" in known and word[:-2] in known
    verb_form, tense = features.get("VerbForm"), features.get("Tense")
    if pos == "VERB" and verb_form == "Fin" and tense == "Pres":
        return (
            word.endswith("er")
            and word[:-1] in known
            and (word[:-1] + "de" in known or word[:-2] + "te" in known)
        )
    if pos == "VERB" and verb_form == "Fin" and tense == "Past":
        return word.endswith("ede") and word[:-3] + "er" in known and word[:-3] + "e" in known
    if pos == "VERB" and verb_form == "Inf":
        return word.endswith("e") and word + "r" in known and word + "de" in known
    return False
