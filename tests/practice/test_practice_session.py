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
    stocked_store,
)

from quizgen.config.practice import PracticeConfig
from quizgen.errors import PracticeError
from quizgen.practice.scheduler import Rating
from quizgen.practice.session import PracticeSession
from quizgen.practice.store import Store

SECOND = timedelta(seconds=1)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return stocked_store(tmp_path / "progress.db")


def test_session_new_cards_in_deck_order_up_to_the_daily_limit(store: Store) -> None:
    session = PracticeSession(store, CONFIG.model_copy(update={"new_per_day": 3}), NOW)
    assert (session.new_count, session.due_count, session.remaining) == (3, 0, 3)
    assert session.current == ITEMS[0]


def test_session_answer_commits_before_feedback_returns(store: Store, tmp_path: Path) -> None:
    session = PracticeSession(store, CONFIG, NOW)
    feedback = session.answer("huset", NOW + 5 * SECOND)
    assert feedback.check.verdict == "right" and feedback.rating == Rating.Good
    assert session.phase == "feedback"
    [review] = Store(tmp_path / "progress.db").reviews()  # another connection sees it
    assert (review.item_id, review.rating, review.duration_ms) == (CLOZE_HOUSE.id, 3, 5000)
    assert review.state_before is None


def test_session_override_rewrites_grade_and_schedule(store: Store) -> None:
    session = PracticeSession(store, CONFIG, NOW)
    auto = session.answer("huset", NOW)
    easy = session.override(Rating.Easy, NOW + SECOND)
    assert easy.overridden and easy.card_after.due > auto.card_after.due
    [review] = store.reviews()
    assert (review.rating, review.auto_rating) == (4, 3)
    assert store.cards()[CLOZE_HOUSE.id].due == easy.card_after.due


def test_session_dont_know_grades_again_and_comes_back(store: Store) -> None:
    config = CONFIG.model_copy(update={"new_per_day": 2})
    session = PracticeSession(store, config, NOW)
    feedback = session.answer("", NOW)
    assert (feedback.check.verdict, feedback.rating) == ("dont_know", Rating.Again)
    assert session.advance(NOW + SECOND) == QUESTION  # new cards mixed across kinds
    session.answer("på et hospital", NOW + 2 * SECOND)
    assert session.advance(NOW + 3 * SECOND) == CLOZE_HOUSE  # the slip, once more
    session.answer("huset", NOW + 4 * SECOND)
    session.advance(NOW + 5 * SECOND)
    assert session.phase == "done" and session.current is None


def test_session_slip_not_requeued_when_learn_ahead_is_off(store: Store) -> None:
    config = CONFIG.model_copy(update={"new_per_day": 1, "learn_ahead_minutes": 0})
    session = PracticeSession(store, config, NOW)
    session.answer("", NOW)
    assert session.advance(NOW) is None


def test_session_due_cards_come_before_new_ones(store: Store) -> None:
    first = PracticeSession(store, CONFIG.model_copy(update={"new_per_day": 1}), NOW)
    first.answer("huset", NOW)  # learning step: due again in 10 minutes
    later = NOW + timedelta(hours=1)
    second = PracticeSession(store, CONFIG.model_copy(update={"new_per_day": 2}), later)
    assert (second.due_count, second.new_count) == (1, 1)
    assert second.current == CLOZE_HOUSE


def test_session_new_limit_counts_cards_started_earlier_today(store: Store) -> None:
    config = CONFIG.model_copy(update={"new_per_day": 2})
    first = PracticeSession(store, config, NOW)
    first.answer("huset", NOW)
    again = PracticeSession(store, config, NOW + timedelta(minutes=1))
    assert again.new_count == 1
    tomorrow = PracticeSession(store, config, NOW + timedelta(days=1))
    assert tomorrow.new_count == 2


def test_session_choice_and_truefalse(store: Store) -> None:
    session = PracticeSession(store, CONFIG, NOW, deck_id=DECK.id)
    for item in ITEMS:
        if session.current == CHOICE:
            assert session.answer(CHOICE.choices[1], NOW).check.verdict == "right"
        elif session.current == TRUEFALSE:
            assert session.answer("t", NOW).check.verdict == "wrong"
        elif session.current == QUESTION:
            assert session.answer("hospital", NOW).check.correct
        else:
            session.answer(item.answer, NOW)
        session.advance(NOW)


def test_session_summary_counts_answers_and_next_due(store: Store) -> None:
    session = PracticeSession(store, CONFIG.model_copy(update={"new_per_day": 3}), NOW)
    session.answer("huset", NOW)
    session.advance(NOW + SECOND)
    session.answer("nej", NOW + 2 * SECOND)
    session.advance(NOW + 3 * SECOND)
    session.answer("", NOW + 4 * SECOND)
    summary = session.summary(NOW + timedelta(seconds=30))
    assert (summary.answered, summary.correct, summary.new) == (3, 1, 3)
    assert summary.accuracy == pytest.approx(1 / 3)
    assert summary.elapsed == timedelta(seconds=30)
    assert summary.next_due is not None and summary.next_due > NOW
    assert summary.due_within_day == 3


def test_session_refuses_out_of_order_transitions(store: Store) -> None:
    session = PracticeSession(store, CONFIG, NOW)
    with pytest.raises(PracticeError):
        session.advance(NOW)
    with pytest.raises(PracticeError):
        session.override(Rating.Easy, NOW)
    session.answer("huset", NOW)
    with pytest.raises(PracticeError):
        session.answer("huset", NOW)


def test_session_empty_store_is_done_at_once(tmp_path: Path) -> None:
    session = PracticeSession(Store(tmp_path / "p.db"), PracticeConfig(), NOW)
    assert session.phase == "done"
    assert session.summary(NOW).next_due is None


def test_session_two_windows_do_not_ask_the_same_card_twice(store: Store, tmp_path: Path) -> None:
    first = PracticeSession(store, CONFIG, NOW)
    second = PracticeSession(Store(tmp_path / "progress.db"), CONFIG, NOW)
    first.answer("huset", NOW + SECOND)
    next_card = first.advance(NOW + SECOND)
    assert next_card is not None
    first.answer(next_card.answer, NOW + 2 * SECOND)  # the second window's next card
    second.answer("huset", NOW + 3 * SECOND)  # it was already showing this one
    third = second.advance(NOW + 4 * SECOND)
    assert third not in (CLOZE_HOUSE, next_card, None)
