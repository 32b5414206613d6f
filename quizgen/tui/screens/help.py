"""Help (F1): every key of every screen, read from the screens' own bindings so it
cannot fall out of date."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from quizgen.tui.screens.home import HomeScreen
from quizgen.tui.screens.practice import PracticeScreen
from quizgen.tui.screens.reading import ReadingScreen
from quizgen.tui.screens.stats import StatsScreen
from quizgen.tui.screens.summary import SummaryScreen
from quizgen.tui.text import DONT_KNOW

SECTIONS = (("Home", HomeScreen), ("Reading", ReadingScreen), ("Practice", PracticeScreen),
            ("Summary", SummaryScreen), ("Statistics", StatsScreen))
TYPING = ("Practice, typed answers: type and press Enter. " + DONT_KNOW
          + " Case, spaces and punctuation don't matter; ae/oe/aa count for æ/ø/å.")


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "close", "Close")]

    def __init__(self, app_bindings: Iterable[BindingType]) -> None:
        super().__init__()
        self.app_bindings = list(app_bindings)

    def compose(self) -> ComposeResult:
        lines = ["[b]Everywhere[/]", *self._keys(self.app_bindings)]
        for title, screen in SECTIONS:
            lines += ["", f"[b]{title}[/]", *self._keys(screen.BINDINGS)]
        lines += ["", TYPING, "", "Esc, F1 or q closes this help."]
        with VerticalScroll(id="help-box"):
            yield Static("\n".join(lines), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "Keys"

    def _keys(self, bindings: Iterable[BindingType]) -> list[str]:
        lines: list[str] = []
        for binding in bindings:
            if not isinstance(binding, Binding):
                continue
            keys = binding.key_display or " / ".join(
                self.app.get_key_display(Binding(k, "")) for k in binding.key.split(","))
            entry = f"  {keys:<12}{binding.description}"
            if entry not in lines:
                lines.append(entry)
        return lines

    def action_close(self) -> None:
        self.dismiss()
