"""The learner's own say: undo, suspend, bury, edit (kept across rebuilds), report."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from practice_fixtures import CLOZE_HOUSE, CONFIG, DECK, ITEMS, NOW, QUESTION, stocked_store

from quizgen.practice.clock import next_day_start
from quizgen.practice.scheduler import Rating
from quizgen.practice.session import PracticeSession
from quizgen.practice.store import Store

SECOND = timedelta(seconds=1)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return stocked_store(tmp_path / "progress.db")


def test_learner_undo_on_feedback_asks_the_card_again(store: Store) -> None:
    session = PracticeSession(store, CONFIG, NOW)
    session.answer("hus", NOW)
    assert session.undo() == CLOZE_HOUSE
    assert (session.phase, session.current, session.answered) == ("question", CLOZE_HOUSE, ())
    assert store.reviews() == [] and store.cards() == {}
    assert session.answer("huset", NOW + SECOND).check.verdict == "right"


def test_learner_undo_after_moving_on_restores_the_card_before(store: Store) -> None:
    session = PracticeSession(store, CONFIG, NOW)
    session.answer("huset", NOW)
    session.advance(NOW)
    before = store.cards()[CLOZE_HOUSE.id]
    second = session.current
    assert second is not None
    session.answer(second.answer, NOW + SECOND)
    session.advance(NOW + SECOND)
    assert session.undo() == second
    assert session.current == second and session.phase == "question"
    assert store.cards()[CLOZE_HOUSE.id] == before and second.id not in store.cards()
    assert len(store.reviews()) == 1
    assert session.undo() == CLOZE_HOUSE and store.reviews() == []


def test_learner_suspended_card_leaves_every_session(store: Store) -> None:
    session = PracticeSession(store, CONFIG, NOW)
    assert session.set_aside("suspend", NOW) != CLOZE_HOUSE
    assert CLOZE_HOUSE not in [*PracticeSession(store, CONFIG, NOW + timedelta(days=9))._queue]
    store.set_suspended(CLOZE_HOUSE.id, False)
    assert PracticeSession(store, CONFIG, NOW).current == CLOZE_HOUSE


def test_learner_buried_card_comes_back_the_next_day(store: Store) -> None:
    session = PracticeSession(store, CONFIG, NOW)
    session.set_aside("bury", NOW)
    assert CLOZE_HOUSE not in list(PracticeSession(store, CONFIG, NOW + SECOND)._queue)
    tomorrow = next_day_start(NOW, CONFIG.day_starts_at_hour)
    assert PracticeSession(store, CONFIG, tomorrow).current == CLOZE_HOUSE


def test_learner_edit_is_used_and_survives_a_rebuild(store: Store) -> None:
    session = PracticeSession(store, CONFIG, NOW)
    session.edit("huset", ("et hus", "hus"), NOW)
    assert session.answer("hus", NOW).check.verdict == "right"
    store.save_deck(DECK, ITEMS, NOW + timedelta(days=1))  # the deck is built again
    [house] = [i for i in store.items(DECK.id) if i.id == CLOZE_HOUSE.id]
    assert house.accepted == ("et hus", "hus")


def test_learner_report_is_recorded_with_its_deck(store: Store) -> None:
    session = PracticeSession(store, CONFIG, NOW)
    session.report("the gap gives the answer away", NOW)
    [report] = store.reports()
    assert (report.item_id, report.deck_id, report.note) == (
        CLOZE_HOUSE.id,
        DECK.id,
        "the gap gives the answer away",
    )


def test_learner_next_interval_for_each_grade(store: Store) -> None:
    session = PracticeSession(store, CONFIG, NOW)
    assert session.intervals() == {}
    session.answer("huset", NOW)
    intervals = session.intervals()
    assert intervals[Rating.Again] < intervals[Rating.Good] < intervals[Rating.Easy]
    assert QUESTION.id not in store.cards()
