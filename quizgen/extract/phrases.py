"""Which phrases are times and places: ``tirsdag aften``, ``i 2017``, ``tre år forinden``,
``i det østlige Syrien``, ``i udkanten af Baghouz``."""

from __future__ import annotations

from quizgen.analysis import Sentence, Token
from quizgen.extract.syntax import base_dep, grammar_or_default, is_year, kids
from quizgen.lang.grammar import Grammar


def case_of(sentence: Sentence, i: int) -> str:
    """The preposition(s) before token ``i``: ``i``, ``ifølge``, ``i udkanten af`` ..."""
    marks = [t for t in kids(sentence, i, ("case",)) if t.i < i]
    return " ".join(t.text.lower() for t in marks)


def is_time_phrase(sentence: Sentence, token: Token, grammar: Grammar | None = None) -> str:
    """What kind of time expression ``token`` heads: year, weekday, date, clock, relative,
    period, deictic (``i går``); "" for none. Durations (``to dage``) answer "how long",
    not "when", and are not time facts."""
    time = grammar_or_default(grammar).time
    lemma = token.lemma.lower()
    text = token.text.lower()
    if token.pos == "NUM" and is_year(token):
        return "year"
    case = [t.text.lower() for t in kids(sentence, token.i, ("case",)) if t.i < token.i]
    if text in time.deictic and case == [time.deictic_preposition]:
        return "deictic"
    if text in time.clock_words and any(t.pos == "NUM" for t in sentence.subtree(token.i)):
        return "clock"
    if lemma in time.adverbs and any(
        t.lemma.lower() in time.nouns and t.pos == "NOUN" for t in sentence.children(token.i)
    ):
        return "relative"  # "[tre år] forinden" with the adverb as head
    if token.pos in ("NOUN", "PROPN") and lemma in time.nouns:
        return _time_noun_phrase(sentence, token, grammar_or_default(grammar), bool(case))
    return ""


def _time_noun_phrase(sentence: Sentence, token: Token, grammar: Grammar, case: bool) -> str:
    """The kind of time a time noun heads (``case``: a preposition stands before it)."""
    time = grammar.time
    lemma = token.lemma.lower()
    below = sentence.subtree(token.i)
    if any(t.lemma.lower() in time.adverbs for t in kids(sentence, token.i)):
        return "relative"
    if lemma in time.weekdays:
        return "weekday"
    if any(is_year(t) for t in below):
        return "date"
    if lemma in time.months and (case or token.dep == "obl:tmod"):
        return "month"
    if any(t.pos == "NUM" for t in below):
        return ""  # "to dage": a duration
    if token.feature("Number") == "Plur" and not case:
        return ""  # "nogle få dage": a duration too
    if token.dep == "obl:tmod" or any(t.text.lower() in time.period_words for t in below):
        return "period"
    return ""


def is_place_phrase(sentence: Sentence, token: Token, grammar: Grammar | None = None) -> bool:
    if base_dep(token) not in ("obl", "nmod") or token.dep == "nmod:poss":
        return False
    g = grammar_or_default(grammar)
    if case_of(sentence, token.i) not in g.clauses.place_prepositions:
        return False
    lemma = token.lemma.lower().rsplit("-", 1)[-1]
    sub = sentence.subtree(token.i)
    return token.ent_type == "LOC" or (
        lemma in g.nouns.place and any(t.ent_type == "LOC" for t in sub)
    )
