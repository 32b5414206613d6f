"""The whole practice flow through the real app, driven by Textual's Pilot."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from practice_fixtures import (
    CHOICE,
    CLOZE_BATHE,
    CLOZE_HOUSE,
    CLOZE_LAKE,
    CONFIG,
    DECK,
    ITEMS,
    NOW,
    QUESTION,
    TRUEFALSE,
    VOCAB_COLD,
    VOCAB_HOUSE,
    VOCAB_NEIGHBOUR,
    stocked_store,
)
from textual.pilot import Pilot
from textual.widgets import Static

from quizgen.config.schema import Config
from quizgen.practice.importer import STAGES, BuiltDeck
from quizgen.practice.store import Store
from quizgen.tui.app import QuizgenApp
from quizgen.tui.screens.help import HelpScreen
from quizgen.tui.screens.home import HomeScreen
from quizgen.tui.screens.practice import PracticeScreen
from quizgen.tui.screens.reading import ReadingScreen
from quizgen.tui.screens.stats import StatsScreen
from quizgen.tui.screens.summary import SummaryScreen

SETTINGS = Config(practice=CONFIG)
pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def make_app(db: Path, minutes: int = 0, **kwargs: object) -> QuizgenApp:
    # key_settle=0: Pilot presses keys faster than any learner; the settling of keys
    # that change meaning has its own tests (test_tui_keys.py).
    return QuizgenApp(
        db,
        SETTINGS,
        clock=lambda: NOW + timedelta(minutes=minutes),
        **{"key_settle": 0.0, **kwargs},
    )  # type: ignore[arg-type]


def text(pilot: Pilot[None], selector: str) -> str:
    return str(pilot.app.screen.query_one(selector, Static).render())


async def type_answer(pilot: Pilot[None], answer: str) -> None:
    await pilot.press(*answer, "enter")
    await pilot.pause()


async def test_tui_whole_session_quit_mid_session_and_resume(tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    stocked_store(db).close()
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)

        # New cards come mixed across kinds, cards of one sentence never back to back.
        await type_answer(pilot, "huset")  # right
        assert text(pilot, "#verdict") == "✔ Right"
        await pilot.press("enter")

        await type_answer(pilot, "i en skole")  # wrong, then overridden to Good
        assert text(pilot, "#verdict") == "✘ Wrong"
        await pilot.press("3")
        assert "Good" in text(pilot, "#grades") and "changed" in text(pilot, "#grades")
        await pilot.press("enter")

        await type_answer(pilot, "koldt")  # right word, wrong form
        assert "wrong form" in text(pilot, "#verdict")
        assert "kold" in text(pilot, "#expected")
        await pilot.press("enter")

        await pilot.press("2")  # multiple choice, option 2
        assert text(pilot, "#verdict") == "✔ Right"
        await pilot.press("enter")

        await pilot.press("f")  # true/false: false
        assert text(pilot, "#verdict") == "✔ Right"
        await pilot.press("enter")

        await type_answer(pilot, "")  # I don't know: shows the answer, grades Again
        assert "Not known" in text(pilot, "#verdict")
        assert "søen" in text(pilot, "#expected")
        assert "Again" in text(pilot, "#grades")
        await pilot.press("enter")  # the next Enter moves on

        await type_answer(pilot, "bsder")  # one typo
        assert "typo" in text(pilot, "#verdict") and "bader" in text(pilot, "#note")
        await pilot.press("ctrl+q")  # quit on the feedback, before moving on
    assert app.return_code == 0

    store = Store(db)
    reviews = store.reviews()
    assert [r.item_id for r in reviews] == [
        item.id
        for item in (CLOZE_HOUSE, QUESTION, VOCAB_COLD, CHOICE, TRUEFALSE, CLOZE_LAKE, CLOZE_BATHE)
    ]
    assert [r.verdict for r in reviews] == [
        "right",
        "wrong",
        "wrong_form",
        "right",
        "right",
        "dont_know",
        "typo",
    ]
    assert reviews[1].rating == 3 and reviews[1].auto_rating == 1  # the override was saved
    assert reviews[-1].item_id == CLOZE_BATHE.id

    resumed = make_app(db, minutes=2)
    async with resumed.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        screen = resumed.screen
        assert isinstance(screen, PracticeScreen)
        assert screen.session.current == CLOZE_LAKE  # the slip is due: first
        await type_answer(pilot, "søen")
        await pilot.press("enter")
        # Not the neighbour card next: it comes from the same sentence as the lake's.
        assert screen.session.current == VOCAB_HOUSE  # a word card: turn it, then grade
        assert not screen.query_one("#answer").display
        await pilot.press("enter")
        assert "Back of the card" in text(pilot, "#expected")
        assert "huset" in text(pilot, "#source")
        await pilot.press("2", "enter")
        await pilot.pause()
        assert screen.session.current == VOCAB_NEIGHBOUR  # then the last new card
        await type_answer(pilot, "nabo")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(resumed.screen, SummaryScreen)
        assert "3  (2 new)" in text(pilot, "#figures")
    reviews = Store(db).reviews()
    assert len(reviews) == 10
    assert (reviews[-2].verdict, reviews[-2].rating) == ("revealed", 2)


async def test_tui_quit_while_typing_keeps_earlier_answers(tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    stocked_store(db).close()
    app = make_app(db, start_deck=DECK.id)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, PracticeScreen)
        await type_answer(pilot, "huset")
        await pilot.press("enter", *"hal")  # halfway through typing the next answer
        await pilot.press("ctrl+q")
    assert [r.item_id for r in Store(db).reviews()] == [CLOZE_HOUSE.id]


async def test_tui_escape_ends_session_with_summary_then_home(tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    stocked_store(db).close()
    async with make_app(db, start_deck=DECK.id).run_test(size=(80, 24)) as pilot:
        await type_answer(pilot, "huset")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, SummaryScreen)
        assert "100%" in text(pilot, "#figures")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HomeScreen)


async def test_tui_help_on_f1_from_practice_lists_keys(tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    stocked_store(db).close()
    async with make_app(db, start_deck=DECK.id).run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpScreen)
        keys = text(pilot, "#help-text")
        for expected in ("Quit", "Again", "Easy", "True", "End session", "I don't know"):
            assert expected in keys
        for elsewhere in ("Add article", "Next word"):  # keys of the home and reading screens
            assert elsewhere not in keys
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, PracticeScreen)


async def test_tui_reading_selects_vocabulary(tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    stocked_store(db).close()
    async with make_app(db).run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReadingScreen)
        await pilot.press("n")  # "huset": a form of the word card "hus"
        assert "et hus" in text(pilot, "#vocab-card") and "house" in text(pilot, "#vocab-card")
        await pilot.press("n")
        assert "cold" in text(pilot, "#vocab-card")
        await pilot.press("right")  # arrows too, though the article has focus
        assert "neighbour" in text(pilot, "#vocab-card")
        await pilot.press("left")
        assert "cold" in text(pilot, "#vocab-card")


async def test_tui_statistics_from_home(tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    stocked_store(db).close()
    async with make_app(db).run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(pilot.app.screen, StatsScreen)
        assert "Reviews 0" in text(pilot, "#totals")


def fake_builder(path: Path, config: Config, progress: Callable[[str], None]) -> BuiltDeck:
    for stage in STAGES[:3]:
        progress(stage)
    return BuiltDeck(DECK, ITEMS, ("The language pipeline is degraded.",))


async def test_tui_add_article_in_background_then_practise(tmp_path: Path) -> None:
    article = tmp_path / "huset.txt"
    article.write_text("Huset ved søen\n\n" + DECK.text, encoding="utf-8")
    app = make_app(tmp_path / "progress.db", start_article=article, builder=fake_builder)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.session.current == CLOZE_HOUSE
        messages = [str(n.message) for n in app._notifications]
        assert "The language pipeline is degraded." in messages


def empty_builder(path: Path, config: Config, progress: Callable[[str], None]) -> BuiltDeck:
    return BuiltDeck(DECK, ())


async def test_tui_article_without_items_stays_home_with_a_warning(tmp_path: Path) -> None:
    article = tmp_path / "huset.txt"
    article.write_text(DECK.text, encoding="utf-8")
    app = make_app(tmp_path / "progress.db", start_article=article, builder=empty_builder)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert any("no quiz items" in str(n.message) for n in app._notifications)


def failing_builder(path: Path, config: Config, progress: Callable[[str], None]) -> BuiltDeck:
    from quizgen.errors import InputError

    raise InputError(f"{path} is empty")


async def test_tui_add_article_failure_is_reported_not_fatal(tmp_path: Path) -> None:
    article = tmp_path / "empty.txt"
    article.write_text("", encoding="utf-8")
    app = make_app(tmp_path / "progress.db", builder=failing_builder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", *str(article), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert any("is empty" in str(n.message) for n in app._notifications)


async def test_tui_ctrl_q_quits_from_help_and_from_the_path_input(tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    stocked_store(db).close()
    for keys in (("f1",), ("a", "x")):
        app = make_app(db)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press(*keys)
            await pilot.press("ctrl+q")
            await pilot.pause()
        assert app.return_code == 0 and not app.is_running
