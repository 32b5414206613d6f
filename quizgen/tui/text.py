"""Wording and markup shared by the screens: plain functions, no widgets."""

from __future__ import annotations

from datetime import datetime, timedelta

from textual.markup import escape as escape_markup

from quizgen.items import Item
from quizgen.practice.answers import Verdict, answer_span, marked_example
from quizgen.terminal import printable

DONT_KNOW = "Enter alone: I don't know."
CHOICE_DONT_KNOW = "? : I don't know."
TYPING = (
    "Typed answers: type and press Enter. "
    + DONT_KNOW
    + " Case, spaces and punctuation don't matter; ae/oe/aa count for æ/ø/å;"
    " one small typo is forgiven. If the check was too strict, press r (I was right)."
)
VERDICT_LABELS: dict[Verdict, str] = {
    "right": "✔ Right",
    "typo": "✔ Right, with a small typo",
    "spelling": "✔ Right (spelling)",
    "wrong_form": "≈ Right word, wrong form",
    "wrong": "✘ Wrong",
    "dont_know": "? Not known yet",
    "revealed": "How well did you know it?",
}
SELF_GRADED = "Recall what it means and its forms, then press Enter to turn the card."
POS_LABELS = {
    "NOUN": "noun",
    "PROPN": "name",
    "VERB": "verb",
    "ADJ": "adjective",
    "ADV": "adverb",
    "ADP": "preposition",
    "PRON": "pronoun",
    "NUM": "number",
}


def escape(text: str) -> str:
    """Text from an article or a learner as Textual shows it literally: ``[/b]`` is no
    markup, ESC is no terminal command."""
    return escape_markup(printable(text))


def bold_marks(text: str) -> str:
    """``**word**`` (how the generator marks a word in an example) as markup."""
    pieces = text.split("**")
    return "".join(
        f"[reverse b]{escape(p)}[/]" if n % 2 else escape(p) for n, p in enumerate(pieces)
    )


def marked_source(item: Item) -> str:
    """The source sentence as markup, the answer in reverse video (readable on any theme)."""
    example = marked_example(item)
    if "**" in example:
        return bold_marks(example)
    span = answer_span(item)
    if span is None:
        return escape(item.source)
    start, end = span
    source = item.source
    marked = f"[reverse b]{escape(source[start:end])}[/]"
    return f"{escape(source[:start])}{marked}{escape(source[end:])}"


def until(moment: datetime | None, now: datetime) -> str:
    """A due time as a learner says it: "now", "in 10 minutes", "in 3 days"."""
    if moment is None:
        return "nothing scheduled"
    seconds = (moment - now).total_seconds()
    if seconds <= 30:
        return "now"
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = round(seconds / size)
            return f"in {count} {unit}{'' if count == 1 else 's'}"
    return "in under a minute"


def interval(span: timedelta) -> str:
    """A next interval as Anki writes it on a grade key: 10m, 3h, 4d, 2mo, 1.5y."""
    seconds = span.total_seconds()
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    return f"{round(days / 30)}mo" if days < 365 else f"{days / 365:.1f}y"


def duration(span: timedelta) -> str:
    seconds = int(span.total_seconds())
    minutes, seconds = divmod(max(seconds, 0), 60)
    return f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"


def percent(share: float | None) -> str:
    return "-" if share is None else f"{share:.0%}"


def shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters with an ellipsis, so tables fit 80 columns."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
