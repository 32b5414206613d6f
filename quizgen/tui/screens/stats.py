"""Statistics: reviews per day, retention, words learned, and every deck's counts."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from quizgen.practice.stats import ProgressStats
from quizgen.tui.text import percent, shorten

BAR_WIDTH = 40


class StatsScreen(Screen[None]):
    CSS_PATH = "stats.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "Back")]

    def __init__(self, stats: ProgressStats) -> None:
        super().__init__()
        self.stats = stats

    def compose(self) -> ComposeResult:
        s = self.stats
        yield Header()
        yield Static(
            f"Reviews [b]{s.reviews}[/]   Retention [b]{percent(s.retention)}[/]   "
            f"Accuracy [b]{percent(s.accuracy)}[/]\n"
            f"Words learned [b]{s.words_learned}[/] of {s.words_total}   "
            f"Cards learned [b]{s.learned}[/]   Due now [b]{s.due}[/]   New [b]{s.new}[/]",
            id="totals", classes="panel")
        yield Static(self._per_day(), id="per-day", classes="panel")
        table: DataTable[str | int] = DataTable(id="decks", cursor_type="none")
        table.add_columns("Deck", "New", "Due", "Learned", "Items")
        for c in s.decks:
            table.add_row(shorten(c.deck.title, 40), c.new, c.due, c.learned, c.total)
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Statistics"
        self.query_one("#totals").border_title = "Progress"
        self.query_one("#per-day").border_title = "Reviews per day"

    def _per_day(self) -> str:
        peak = max((d.reviews for d in self.stats.per_day), default=0) or 1
        lines = []
        for day in self.stats.per_day:
            label = date.fromisoformat(day.day).strftime("%a %d %b")
            right = round(BAR_WIDTH * day.correct / peak)
            wrong = round(BAR_WIDTH * day.reviews / peak) - right
            bar = f"[$text-success]{'█' * right}[/][$text-error]{'█' * wrong}[/]"
            lines.append(f"{label}  {bar} {day.reviews}")
        return "\n".join(lines)

    def action_back(self) -> None:
        self.dismiss()
