"""Reading: the article with its deck's vocabulary highlighted; select a word for its card."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quizgen.items import Item
from quizgen.practice.records import Deck
from quizgen.practice.vocabulary import Occurrence, VocabEntry, occurrences, vocabulary
from quizgen.terminal import printable
from quizgen.tui.messages import OpenPractice
from quizgen.tui.text import POS_LABELS, bold_marks, escape

NO_WORD = "Press [b]n[/] / [b]→[/] to step through the highlighted words, or click one."


class ReadingScreen(Screen[None]):
    CSS_PATH = "reading.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: the focused article would otherwise take ←/→ to scroll sideways.
        Binding("n,right", "step(1)", "Next word", key_display="n/→", priority=True),
        Binding("b,left", "step(-1)", "Previous word", key_display="b/←", priority=True),
        Binding("p", "practise", "Practise"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, deck: Deck, items: Sequence[Item], sentence: str = "") -> None:
        super().__init__()
        self.deck = deck
        # The sentence a practice card came from, highlighted (found by its text).
        start = deck.text.find(sentence) if sentence.strip() else -1
        self.sentence = (start, start + len(sentence)) if start >= 0 else None
        self.entries: list[VocabEntry] = vocabulary(items)
        self.found: list[Occurrence] = occurrences(deck.text, items)
        self.selected = -1
        self._paragraphs = _paragraph_spans(deck.text)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="article"):
            for number in range(len(self._paragraphs)):
                yield Static(id=f"para-{number}", classes="paragraph")
        yield Static(
            NO_WORD if self.found else "This deck has no vocabulary cards.",
            id="vocab-card",
            classes="panel",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = printable(self.deck.title)
        self._render_paragraphs()
        if self.sentence is not None:
            self._show_offset(self.sentence[0])

    def _render_paragraphs(self) -> None:
        for number, (start, end) in enumerate(self._paragraphs):
            self.query_one(f"#para-{number}", Static).update(self._markup(start, end))

    def _markup(self, start: int, end: int) -> str:
        markup = self._words_markup(start, end)
        if self.sentence is None or not start <= self.sentence[0] < end:
            return markup
        # The practised sentence, in plain reverse video (word links yield to it).
        text, (first, last) = self.deck.text, self.sentence
        return (
            escape(text[start:first])
            + f"[reverse]{escape(text[first:last])}[/]"
            + escape(text[last:end])
        )

    def _words_markup(self, start: int, end: int) -> str:
        text, parts, cursor = self.deck.text, [], start
        for index, hit in enumerate(self.found):
            if hit.start < start or hit.end > end:
                continue
            style = "reverse b" if index == self.selected else "b u"
            parts.append(escape(text[cursor : hit.start]))
            parts.append(
                f"[{style} @click=screen.select({index})]{escape(text[hit.start : hit.end])}[/]"
            )
            cursor = hit.end
        parts.append(escape(text[cursor:end]))
        return "".join(parts)

    def action_select(self, index: int) -> None:
        if not 0 <= index < len(self.found):
            return
        self.selected = index
        self.sentence = None  # the practised sentence gives way to the word links
        self._render_paragraphs()
        self.query_one("#vocab-card", Static).update(
            _card_markup(self.entries[self.found[index].entry])
        )
        self._show_offset(self.found[index].start)

    def _show_offset(self, offset: int) -> None:
        for number, (start, end) in enumerate(self._paragraphs):
            if start <= offset < end:
                self.query_one("#article").scroll_to_widget(
                    self.query_one(f"#para-{number}"), animate=False
                )

    def action_step(self, delta: int) -> None:
        if self.found:
            self.action_select((self.selected + delta) % len(self.found))

    def action_practise(self) -> None:
        self.post_message(OpenPractice(self.deck.id))

    def action_back(self) -> None:
        self.dismiss()


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for block in text.split("\n\n"):
        if block.strip():
            spans.append((start, start + len(block)))
        start += len(block) + 2
    return spans


def _card_markup(entry: VocabEntry) -> str:
    word = f"{entry.article} {entry.lemma}" if entry.article else entry.lemma
    word_class = entry.word_class or POS_LABELS.get(entry.pos, entry.pos.lower())
    about = ", ".join(x for x in (word_class, entry.level) if x)
    lines = [
        f"[b]{escape(word)}[/]"
        + (f"  ({escape(about)})" if about else "")
        + (f" - {escape(entry.gloss)}" if entry.gloss else "")
    ]
    if entry.forms:
        lines.append(f"Forms: {escape(entry.forms)}")
    if entry.example:
        lines.append(f"Example: [i]{bold_marks(entry.example)}[/]")
    return "\n".join(lines)
