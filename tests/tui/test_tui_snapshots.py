"""Snapshots of every screen at 80x24, with a fixed clock and fixed data.

Update after an intended change with: pytest tests/test_tui_snapshots.py --snapshot-update
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from practice_fixtures import (
    CHOICE,
    CLOZE_HOUSE,
    CONFIG,
    DECK,
    ITEMS,
    NOW,
    TRUEFALSE,
    VOCAB_COLD,
    VOCAB_HOUSE,
)
from textual.pilot import Pilot
from textual.widgets import Input, Static

from quizgen.config.schema import Config
from quizgen.items import Item
from quizgen.practice.importer import STAGES, BuiltDeck
from quizgen.practice.session import PracticeSession
from quizgen.practice.store import Store
from quizgen.tui.app import QuizgenApp

SIZE = (80, 24)
SnapCompare = Callable[..., bool]


def make_app(tmp_path: Path, items: Sequence[Item] | None = ITEMS, **kwargs: Any) -> QuizgenApp:
    db = tmp_path / "progress.db"
    store = Store(db)
    if items is not None:
        store.save_deck(DECK, items, NOW)
    store.close()
    return QuizgenApp(
        db, Config(practice=CONFIG), clock=lambda: NOW, **{"key_settle": 0.0, **kwargs}
    )


def steps(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Press ``keys``, then stop the cursor blinking so the picture is stable."""

    async def run(pilot: Pilot[None]) -> None:
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        await pilot.pause()

    return run


def test_tui_snapshot_home(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path), terminal_size=SIZE, run_before=steps())


def test_tui_snapshot_home_empty(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path, None), terminal_size=SIZE, run_before=steps())


def test_tui_snapshot_reading(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path), terminal_size=SIZE, run_before=steps("r", "n"))


def test_tui_snapshot_practice_cloze(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(tmp_path, start_deck=DECK.id)
    assert snap_compare(app, terminal_size=SIZE, run_before=steps())


def test_tui_snapshot_practice_choice(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(tmp_path, [CHOICE], start_deck=DECK.id)
    assert snap_compare(app, terminal_size=SIZE, run_before=steps())


def test_tui_snapshot_practice_choice_feedback(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(tmp_path, [CHOICE], start_deck=DECK.id)
    assert snap_compare(app, terminal_size=SIZE, run_before=steps("1"))


def test_tui_snapshot_practice_truefalse(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(tmp_path, [TRUEFALSE], start_deck=DECK.id)
    assert snap_compare(app, terminal_size=SIZE, run_before=steps())


def test_tui_snapshot_practice_wrong_form_feedback(
    snap_compare: SnapCompare, tmp_path: Path
) -> None:
    app = make_app(tmp_path, [VOCAB_COLD], start_deck=DECK.id)
    assert snap_compare(app, terminal_size=SIZE, run_before=steps("k", "o", "l", "d", "t", "enter"))


def test_tui_snapshot_summary(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(tmp_path, start_deck=DECK.id)
    keys = ("h", "u", "s", "e", "t", "enter", "enter", "enter", "4", "escape")
    assert snap_compare(app, terminal_size=SIZE, run_before=steps(*keys))


def test_tui_snapshot_statistics(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(tmp_path)
    store = Store(tmp_path / "progress.db")
    for days_ago, answers in ((3, ("huset", "", "hospital")), (1, ("søen", "x"))):
        when = NOW - timedelta(days=days_ago)
        session = PracticeSession(store, CONFIG, when)
        for answer in answers:
            session.answer(answer, when)
            session.advance(when)
    store.close()
    assert snap_compare(app, terminal_size=SIZE, run_before=steps("s"))


def test_tui_snapshot_help(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path), terminal_size=SIZE, run_before=steps("f1"))


@pytest.mark.parametrize("size", [(120, 40)])
def test_tui_snapshot_practice_large_terminal(
    snap_compare: SnapCompare, tmp_path: Path, size: tuple[int, int]
) -> None:
    app = make_app(tmp_path, start_deck=DECK.id)
    assert snap_compare(app, terminal_size=size, run_before=steps())


def test_tui_snapshot_word_card_turned(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(tmp_path, [VOCAB_HOUSE], start_deck=DECK.id)
    assert snap_compare(app, terminal_size=SIZE, run_before=steps("enter"))


def test_tui_snapshot_feedback_light_theme(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(tmp_path, start_deck=DECK.id)

    async def light(pilot: Pilot[None]) -> None:
        pilot.app.theme = "textual-light"
        await steps("h", "u", "e", "s", "e", "t", "enter")(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=light)


def test_tui_snapshot_home_adding_an_article(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """The progress indicator while an article is analysed in the background."""
    release = threading.Event()

    def slow_builder(path: Path, config: Config, progress: Callable[[str], None]) -> BuiltDeck:
        progress(STAGES[0])
        progress(STAGES[1])
        release.wait(timeout=5)  # released once the picture is taken
        return BuiltDeck(DECK, ITEMS)

    article = tmp_path / "huset.txt"
    article.write_text(DECK.text, encoding="utf-8")
    app = make_app(tmp_path, None, builder=slow_builder)

    async def adding(pilot: Pilot[None]) -> None:
        await pilot.press("a", *str(article), "enter")
        for _ in range(100):  # until the worker reports the analysing stage
            await pilot.pause(0.02)
            if "Analysing" in str(pilot.app.screen.query_one("#stage", Static).render()):
                break

    try:
        assert snap_compare(app, terminal_size=SIZE, run_before=adding)
    finally:
        release.set()


LONG_CLOZE = dataclasses.replace(
    CLOZE_HOUSE,
    prompt="Den kurdisk ledede SDF-alliance har i flere år kæmpet mod Islamisk "
    "Stat i det nordøstlige Syrien, og efter lange forhandlinger købte familien [...] ved søen.",
)


def test_tui_snapshot_resize_during_a_session(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """Shrinking the terminal mid-session rewraps the card and feedback; nothing is cut."""
    app = make_app(tmp_path, [LONG_CLOZE, CHOICE], start_deck=DECK.id)

    async def shrink(pilot: Pilot[None]) -> None:
        await steps("h", "u", "s", "enter")(pilot)
        await pilot.resize_terminal(60, 20)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=shrink)


def test_tui_snapshot_feedback_100x30(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(tmp_path, [CHOICE], start_deck=DECK.id)
    assert snap_compare(app, terminal_size=(100, 30), run_before=steps("1"))


def test_tui_snapshot_home_100x30(snap_compare: SnapCompare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path), terminal_size=(100, 30), run_before=steps())


def test_tui_snapshot_nothing_left_today(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """The daily limit explained, with the keys to study more or practise ahead."""
    app = make_app(tmp_path, start_deck=DECK.id)
    store = Store(tmp_path / "progress.db")
    session = PracticeSession(store, CONFIG.model_copy(update={"new_per_day": 2}), NOW)
    while session.current is not None:
        session.answer(session.current.answer, NOW)
        session.advance(NOW)
    store.close()
    app.config = Config(practice=CONFIG.model_copy(update={"new_per_day": 2}))
    assert snap_compare(app, terminal_size=SIZE, run_before=steps())


def test_tui_snapshot_edit_answer_line(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """After an answer, e opens the learner's own answer | accepted answers for editing."""
    app = make_app(tmp_path, start_deck=DECK.id)
    assert snap_compare(app, terminal_size=SIZE, run_before=steps("h", "u", "s", "enter", "e"))


def test_tui_snapshot_statistics_100x30(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app = make_app(tmp_path)
    store = Store(tmp_path / "progress.db")
    session = PracticeSession(store, CONFIG, NOW - timedelta(days=2))
    for answer in ("huset", "", "hospital", "kold"):
        session.answer(answer, NOW - timedelta(days=2))
        session.advance(NOW - timedelta(days=2))
    store.close()
    assert snap_compare(app, terminal_size=(100, 30), run_before=steps("s"))
