"""Which phrases are times and places: ``tirsdag aften``, ``i 2017``, ``tre år forinden``,
``i det østlige Syrien``, ``i udkanten af Baghouz``."""

from __future__ import annotations

from quizgen.analysis import Sentence, Token
from quizgen.extract.syntax import (
    MONTHS,
    PLACE_NOUNS,
    TIME_ADVERBS,
    TIME_NOUNS,
    WEEKDAYS,
    base_dep,
    is_year,
    kids,
)


def case_of(sentence: Sentence, i: int) -> str:
    """The preposition(s) before token ``i``: ``i``, ``ifølge``, ``i udkanten af`` ..."""
    marks = [t for t in kids(sentence, i, ("case",)) if t.i < i]
    return " ".join(t.text.lower() for t in marks)


DEICTIC_TIMES = frozenset({"går", "dag", "morgen", "aftes", "nat", "forgårs", "overmorgen"})


PERIOD_WORDS = frozenset({"sidste", "næste", "forrige", "samme", "kommende", "denne", "dette"})


CLOCK_WORDS = frozenset({"klokken", "kl.", "kl"})


def is_time_phrase(sentence: Sentence, token: Token) -> str:
    """What kind of time expression ``token`` heads: year, weekday, date, clock, relative,
    period, deictic (``i går``); "" for none. Durations (``to dage``) answer "how long",
    not "when", and are not time facts."""
    lemma = token.lemma.lower()
    text = token.text.lower()
    if token.pos == "NUM" and is_year(token):
        return "year"
    case = [t.text.lower() for t in kids(sentence, token.i, ("case",)) if t.i < token.i]
    if text in DEICTIC_TIMES and case == ["i"]:
        return "deictic"
    if text in CLOCK_WORDS and any(t.pos == "NUM" for t in sentence.subtree(token.i)):
        return "clock"
    if lemma in TIME_ADVERBS and any(
        t.lemma.lower() in TIME_NOUNS and t.pos == "NOUN" for t in sentence.children(token.i)
    ):
        return "relative"  # "[tre år] forinden" with the adverb as head
    if token.pos in ("NOUN", "PROPN") and lemma in TIME_NOUNS:
        below = sentence.subtree(token.i)
        if any(t.lemma.lower() in TIME_ADVERBS for t in kids(sentence, token.i)):
            return "relative"
        if lemma in WEEKDAYS:
            return "weekday"
        if any(is_year(t) for t in below):
            return "date"
        if lemma in MONTHS and (case or token.dep == "obl:tmod"):
            return "month"
        if any(t.pos == "NUM" for t in below):
            return ""  # "to dage": a duration
        if token.feature("Number") == "Plur" and not case:
            return ""  # "nogle få dage": a duration too
        if token.dep == "obl:tmod" or any(t.text.lower() in PERIOD_WORDS for t in below):
            return "period"
    return ""


def is_place_phrase(sentence: Sentence, token: Token) -> bool:
    if base_dep(token) not in ("obl", "nmod") or token.dep == "nmod:poss":
        return False
    case = case_of(sentence, token.i)
    if case not in ("i", "på", "ved", "nær", "fra", "uden for", "omkring", "i udkanten af"):
        return False
    lemma = token.lemma.lower().rsplit("-", 1)[-1]
    sub = sentence.subtree(token.i)
    return token.ent_type == "LOC" or (
        lemma in PLACE_NOUNS and any(t.ent_type == "LOC" for t in sub)
    )
