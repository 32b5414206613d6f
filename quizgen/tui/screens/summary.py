"""Summary after a session: how it went and when the next cards are due."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quizgen.practice.session import SessionSummary
from quizgen.tui.messages import OpenStats
from quizgen.tui.text import duration, percent, until


class SummaryScreen(Screen[None]):
    CSS_PATH = "summary.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,escape", "home", "Home", key_display="Enter"),
        Binding("s", "stats", "Statistics"),
    ]

    def __init__(self, summary: SessionSummary, now: datetime, new_per_day: int = 20) -> None:
        super().__init__()
        self.summary = summary
        self.now = now
        self.new_per_day = new_per_day

    def compose(self) -> ComposeResult:
        s = self.summary
        when = until(s.next_due, self.now)
        at = f" (at {s.next_due.astimezone(self.now.tzinfo):%H:%M})" if s.next_due else ""
        rows = [
            ("Cards answered", f"{s.answered}  ({s.new} new)"),
            ("Correct", f"{s.correct}"),
            ("Accuracy", percent(s.accuracy if s.answered else None)),
            ("Time", duration(s.elapsed)),
            ("Next card due", f"{when}{at}"),
            ("Due in the next 24 hours", str(s.due_within_day)),
        ]
        yield Header()
        yield Static(self._heading(), id="heading")
        yield Static(
            "\n".join(f"{label:<26}[b]{value}[/]" for label, value in rows),
            id="figures",
            classes="panel",
        )
        yield Static("Everything you answered is saved.", classes="muted", id="saved")
        yield Footer()

    def _heading(self) -> str:
        s = self.summary
        if s.remaining:
            heading = (
                f"[b]Session ended early[/] · {s.remaining} card"
                f"{'' if s.remaining == 1 else 's'} still to go"
            )
        else:
            done = "Session complete" if s.answered else "Nothing to practise right now"
            heading = f"[b]{done}[/]"
        if s.new_held_back and not s.remaining:
            heading += (
                f"\nToday's new cards are done ({self.new_per_day} a day per deck,"
                f" practice.new_per_day); {s.new_held_back} more wait. On the home"
                " screen, [b]+[/] studies more today and [b]A[/] practises ahead."
            )
        return heading

    def on_mount(self) -> None:
        self.sub_title = "Summary"

    def action_home(self) -> None:
        self.dismiss()

    def action_stats(self) -> None:
        self.post_message(OpenStats())
