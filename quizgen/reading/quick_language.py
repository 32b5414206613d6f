"""A cheap first look at a text's language: clearly Danish, or ask the model.

py3langid's model takes about half a second to load, more than quizgen adds to a
short article otherwise. Most texts quizgen reads are plainly Danish, and that shows
in their function words: Danish spellings that Norwegian and Swedish (the languages
Danish is mistaken for) and English write differently (``af``/``av``, ``efter``/``etter``,
``hvad``/``hva``/``vad``, ``mig``/``meg``/``mig``). A text is called Danish here only
when such words are frequent and the other languages' forms are nearly absent;
anything else, and every short text, goes to the model as before.
"""

from __future__ import annotations

import re

# Danish forms whose Norwegian (Bokmål/Nynorsk), Swedish and English counterparts differ.
DANISH_ONLY = frozenset({
    "af", "hvad", "ud", "op", "meget", "bliver", "gør", "gøre", "siger", "sagde", "noget",
    "nogle", "nogen", "været", "endnu", "mellem", "uden", "blandt", "gennem", "måske",
    "lige", "sidste", "hende", "vores", "anden", "andet", "tilbage", "fik", "gik",
})  # fmt: skip
# Their counterparts, and common words of the languages that are not Danish.
OTHERS = frozenset({
    "av", "etter", "hva", "ut", "opp", "mye", "meg", "deg", "seg", "blir", "ble", "gjør",
    "sier", "ikkje", "eg", "kva", "berre", "noe", "noen", "enn", "mellom", "uten", "blant",
    "gjennom", "kanskje", "siste", "annen", "annet", "tilbake", "fikk", "gikk", "henne",
    "vår", "våre", "vad", "och", "är", "inte", "jag", "att", "ett", "för", "också", "utan",
    "mellan", "genom", "mycket", "någon", "något", "några", "säger", "sade", "upp", "hon",
    "annan", "annat", "tillbaka", "fick", "gick", "the", "and", "of", "with", "that",
    "this", "was", "are",
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 40  # shorter texts: the model decides, as it always did
_MIN_DANISH = 4  # Danish-only forms, at least
_MIN_SHARE = 0.015  # Danish-only forms per word (Danish news: 0.02-0.08)
_MAX_OTHERS = 0.25  # other languages' forms per Danish-only form


def clearly_danish(sample: str) -> bool:
    """True when ``sample`` is plainly Danish by its function words; False means: ask the
    model (it may well be Danish too)."""
    words = _WORD.findall(sample.lower())
    if len(words) < _MIN_WORDS:
        return False
    danish = sum(w in DANISH_ONLY for w in words)
    others = sum(w in OTHERS for w in words)
    return danish >= max(_MIN_DANISH, _MIN_SHARE * len(words)) and others <= _MAX_OTHERS * danish
