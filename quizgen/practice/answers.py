"""Checking a learner's answer, and how a card asks for it.

How forgiving checking is lives in ``quizgen.generate.checking``; what counts as
right for an item is its kind's business (its spec's ``check``). An empty
answer means "I don't know"; a self-graded card is simply revealed.
"""

from __future__ import annotations

from quizgen.generate.checking import (
    AnswerCheck,
    Tolerance,
    Verdict,
    danish_stem,
    dont_know,
    fold_digraphs,
    is_common_word,
    normalize,
)
from quizgen.generate.checking import answer_span as _answer_span
from quizgen.generate.kinds import AnswerMode, kind_spec
from quizgen.items import Item
from quizgen.lang import get_language
from quizgen.practice.scheduler import Rating

__all__ = [
    "AnswerCheck",
    "AnswerMode",
    "Tolerance",
    "Verdict",
    "answer_mode",
    "answer_span",
    "check_answer",
    "danish_stem",
    "fold_digraphs",
    "instruction",
    "is_common_word",
    "is_self_graded",
    "kind_label",
    "known_forms",
    "marked_example",
    "normalize",
]


def answer_mode(item: Item) -> AnswerMode:
    """Typed, one of the options, true or false, or self-graded."""
    return kind_spec(item.kind).answer_mode(item)


def is_self_graded(item: Item) -> bool:
    """Nothing to type: the learner recalls, reveals the back and grades."""
    return answer_mode(item) == "self"


def kind_label(item: Item) -> str:
    return kind_spec(item.kind).label


def instruction(item: Item) -> str:
    return kind_spec(item.kind).practice_instruction(get_language().cards)


def marked_example(item: Item) -> str:
    """The source with the word in ``**``, when the item's kind marks it so; else ""."""
    return kind_spec(item.kind).marked_example(item)


def known_forms(item: Item) -> frozenset[str]:
    """Every form of the answer's word the item knows of (lemma and listed forms)."""
    return kind_spec(item.kind).forms(item)


_LENIENT = Tolerance()


def check_answer(item: Item, given: str, tolerance: Tolerance = _LENIENT) -> AnswerCheck:
    """Judge ``given`` against ``item``. An empty answer means "I don't know"; a
    self-graded word card is simply revealed (graded Good unless the learner says)."""
    spec = kind_spec(item.kind)
    if spec.answer_mode(item) == "self":
        return AnswerCheck("revealed", Rating.Good, item.answer, given)
    if not given.strip():
        return dont_know(item, given)
    return spec.check(item, given, tolerance)


def answer_span(item: Item) -> tuple[int, int] | None:
    """Where the answer sits in ``item.source``, to mark it in feedback."""
    return _answer_span(item) if kind_spec(item.kind).marks_answer else None
