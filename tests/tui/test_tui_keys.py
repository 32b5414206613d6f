"""Issue 15 through the real app: keys that change meaning, help, messages, the learner's
own actions (undo, suspend, bury, edit, report) and the home screen's daily limits."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from practice_fixtures import (
    CHOICE,
    CLOZE_HOUSE,
    CONFIG,
    DECK,
    ITEMS,
    NOW,
    QUESTION,
    TRUEFALSE,
)
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from quizgen.config.schema import Config
from quizgen.practice.answers import answer_mode
from quizgen.practice.store import Store
from quizgen.tui.app import KEY_SETTLE_S, QuizgenApp
from quizgen.tui.screens.help import HelpScreen
from quizgen.tui.screens.practice import PracticeScreen
from quizgen.tui.screens.reading import ReadingScreen
from quizgen.tui.screens.summary import SummaryScreen

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Ticker:
    """A monotonic clock the test moves: keys pressed without ``wait`` are a double tap."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def wait(self) -> None:
        self.now += 1.0


def make_app(db: Path, items: tuple[object, ...] = ITEMS, **kwargs: object) -> QuizgenApp:
    store = Store(db)
    store.save_deck(DECK, items, NOW)  # type: ignore[arg-type]
    store.close()
    return QuizgenApp(db, Config(practice=CONFIG), clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]


def text(pilot: Pilot[None], selector: str) -> str:
    return str(pilot.app.screen.query_one(selector, Static).render())


async def press(pilot: Pilot[None], *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


async def test_tui_keys_double_tap_on_a_choice_does_not_regrade(tmp_path: Path) -> None:
    ticker = Ticker()
    app = make_app(tmp_path / "p.db", (CHOICE, CLOZE_HOUSE), start_deck=DECK.id, ticker=ticker)
    async with app.run_test(size=(80, 24)) as pilot:
        ticker.wait()
        await press(pilot, "2", "2")  # a double tap on option 2
        assert "Good" in text(pilot, "#grades") and "auto" in text(pilot, "#grades")
        ticker.wait()
        await press(pilot, "2")  # a deliberate 2 is a grade
        assert "Hard" in text(pilot, "#grades") and "changed" in text(pilot, "#grades")
    [review] = Store(tmp_path / "p.db").reviews()
    assert (review.rating, review.auto_rating) == (2, 3)


async def test_tui_keys_leftover_enter_does_not_answer_the_next_card(tmp_path: Path) -> None:
    ticker = Ticker()
    app = make_app(tmp_path / "p.db", (CHOICE, CLOZE_HOUSE), start_deck=DECK.id, ticker=ticker)
    async with app.run_test(size=(80, 24)) as pilot:
        ticker.wait()
        await press(pilot, "2")
        ticker.wait()
        await press(pilot, "enter", "enter")  # next card, and a held Enter's repeat
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        assert screen.session.phase == "question" and screen.session.current == CLOZE_HOUSE
    assert len(Store(tmp_path / "p.db").reviews()) == 1


def test_tui_keys_settle_is_on_in_the_real_app(tmp_path: Path) -> None:
    assert QuizgenApp(tmp_path / "p.db").key_settle == KEY_SETTLE_S > 0.2


async def test_tui_keys_true_false_by_s_and_named_in_feedback(tmp_path: Path) -> None:
    app = make_app(tmp_path / "p.db", (TRUEFALSE,), start_deck=DECK.id, key_settle=0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "s")  # sand: true, which this statement is not
        assert text(pilot, "#verdict") == "✘ Wrong"
        assert "«sand»" in text(pilot, "#expected") and "«t»" not in text(pilot, "#expected")


async def test_tui_keys_help_lists_each_key_once_and_typing_only_in_practice(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path / "p.db", key_settle=0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        assert "Typed answers" not in text(pilot, "#help-text")
        await press(pilot, "escape", "p", "f1")
        shown = text(pilot, "#help-text")
        assert "Typed answers" in shown
        assert shown.count("Choose") == 1 and "2 Choose" not in shown
        enter_lines = [line for line in shown.splitlines() if line.strip().startswith("Enter")]
        assert len(enter_lines) == 1, enter_lines


async def test_tui_keys_missing_file_shown_beside_the_input(tmp_path: Path) -> None:
    app = make_app(tmp_path / "p.db", key_settle=0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "a", *"nowhere.txt", "enter")
        error = app.screen.query_one("#path-error", Static)
        assert error.display and "No such file" in str(error.render())
        assert not list(app._notifications)  # no toast over the input
        assert error.region.bottom <= app.screen.query_one("#path").region.y


async def test_tui_keys_escape_with_cards_to_go_is_not_complete(tmp_path: Path) -> None:
    app = make_app(tmp_path / "p.db", start_deck=DECK.id, key_settle=0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, *"huset", "enter", "escape")
        assert isinstance(app.screen, SummaryScreen)
        heading = text(pilot, "#heading")
        assert "complete" not in heading and f"{len(ITEMS) - 1} cards still to go" in heading


async def test_tui_keys_home_shows_each_decks_new_cards_of_its_limit(tmp_path: Path) -> None:
    app = make_app(tmp_path / "p.db", key_settle=0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one("#decks", DataTable)
        assert table.get_row_at(0)[1] == f"{len(ITEMS)} of 20"
        await press(pilot, "plus")
        assert table.get_row_at(0)[1] == f"{len(ITEMS)} of 40"


async def test_tui_keys_undo_suspend_bury_edit_report(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    app = make_app(db, start_deck=DECK.id, key_settle=0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        await press(pilot, *"hus", "enter")  # wrong form
        await press(pilot, "ctrl+z")  # undo: asked again
        assert screen.session.phase == "question" and screen.session.current == CLOZE_HOUSE
        await press(pilot, *"hus", "enter", "e")  # edit: "hus" counts from now on
        await press(pilot, "ctrl+u", *"huset | hus", "enter")
        await press(pilot, "x", *"hint gives it away", "enter")  # report
        await press(pilot, "enter")  # on to the question
        assert screen.session.current == QUESTION
        await press(pilot, "escape")
    store = Store(db)
    assert [i.accepted for i in store.items() if i.id == CLOZE_HOUSE.id] == [("hus",)]
    assert [r.note for r in store.reports()] == ["hint gives it away"]
    assert len(store.reviews()) == 1

    app = make_app(db, start_deck=DECK.id, key_settle=0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        aside_ids: list[str] = []
        for aside in ("at", "minus"):  # suspend, then bury, each from the feedback
            card = screen.session.current
            assert card is not None
            await press(pilot, "enter" if answer_mode(card) in ("typed", "self") else "?")
            assert screen.session.phase == "feedback"
            await press(pilot, aside)
            assert screen.session.current != card and screen.session.phase == "question"
            aside_ids.append(card.id)
    store = Store(db)
    assert [i.id for i, _ in store.due_items(NOW + timedelta(hours=1)) if i.id in aside_ids] == []


async def test_tui_keys_article_opens_at_the_cards_sentence(tmp_path: Path) -> None:
    app = make_app(tmp_path / "p.db", start_deck=DECK.id, key_settle=0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, *"huset", "enter", "o")
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen.sentence is not None
        await press(pilot, "escape")
        assert isinstance(app.screen, PracticeScreen)


async def test_tui_keys_i_was_right_is_recorded_as_an_override(tmp_path: Path) -> None:
    app = make_app(tmp_path / "p.db", (QUESTION,), start_deck=DECK.id, key_settle=0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, *"en skole", "enter")
        assert text(pilot, "#verdict") == "✘ Wrong"
        await press(pilot, "r")
        assert "Good" in text(pilot, "#grades") and "changed" in text(pilot, "#grades")
    [review] = Store(tmp_path / "p.db").reviews()
    assert (review.verdict, review.auto_rating, review.rating) == ("wrong", 1, 3)
