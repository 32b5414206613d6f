"""The widgets of the practice screen that show an answer's outcome."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from quizgen.generate.kinds import kind_spec
from quizgen.items import Item
from quizgen.practice.answers import answer_mode
from quizgen.practice.scheduler import RATING_NAMES, Rating
from quizgen.practice.session import Feedback
from quizgen.tui.text import VERDICT_LABELS, escape, interval, marked_source

VERDICT_CLASSES = {
    "right": "right",
    "typo": "right",
    "spelling": "right",
    "wrong_form": "partial",
    "wrong": "wrong",
    "dont_know": "wrong",
    "revealed": "partial",
}


class FeedbackPanel(Vertical):
    """Right or wrong, the expected answer, a note, and the source with the answer marked."""

    def compose(self) -> ComposeResult:
        yield Static(id="verdict")
        yield Static(id="expected")
        yield Static(id="note")
        yield Static(id="source")

    def show(self, feedback: Feedback) -> None:
        check = feedback.check
        verdict = self.query_one("#verdict", Static)
        verdict.update(VERDICT_LABELS[check.verdict])
        verdict.set_classes(VERDICT_CLASSES[check.verdict])
        given = f"   You answered: «{escape(check.given)}»" if check.given.strip() else ""
        label = "Back of the card" if check.verdict == "revealed" else "Answer"
        meaning = kind_spec(feedback.item.kind).meaning(feedback.item)
        # The meaning on a line of its own: the answer is the asked form alone.
        shown = f"\nMeaning: {escape(meaning)}" if meaning else ""
        self.query_one("#expected", Static).update(
            f"{label}: [b]{escape(check.expected)}[/]{given}{shown}"
        )
        note = self.query_one("#note", Static)
        note.update(escape(check.note))
        # For these the answer line already says it all.
        note.display = bool(check.note) and check.verdict not in ("dont_know", "wrong_form")
        self.query_one("#source", Static).update(f"From the text: {marked_source(feedback.item)}")


class ChoiceList(Static):
    """Multiple-choice options numbered 1-4; after the answer, the right one and the
    learner's wrong pick are marked."""

    def show(self, item: Item, feedback: Feedback | None) -> None:
        self.display = answer_mode(item) == "choice"
        lines = []
        for number, option in enumerate(item.choices, start=1):
            mark = "  "
            if feedback is not None and option == item.answer:
                mark = "✔ "
            elif feedback is not None and option == feedback.check.given:
                mark = "✘ "
            lines.append(f"{mark}[b]{number}[/]  {escape(option)}")
        self.update("\n".join(lines))


class GradeBar(Static):
    """The grade that will count, and the keys that change it."""

    def show(self, feedback: Feedback, intervals: Mapping[Rating, timedelta]) -> None:
        """``intervals``: when the card comes back after each grade, shown on its key."""
        how = "changed" if feedback.overridden else "auto"
        keys = "  ".join(
            f"[b]{int(r)}[/] {name}" + (f" {interval(intervals[r])}" if r in intervals else "")
            for r, name in RATING_NAMES.items()
        )
        self.update(
            f"Grade: [b reverse] {RATING_NAMES[feedback.rating]} [/] ({how})   Change: {keys}"
        )
        self.display = True
