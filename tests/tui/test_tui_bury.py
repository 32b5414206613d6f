"""Sibling burying in the real app: one card per sentence today, the rest tomorrow."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from practice_fixtures import BURYING, DECK, NOW, stocked_store
from textual.pilot import Pilot
from textual.widgets import Static

from quizgen.config.schema import Config
from quizgen.practice.clock import next_day_start
from quizgen.practice.store import Store
from quizgen.tui.app import QuizgenApp
from quizgen.tui.screens.practice import PracticeScreen
from quizgen.tui.screens.summary import SummaryScreen

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def make_app(db: Path, at: datetime, new_per_day: int = 20) -> QuizgenApp:
    practice = BURYING.model_copy(update={"new_per_day": new_per_day})
    return QuizgenApp(
        db, Config(practice=practice), start_deck=DECK.id, clock=lambda: at, key_settle=0.0
    )


def status(pilot: Pilot[None]) -> str:
    return str(pilot.app.screen.query_one("#status", Static).render())


async def test_tui_bury_siblings_one_card_per_sentence_then_the_rest_tomorrow(
    tmp_path: Path,
) -> None:
    db = tmp_path / "progress.db"
    stocked_store(db).close()
    async with make_app(db, NOW).run_test(size=(80, 24)) as pilot:
        assert "9 to go" in status(pilot)
        await pilot.press(*"huset", "enter")
        await pilot.pause()
        assert "6 to go" in status(pilot)  # its choice and word card wait for tomorrow
        for answer in ("på et hospital", "kold", "søen"):
            await pilot.press("enter", *answer, "enter")
            await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, SummaryScreen)
    assert len(Store(db).reviews()) == 4

    tomorrow = next_day_start(NOW, BURYING.day_starts_at_hour) + timedelta(hours=5)
    async with make_app(db, tomorrow).run_test(size=(80, 24)) as pilot:
        screen = pilot.app.screen
        assert isinstance(screen, PracticeScreen)
        # the five siblings buried yesterday are new cards again today
        assert screen.session.new_count == 5


async def test_tui_bury_siblings_buried_cards_do_not_use_up_the_new_limit(tmp_path: Path) -> None:
    """Seen in tmux: 20 new a day, yet a session of 8 cards, as burying emptied the queue."""
    db = tmp_path / "progress.db"
    stocked_store(db).close()
    async with make_app(db, NOW, new_per_day=4).run_test(size=(80, 24)) as pilot:
        assert "4 to go" in status(pilot)
        for answer in ("huset", "på et hospital", "kold", "søen"):
            await pilot.press(*answer, "enter")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(pilot.app.screen, SummaryScreen)
    assert len(Store(db).reviews()) == 4
