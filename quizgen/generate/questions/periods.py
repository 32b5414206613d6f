"""When-questions about a time the clause rules do not read as one: a part of a
period (``i starten af maj``, ``i slutningen af 1700-tallet``) and a century or a
decade (``i 1700-tallet``, ``i 1990'erne``): ``Borgen blev kongens bolig i
slutningen af 1300-tallet.`` -> ``Hvornår blev borgen kongens bolig?``."""

from __future__ import annotations

from quizgen.analysis import Sentence, Token
from quizgen.config.generation import Phrasings
from quizgen.extract.phrases import case_of, is_time_phrase
from quizgen.extract.syntax import is_year, kids, subtree_ids
from quizgen.generate.grammar.clauses import Clause
from quizgen.generate.questions.draft import QuestionDraft, make_draft
from quizgen.lang.grammar import Grammar

BONUS = 0.2  # as a when-question of the clause rules


def period_drafts(clause: Clause, p: Phrasings, inside: set[int]) -> list[QuestionDraft]:
    s = clause.sentence
    g = clause.grammar
    out: list[QuestionDraft] = []
    if clause.antecedent is not None or clause.repaired:
        return out
    for child in s.children(clause.head):
        if child.i not in inside or is_time_phrase(s, child, g):
            continue  # a time the clause rules ask about already
        if case_of(s, child.i) != g.time.deictic_preposition:
            continue  # "i": "fra 1200-tallet til ..." is a span, not a when
        if not (_era(child, g) or _phase(s, child, g)):
            continue
        ids = subtree_ids(s, child.i) & inside
        if any(s.tokens[i].dep in ("acl", "acl:relcl", "conj") for i in ids):
            continue  # "i starten af maj, hvor ...": more than a time
        draft = make_draft(clause, "when", p.when, ids, ids, bonus=BONUS)
        if draft is not None:
            out.append(draft)
    return out


def _era(token: Token, g: Grammar) -> bool:
    """``1700-tallet``, ``1990'erne``."""
    text = token.text.lower()
    ending = next((e for e in g.time.era_endings if text.endswith(e)), "")
    return bool(ending) and text[: -len(ending)].isdigit()


def _phase(s: Sentence, token: Token, g: Grammar) -> bool:
    """``starten af 1200-tallet``, ``slutningen af maj``: a part of a period, the period
    a time (a year, a month, a century) that ends the phrase."""
    if token.pos != "NOUN" or token.lemma.lower() not in g.time.phases:
        return False
    periods = [t for t in kids(s, token.i, ("nmod",)) if t.i > token.i]
    if len(periods) != 1 or max(subtree_ids(s, token.i)) != max(subtree_ids(s, periods[0].i)):
        return False
    period = periods[0]
    month = period.lemma.lower() in g.time.months
    return month or is_year(period) or _era(period, g) or bool(is_time_phrase(s, period, g))
