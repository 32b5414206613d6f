"""Screens decide no navigation: each asks the app by a message or dismisses itself.

Every screen here runs on its own in a bare host app that only records what the screen
asks for, which is the proof that no screen needs QuizgenApp.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from practice_fixtures import CONFIG, DECK, ITEMS, NOW, stocked_store
from textual import on
from textual.app import App
from textual.binding import Binding
from textual.message import Message
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from quizgen.config.schema import Config
from quizgen.practice.importer import BuiltDeck
from quizgen.practice.session import PracticeSession
from quizgen.practice.store import Store
from quizgen.tui.app import QuizgenApp
from quizgen.tui.messages import OpenPractice, OpenReading, OpenStats, PracticeFinished
from quizgen.tui.screens.help import HelpScreen
from quizgen.tui.screens.home import HomeScreen
from quizgen.tui.screens.practice import PracticeScreen
from quizgen.tui.screens.reading import ReadingScreen
from quizgen.tui.screens.summary import SummaryScreen

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with stocked_store(tmp_path / "progress.db") as opened:
        yield opened


class Host(App[None]):
    """Shows one screen and records the messages it sends up; navigates nowhere."""

    def __init__(self, screen: Screen[None]) -> None:
        super().__init__()
        self.first = screen
        self.asked: list[Message] = []

    def on_mount(self) -> None:
        self.push_screen(self.first)

    @on(OpenPractice)
    @on(OpenReading)
    @on(OpenStats)
    @on(PracticeFinished)
    def _record(self, message: Message) -> None:
        self.asked.append(message)


def no_builder(*_: object, **__: object) -> BuiltDeck:
    raise AssertionError("nothing is imported here")


async def press(pilot: Pilot[None], *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


async def test_tui_home_asks_the_app_for_practice_reading_and_stats(store: Store) -> None:
    home = HomeScreen(store, Config(practice=CONFIG), lambda: NOW, no_builder)
    host = Host(home)
    async with host.run_test(size=(80, 24)) as pilot:
        await press(pilot, "p", "r", "s", "enter")
        assert [type(m) for m in host.asked] == [OpenPractice, OpenReading, OpenStats, OpenPractice]
        assert {getattr(m, "deck_id", DECK.id) for m in host.asked} == {DECK.id}
        assert host.screen is home  # asking is all it did


async def test_tui_reading_asks_for_practice_and_dismisses_itself(store: Store) -> None:
    host = Host(ReadingScreen(DECK, ITEMS))
    async with host.run_test(size=(80, 24)) as pilot:
        await press(pilot, "p")
        assert [(type(m), getattr(m, "deck_id", None)) for m in host.asked] == [
            (OpenPractice, DECK.id)
        ]
        await press(pilot, "escape")
        assert not isinstance(host.screen, ReadingScreen)


async def test_tui_practice_reports_its_summary_once(store: Store) -> None:
    session = PracticeSession(store, CONFIG, NOW, DECK.id)
    host = Host(PracticeScreen(session, DECK.title, lambda: NOW))
    async with host.run_test(size=(80, 24)) as pilot:
        await press(pilot, *"huset", "enter", "enter")
        await press(pilot, "escape", "escape")
        assert [type(m) for m in host.asked] == [PracticeFinished]
        finished = host.asked[0]
        assert isinstance(finished, PracticeFinished)
        assert (finished.summary.answered, finished.summary.correct) == (1, 1)


async def test_tui_practice_with_nothing_due_reports_at_once(store: Store) -> None:
    session = PracticeSession(store, CONFIG, NOW, "no such deck")
    host = Host(PracticeScreen(session, "All decks", lambda: NOW))
    async with host.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert [type(m) for m in host.asked] == [PracticeFinished]


async def test_tui_summary_asks_for_stats_and_dismisses_itself(store: Store) -> None:
    summary = PracticeSession(store, CONFIG, NOW).summary(NOW)
    host = Host(SummaryScreen(summary, NOW))
    async with host.run_test(size=(80, 24)) as pilot:
        await press(pilot, "s")
        assert [type(m) for m in host.asked] == [OpenStats]
        await press(pilot, "enter")
        assert not isinstance(host.screen, SummaryScreen)


async def test_tui_help_lists_the_bindings_it_is_given() -> None:
    help_screen = HelpScreen([("Mine", [Binding("x", "thing", "Do the thing")])])

    class HelpHost(App[None]):
        def on_mount(self) -> None:
            self.push_screen(help_screen)

    async with HelpHost().run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = str(help_screen.query_one("#help-text", Static).render())
        assert "Mine" in shown and "Do the thing" in shown
        assert "Add article" not in shown and "Everywhere" not in shown


def test_tui_app_hands_help_the_keys_of_the_screen_it_is_opened_from(tmp_path: Path) -> None:
    app = QuizgenApp(tmp_path / "progress.db")
    screen = PracticeScreen.__new__(PracticeScreen)  # only its type is read
    sections = app.help_sections(screen)
    assert [title for title, _ in sections] == ["Everywhere", "Practice"]
    assert sections[0][1] == QuizgenApp.BINDINGS
    assert sections[1][1] == PracticeScreen.BINDINGS


async def test_tui_home_asks_for_practice_ahead(store: Store) -> None:
    host = Host(HomeScreen(store, Config(practice=CONFIG), lambda: NOW, no_builder))
    async with host.run_test(size=(80, 24)) as pilot:
        await press(pilot, "A")
        [message] = host.asked
        assert isinstance(message, OpenPractice) and message.ahead and message.deck_id == DECK.id
