"""Issue 12 in the app: an article's text is shown literally (no markup, no terminal
codes), and a damaged or busy progress database keeps the error contract."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
import time
from pathlib import Path

import pytest
from practice_fixtures import CONFIG, DECK, ITEMS, NOW, stocked_store
from textual.widgets import DataTable

from quizgen.config.schema import Config
from quizgen.practice.importer import BuiltDeck
from quizgen.practice.stats import progress_stats
from quizgen.practice.store import Store
from quizgen.tui.app import QuizgenApp
from quizgen.tui.screens.stats import StatsScreen
from quizgen.tui.text import escape

pytestmark = pytest.mark.anyio
HOSTILE_TITLE = "Krig [/b] og fred \x1b]0;pwned\x07 [opdateret]"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def no_builder(*_: object, **__: object) -> BuiltDeck:
    raise AssertionError("nothing is imported here")


def _hostile_store(path: Path) -> Store:
    store = Store(path)
    store.save_deck(dataclasses.replace(DECK, title=HOSTILE_TITLE), ITEMS, NOW)
    return store


def _shown(table: DataTable[object]) -> str:
    """The first cell of the first row as the learner sees it (markup applied)."""
    return str(table._get_row_renderables(0).cells[0])


def test_tui_text_escape_drops_markup_and_control_codes() -> None:
    assert escape("a [/b] \x1b]0;x\x07 b") == "a \\[/b] ]0;x b"


async def test_tui_home_shows_a_title_with_markup_literally(tmp_path: Path) -> None:
    _hostile_store(tmp_path / "progress.db").close()
    app = QuizgenApp(tmp_path / "progress.db", Config(practice=CONFIG), clock=lambda: NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#decks", DataTable)
        assert "[/b]" in _shown(table) and "[opdateret]" in _shown(table)
        assert "\x1b" not in _shown(table)


async def test_tui_practice_and_stats_take_a_title_with_markup(tmp_path: Path) -> None:
    _hostile_store(tmp_path / "progress.db").close()
    app = QuizgenApp(
        tmp_path / "progress.db", Config(practice=CONFIG), start_deck=DECK.id, clock=lambda: NOW
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.sub_title is not None and "\x1b" not in app.screen.sub_title
        assert "[/b]" in app.screen.sub_title
    with Store(tmp_path / "progress.db") as store:
        stats = progress_stats(store, NOW, days=30, day_starts_at_hour=4)
    host = StatsScreen(stats)
    stats_app = QuizgenApp(tmp_path / "progress.db", Config(practice=CONFIG), clock=lambda: NOW)
    async with stats_app.run_test(size=(100, 30)) as pilot:
        await stats_app.push_screen(host)
        await pilot.pause()
        assert "Krig [/b] og" in _shown(host.query_one("#decks", DataTable))


async def test_tui_app_damaged_database_ends_with_the_error(tmp_path: Path) -> None:
    from quizgen.errors import PracticeError

    _hostile_store(tmp_path / "progress.db").close()
    with sqlite3.connect(tmp_path / "progress.db") as db:
        db.execute("DROP TABLE cards")  # reading the deck counts now fails
    app = QuizgenApp(tmp_path / "progress.db", Config(practice=CONFIG), clock=lambda: NOW)
    await asyncio.wait_for(app.run_async(headless=True, size=(100, 30)), timeout=30)
    assert isinstance(app.failure, PracticeError) and app.return_code == 1


async def test_tui_practice_waits_for_a_busy_database_without_freezing(tmp_path: Path) -> None:
    from quizgen.tui.screens.practice import BUSY_RETRY_S, WAITING, PracticeScreen

    stocked_store(tmp_path / "progress.db").close()
    app = QuizgenApp(
        tmp_path / "progress.db", Config(practice=CONFIG), start_deck=DECK.id, clock=lambda: NOW
    )
    other = sqlite3.connect(tmp_path / "progress.db", isolation_level=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        other.execute("BEGIN IMMEDIATE")  # another quizgen is saving
        started = time.monotonic()
        await pilot.press(*"huset", "enter")
        await pilot.pause()
        assert time.monotonic() - started < 3  # not sqlite's 10 s busy wait
        assert screen.session.answered == ()
        assert any(n.message == WAITING for n in app._notifications)
        other.execute("COMMIT")
        await pilot.pause(BUSY_RETRY_S * 3)
        assert len(screen.session.answered) == 1  # the answer was saved once it could be
    other.close()
