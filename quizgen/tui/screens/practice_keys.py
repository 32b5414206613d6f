"""Which practice keys work right now: a pure function of the session's phase and
card, so the footer shows only keys that do something and a key never means two
things (issue: after a multiple-choice answer, 1-4 must not become grades unseen)."""

from __future__ import annotations

from quizgen.generate.kinds.base import AnswerMode
from quizgen.practice.answers import answer_mode
from quizgen.practice.session import PracticeSession


def key_works(
    action: str, parameters: tuple[object, ...], session: PracticeSession, *, note_open: bool
) -> bool:
    """Whether the key bound to ``action`` works in ``session``'s present phase."""
    item = session.current
    phase = session.phase
    mode: AnswerMode | str = answer_mode(item) if item is not None and phase == "question" else ""
    if note_open and action not in ("finish", "undo"):
        return False
    if action == "choose":
        index = parameters[0] if parameters else -1
        choices = item.choices if item is not None else ()
        return mode == "choice" and isinstance(index, int) and index < len(choices)
    if action == "truth":
        return mode == "truefalse"
    if action == "dont_know":
        return mode in ("choice", "truefalse")
    if action == "reveal":
        return mode == "self"
    if action in ("grade", "next", "note"):
        return phase == "feedback"
    if action == "right":
        feedback = session.feedback  # typed answers only: an option is plain
        return (
            feedback is not None
            and not feedback.check.correct
            and answer_mode(feedback.item) == "typed"
        )
    if action == "undo":
        return bool(session.answered)
    if action in ("set_aside", "article"):
        return item is not None and mode != "typed"
    return True
