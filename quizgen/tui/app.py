"""The practice app: composes the screens and dispatches between them, nothing more.

Screens never navigate: they post a message from ``quizgen.tui.messages`` or dismiss
themselves with a result, and the app decides which screen comes next. Every datum
comes from ``quizgen.practice`` and is handed to the screens when they are made; the
clock and the article builder are injected so tests and snapshots run with a fixed
``now`` and no NLP model.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

from textual import on
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from quizgen.config.practice import PracticeConfig
from quizgen.config.schema import Config
from quizgen.errors import QuizgenError
from quizgen.practice.clock import local_now
from quizgen.practice.importer import ArticleBuilder, build_with_pipeline
from quizgen.practice.session import PracticeSession
from quizgen.practice.stats import progress_stats
from quizgen.practice.store import Store
from quizgen.tui.messages import OpenPractice, OpenReading, OpenStats, PracticeFinished
from quizgen.tui.screens.help import HelpScreen, HelpSection
from quizgen.tui.screens.home import HomeScreen
from quizgen.tui.screens.practice import PracticeScreen
from quizgen.tui.screens.reading import ReadingScreen
from quizgen.tui.screens.stats import StatsScreen
from quizgen.tui.screens.summary import SummaryScreen

# A key that changes meaning (1-4 choose, then grade) counts only this long after the
# change (practice.key_delay_ms).
KEY_SETTLE_S = PracticeConfig().key_delay_ms / 1000
# The screen's own connection waits this long for a lock, not sqlite's 10 s: a step that
# finds the database busy is retried on a timer (PracticeScreen) and the screen stays live.
UI_BUSY_TIMEOUT_S = 0.2
AHEAD = timedelta(days=7)  # practising ahead brings the cards due within this
SCREEN_TITLES: dict[type[Screen[Any]], str] = {
    HomeScreen: "Home",
    ReadingScreen: "Reading",
    PracticeScreen: "Practice",
    SummaryScreen: "Summary",
    StatsScreen: "Statistics",
}


class QuizgenApp(App[None]):
    TITLE = "quizgen"
    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f1", "help", "Help"),
    ]

    def __init__(
        self,
        db_path: Path,
        config: Config | None = None,
        *,
        start_deck: str | None = None,
        start_article: Path | None = None,
        clock: Callable[[], datetime] = local_now,
        builder: ArticleBuilder = build_with_pipeline,
        key_settle: float | None = None,  # None: practice.key_delay_ms
        ticker: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.config = config or Config()
        self.clock = clock
        self.builder = builder
        self.key_settle = (
            key_settle if key_settle is not None else self.config.practice.key_delay_ms / 1000
        )
        self.ticker = ticker
        self._start_deck = start_deck
        self._start_article = start_article
        self._store: Store | None = None
        self.failure: QuizgenError | None = None  # what ended the app, for the CLI to report

    @property
    def store(self) -> Store:
        """The main thread's connection; workers open their own."""
        if self._store is None:
            self._store = Store(self.db_path, busy_timeout=UI_BUSY_TIMEOUT_S)
        return self._store

    def _handle_exception(self, error: Exception) -> None:
        """A quizgen error the screens did not handle (a damaged database, say) ends the
        app quietly; the CLI prints it as one line and exits with its code."""
        if not isinstance(error, QuizgenError):
            super()._handle_exception(error)
            return
        self.failure = error
        self.exit(return_code=error.exit_code)

    def now(self) -> datetime:
        return self.clock()

    def on_mount(self) -> None:
        self.push_screen(
            HomeScreen(
                self.store, self.config, self.now, self.builder, start_article=self._start_article
            )
        )
        if self._start_deck:
            self.open_practice(self._start_deck)

    def on_unmount(self) -> None:
        if self._store is not None:
            self._store.close()

    # -- dispatch: the screens' messages decide nothing, the app does -----------------

    def open_practice(self, deck_id: str | None, ahead: bool = False) -> None:
        session = PracticeSession(
            self.store,
            self.config.practice,
            self.now(),
            deck_id,
            ahead=AHEAD if ahead else timedelta(0),
        )
        deck = self.store.find_deck(deck_id) if deck_id else None
        title = (deck.title if deck else "All decks") + (" · ahead" if ahead else "")
        self.push_screen(
            PracticeScreen(session, title, self.now, settle=self.key_settle, ticker=self.ticker)
        )

    @on(OpenPractice)
    def _practice_asked(self, message: OpenPractice) -> None:
        self.open_practice(message.deck_id, message.ahead)

    @on(OpenReading)
    def _reading_asked(self, message: OpenReading) -> None:
        deck = self.store.find_deck(message.deck_id)
        if deck is not None:
            self.push_screen(
                ReadingScreen(deck, self.store.items(deck.id), sentence=message.sentence)
            )

    @on(OpenStats)
    def _stats_asked(self) -> None:
        stats = progress_stats(
            self.store,
            self.now(),
            days=30,
            day_starts_at_hour=self.config.practice.day_starts_at_hour,
        )
        self.push_screen(StatsScreen(stats))

    @on(PracticeFinished)
    def _practice_finished(self, message: PracticeFinished) -> None:
        self.switch_screen(
            SummaryScreen(message.summary, self.now(), self.config.practice.new_per_day)
        )

    def help_sections(self, screen: Screen[Any]) -> list[HelpSection]:
        """The keys that work everywhere, then those of the screen help is opened from:
        a learner wants what works here, not every screen's keys."""
        title = SCREEN_TITLES.get(type(screen), "This screen")
        return [("Everywhere", self.BINDINGS), (title, type(screen).BINDINGS)]

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            note = str(getattr(type(self.screen), "HELP_NOTE", ""))
            self.push_screen(HelpScreen(self.help_sections(self.screen), note))
