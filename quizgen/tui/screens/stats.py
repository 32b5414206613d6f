"""Statistics to look at rather than read: reviews per day and the due forecast as
sparklines, retention per card kind as bars, and every deck's counts."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Sparkline, Static

from quizgen.practice.stats import ProgressStats
from quizgen.tui.text import escape, percent, shorten

BAR_WIDTH = 30


class StatsScreen(Screen[None]):
    CSS_PATH = "stats.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "Back")]

    def __init__(self, stats: ProgressStats) -> None:
        super().__init__()
        self.stats = stats

    def compose(self) -> ComposeResult:
        s = self.stats
        yield Header()
        with VerticalScroll(id="stats-body"):
            yield Static(
                f"Reviews [b]{s.reviews}[/]   Retention [b]{percent(s.retention)}[/]   "
                f"Accuracy [b]{percent(s.accuracy)}[/]   Reported [b]{s.reports}[/]\n"
                f"Words learned [b]{s.words_learned}[/] of {s.words_total}   "
                f"Cards seen [b]{s.cards}[/], learned [b]{s.learned}[/]   "
                f"Due now [b]{s.due}[/]   New [b]{s.new}[/]",
                id="totals",
                classes="panel",
            )
            with Horizontal(id="charts"):
                yield self._chart(
                    "per-day", [d.reviews for d in s.per_day], f"{len(s.per_day)} days ago", "today"
                )
                yield self._chart(
                    "forecast", list(s.forecast), "today", f"in {max(len(s.forecast) - 1, 0)} days"
                )
            yield Static(self._per_kind(), id="per-kind", classes="panel")
            table: DataTable[str | int] = DataTable(id="decks", cursor_type="none")
            table.add_columns("Deck", "New", "Due", "Seen", "Learned", "Items")
            for c in s.decks:
                table.add_row(
                    escape(shorten(c.deck.title, 36)), c.new, c.due, c.seen, c.learned, c.total
                )
            yield table
        yield Footer()

    @staticmethod
    def _chart(name: str, data: list[int], left: str, right: str) -> Vertical:
        peak = max(data, default=0)
        return Vertical(
            Sparkline(data or [0], summary_function=max, id=f"{name}-line"),
            Horizontal(
                Static(f"{left}   peak {peak}", classes="muted axis-left"),
                Static(right, classes="muted axis-right"),
                classes="axis",
            ),
            id=name,
            classes="panel chart",
        )

    def on_mount(self) -> None:
        self.sub_title = "Statistics"
        self.query_one("#totals").border_title = "Progress"
        self.query_one("#per-day").border_title = "Reviews per day"
        self.query_one("#forecast").border_title = "Cards due per day"
        self.query_one("#per-kind").border_title = "Remembered, per kind of card"

    def _per_kind(self) -> str:
        if not self.stats.per_kind:
            return "No answers yet."
        lines = []
        for kind in self.stats.per_kind:
            share = kind.retention or 0.0
            right = round(BAR_WIDTH * share)
            bar = f"[$text-success]{'█' * right}[/][$text-error]{'█' * (BAR_WIDTH - right)}[/]"
            lines.append(f"{kind.kind:<16}{bar} {percent(kind.retention):>4} of {kind.reviews}")
        return "\n".join(lines)

    def action_back(self) -> None:
        self.dismiss()
