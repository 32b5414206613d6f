"""practice.key_delay_ms: how long keys that change meaning are ignored after a change."""

from __future__ import annotations

from pathlib import Path

import pytest
from practice_fixtures import CHOICE, CLOZE_HOUSE, CONFIG, DECK, NOW
from textual.pilot import Pilot
from textual.widgets import Static

from quizgen.config import parse_config_text
from quizgen.config.practice import PracticeConfig
from quizgen.config.schema import Config
from quizgen.errors import ConfigError
from quizgen.practice.store import Store
from quizgen.tui.app import KEY_SETTLE_S, QuizgenApp

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Ticker:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def make_app(db: Path, delay_ms: int, ticker: Ticker) -> QuizgenApp:
    store = Store(db)
    store.save_deck(DECK, (CHOICE, CLOZE_HOUSE), NOW)
    store.close()
    practice = CONFIG.model_copy(update={"key_delay_ms": delay_ms})
    return QuizgenApp(
        db, Config(practice=practice), start_deck=DECK.id, clock=lambda: NOW, ticker=ticker
    )


def grades(pilot: Pilot[None]) -> str:
    return str(pilot.app.screen.query_one("#grades", Static).render())


def test_tui_key_delay_default_is_documented_and_validated() -> None:
    assert PracticeConfig().key_delay_ms == 350 == round(KEY_SETTLE_S * 1000)
    assert parse_config_text("practice:\n  key_delay_ms: 0\n").practice.key_delay_ms == 0
    for bad in ("-1", "2001", "fast", "0.5"):
        with pytest.raises(ConfigError) as caught:
            parse_config_text(f"practice:\n  key_delay_ms: {bad}\n")
        assert caught.value.problems[0].path == "practice.key_delay_ms"


def test_tui_key_delay_from_config_unless_given(tmp_path: Path) -> None:
    slow = Config(practice=PracticeConfig(key_delay_ms=800))
    assert QuizgenApp(tmp_path / "p.db", slow).key_settle == 0.8
    assert QuizgenApp(tmp_path / "p.db", slow, key_settle=0.0).key_settle == 0.0
    assert QuizgenApp(tmp_path / "p.db").key_settle == 0.35


@pytest.mark.parametrize(("delay_ms", "second_tap_grades"), [(1000, False), (300, True)])
async def test_tui_key_delay_second_tap_after_half_a_second(
    tmp_path: Path, delay_ms: int, second_tap_grades: bool
) -> None:
    ticker = Ticker()
    app = make_app(tmp_path / "p.db", delay_ms, ticker)
    async with app.run_test(size=(80, 24)) as pilot:
        ticker.now += 2.0
        await pilot.press("2")  # option 2: right, graded Good
        await pilot.pause()
        ticker.now += 0.5
        await pilot.press("2")  # half a second later: Hard, unless still settling
        await pilot.pause()
        assert ("changed" in grades(pilot)) == second_tap_grades
    [review] = Store(tmp_path / "p.db").reviews()
    assert review.rating == (2 if second_tap_grades else 3)
