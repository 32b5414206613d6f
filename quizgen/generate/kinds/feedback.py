"""The feedback field that choice and true/false cards share."""

from __future__ import annotations

from quizgen.generate.fieldhtml import escape
from quizgen.items import Item
from quizgen.lang.cards import CardWords


def feedback_html(item: Item, feedback: str, changed: str, words: CardWords) -> str:
    """What a card adds after the answer: the generator's feedback unless it only
    repeats the source sentence, else what a false statement changed."""
    if feedback and feedback != item.source:
        return escape(feedback)
    if not changed or item.answer != words.false_answer:
        return ""
    original, arrow, replaced = changed.partition(" → ")
    if arrow and original and replaced:
        return escape(words.changed_feedback.format(original=original, replaced=replaced))
    return escape(words.changed_note.format(changed=changed))
