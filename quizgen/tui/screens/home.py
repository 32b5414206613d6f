"""Home: the learner's decks with new / due / learned counts, and adding an article."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Label, ProgressBar, Static

from quizgen.config.schema import Config
from quizgen.errors import QuizgenError
from quizgen.practice.clock import learning_day
from quizgen.practice.importer import STAGES, ArticleBuilder, BuiltDeck, import_article
from quizgen.practice.queue import new_today
from quizgen.practice.store import Store
from quizgen.tui.messages import OpenPractice, OpenReading, OpenStats
from quizgen.tui.text import escape, shorten

TITLE_WIDTH = 40
EMPTY = "No decks yet. Press [b]a[/] and give the path of a Danish article (.txt or .md)."


class HomeScreen(Screen[None]):
    CSS_PATH = "home.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "practise", "Practise"),
        Binding("r", "read", "Read"),
        Binding("a", "add", "Add article"),
        Binding("s", "stats", "Statistics"),
        Binding("plus,m", "more_new", "More new", key_display="+"),
        Binding("A", "ahead", "Practise ahead", key_display="A", show=False),
        Binding("escape", "cancel_add", "Cancel", show=False),
    ]

    def __init__(
        self,
        store: Store,
        config: Config,
        clock: Callable[[], datetime],
        builder: ArticleBuilder,
        start_article: Path | None = None,
    ) -> None:
        super().__init__()
        self.store = store  # the main thread's connection; the import worker opens its own
        self.config = config
        self.clock = clock
        self.builder = builder
        self._start_article = start_article

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(EMPTY, id="empty", classes="muted")
        yield DataTable(id="decks", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="importing"):
            yield Label("", id="stage")
            yield ProgressBar(total=len(STAGES), show_eta=False, id="progress")
        yield Static("", id="path-error")
        yield Input(placeholder="Path of an article file, then Enter (Esc cancels)", id="path")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Your decks"
        table = self.query_one("#decks", DataTable)
        table.add_column("Deck", key="title")
        for label in ("New today", "Due", "Seen", "Learned", "Items"):
            table.add_column(label, key=label.lower())
        self.refresh_decks()
        if self._start_article is not None:
            self.add_article(self._start_article, practise=True)

    def on_screen_resume(self) -> None:
        self.refresh_decks()

    def refresh_decks(self) -> None:
        table = self.query_one("#decks", DataTable)
        selected = self.selected_deck()
        table.clear()
        now = self.clock()
        for counts in self.store.deck_counts(now):
            today = new_today(self.store, self.config.practice, now, counts.deck.id)
            table.add_row(
                escape(shorten(counts.deck.title, TITLE_WIDTH)),
                f"{min(counts.new, today.left)} of {today.limit}",
                counts.due,
                counts.seen,
                counts.learned,
                counts.total,
                key=counts.deck.id,
            )
        self.query_one("#empty").display = table.row_count == 0
        table.display = table.row_count > 0
        if selected is not None and selected in table.rows:
            table.move_cursor(row=table.get_row_index(selected))

    def selected_deck(self) -> str | None:
        table = self.query_one("#decks", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return str(key.value) if key.value is not None else None

    # -- actions --------------------------------------------------------------------

    def action_practise(self) -> None:
        deck = self.selected_deck()
        if deck is not None:
            self.post_message(OpenPractice(deck))

    @on(DataTable.RowSelected)
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.post_message(OpenPractice(str(event.row_key.value)))

    def action_read(self) -> None:
        deck = self.selected_deck()
        if deck is not None:
            self.post_message(OpenReading(deck))

    def action_stats(self) -> None:
        self.post_message(OpenStats())

    def action_more_new(self) -> None:
        """Study more today, as Anki's custom study: one more day's worth of new cards."""
        deck = self.selected_deck()
        if deck is None:
            return
        more = self.config.practice.new_per_day or 10
        day = learning_day(self.clock(), self.config.practice.day_starts_at_hour)
        self.store.study_more(deck, day, more)
        self.refresh_decks()
        self.notify(f"{more} more new cards today for this deck.")

    def action_ahead(self) -> None:
        deck = self.selected_deck()
        if deck is not None:
            self.post_message(OpenPractice(deck, ahead=True))

    def action_add(self) -> None:
        self._path_error("")
        path_input = self.query_one("#path", Input)
        path_input.display = True
        path_input.focus()

    def action_cancel_add(self) -> None:
        path_input = self.query_one("#path", Input)
        path_input.value = ""
        path_input.display = False
        self._path_error("")
        self.query_one("#decks").focus()

    @on(Input.Submitted, "#path")
    def _path_given(self, event: Input.Submitted) -> None:
        path = Path(event.value.strip()).expanduser()
        if not event.value.strip():
            self.action_cancel_add()
            return
        if not path.is_file():
            # Shown above the input, not as a toast that would cover what is being typed.
            self._path_error(f"No such file: {escape(str(path))}")
            return
        self.action_cancel_add()
        self.add_article(path)

    def _path_error(self, message: str) -> None:
        error = self.query_one("#path-error", Static)
        error.update(message)
        error.display = bool(message)

    # -- adding an article in the background ------------------------------------------

    def add_article(self, path: Path, practise: bool = False) -> None:
        """Analyse and store ``path`` in a worker thread; the screen stays responsive."""
        self.query_one("#importing").display = True
        self.query_one("#progress", ProgressBar).update(progress=0)
        self._show_stage(f"Adding {escape(path.name)}")
        self._import(path, practise)

    @work(thread=True, exclusive=True, group="import")
    def _import(self, path: Path, practise: bool) -> None:
        app = self.app
        try:
            with Store(self.store.path) as store:  # sqlite connections belong to one thread
                built = import_article(
                    path,
                    self.config,
                    store,
                    self.clock(),
                    builder=self.builder,
                    progress=lambda stage: app.call_from_thread(self._show_stage, stage),
                )
        except QuizgenError as error:
            app.call_from_thread(self._import_failed, str(error))
        except Exception as error:  # a background failure must never take the app down
            app.call_from_thread(self._import_failed, f"{type(error).__name__}: {error}")
        else:
            app.call_from_thread(self._imported, built, practise)

    def _show_stage(self, stage: str) -> None:
        self.query_one("#stage", Label).update(f"{stage}…")
        if stage in STAGES:
            self.query_one("#progress", ProgressBar).update(progress=STAGES.index(stage))

    def _import_failed(self, message: str) -> None:
        self.query_one("#importing").display = False
        self.notify(f"Could not add the article: {escape(message)}", severity="error", timeout=10)

    def _imported(self, built: BuiltDeck, practise: bool) -> None:
        deck = built.deck
        self.query_one("#importing").display = False
        self.refresh_decks()
        table = self.query_one("#decks", DataTable)
        if deck.id in table.rows:
            table.move_cursor(row=table.get_row_index(deck.id))
        for warning in built.warnings:
            self.notify(escape(warning), severity="warning", timeout=10)
        if not built.items:
            self.notify(
                f"“{escape(deck.title)}” gave no quiz items to practise; it can still be read.",
                severity="warning",
                timeout=10,
            )
            return
        self.notify(f"Added “{escape(deck.title)}”: {len(built.items)} items.")
        if practise:
            self.post_message(OpenPractice(deck.id))
