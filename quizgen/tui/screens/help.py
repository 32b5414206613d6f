"""Help (F1): the keys of the screen it is opened from, from the bindings the app hands
over, so it cannot fall out of date. It knows no other screen."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

HelpSection = tuple[str, Sequence[BindingType]]
"""A heading and the bindings listed under it."""


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "close", "Close")]

    def __init__(self, sections: Iterable[HelpSection], note: str = "") -> None:
        super().__init__()
        self.sections = list(sections)
        self.note = note  # what the keys can't say, for this screen only

    def compose(self) -> ComposeResult:
        lines: list[str] = []
        for title, bindings in self.sections:
            lines += ["", f"[b]{title}[/]", *self._keys(bindings)]
        if self.note:
            lines += ["", self.note]
        lines += ["", "Esc, F1 or q closes this help."]
        with VerticalScroll(id="help-box"):
            yield Static("\n".join(lines[1:]), id="help-text")  # no blank line on top

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "Keys"

    def _keys(self, bindings: Iterable[BindingType]) -> list[str]:
        """One line per key: a binding repeated for more keys ("1-4 Choose") is listed
        once, and a key that means one thing now and another later shows both."""
        meanings: dict[str, list[str]] = {}
        for binding in bindings:
            if not isinstance(binding, Binding):
                continue
            if any(binding.description in said for said in meanings.values()):
                continue
            keys = binding.key_display or " / ".join(
                self.app.get_key_display(Binding(k, "")) for k in binding.key.split(",")
            )
            meanings.setdefault(keys, []).append(binding.description)
        return [f"  {keys:<10}{' · '.join(said)}" for keys, said in meanings.items()]

    def action_close(self) -> None:
        self.dismiss()
