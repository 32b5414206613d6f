"""Help (F1): the keys of every screen, from the bindings the app hands over, so it
cannot fall out of date. It knows no other screen."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from quizgen.tui.text import DONT_KNOW

HelpSection = tuple[str, Sequence[BindingType]]
"""A heading and the bindings listed under it."""

TYPING = ("Practice, typed answers: type and press Enter. " + DONT_KNOW
          + " Case, spaces and punctuation don't matter; ae/oe/aa count for æ/ø/å.")


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "close", "Close")]

    def __init__(self, sections: Iterable[HelpSection]) -> None:
        super().__init__()
        self.sections = list(sections)

    def compose(self) -> ComposeResult:
        lines: list[str] = []
        for title, bindings in self.sections:
            lines += ["", f"[b]{title}[/]", *self._keys(bindings)]
        lines += ["", TYPING, "", "Esc, F1 or q closes this help."]
        with VerticalScroll(id="help-box"):
            yield Static("\n".join(lines[1:]), id="help-text")  # no blank line on top

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
