"""Sibling burying across days, as in Anki: answering a card holds back the new and due
cards of the same sentence until the next learning day."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from practice_fixtures import (
    BURYING,
    CHOICE,
    CLOZE_BATHE,
    CLOZE_HOUSE,
    CLOZE_LAKE,
    CONFIG,
    ITEMS,
    NOW,
    QUESTION,
    TRUEFALSE,
    VOCAB_COLD,
    VOCAB_HOUSE,
    VOCAB_NEIGHBOUR,
    stocked_store,
)

from quizgen.config import parse_config_text
from quizgen.errors import ConfigError
from quizgen.items import Item
from quizgen.practice.clock import next_day_start
from quizgen.practice.queue import sibling_key, siblings_to_bury, todays_new
from quizgen.practice.records import Review
from quizgen.practice.scheduler import CardState, State
from quizgen.practice.session import PracticeSession
from quizgen.practice.store import Store

SECOND = timedelta(seconds=1)
TOMORROW = next_day_start(NOW, BURYING.day_starts_at_hour)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return stocked_store(tmp_path / "progress.db")


def walk(session: PracticeSession) -> list[Item]:
    """Answer every card of the session right; the cards in the order shown."""
    shown: list[Item] = []
    while (item := session.current) is not None:
        shown.append(item)
        session.answer(item.answer if item.kind != "truefalse" else "f", NOW)
        session.advance(NOW)
    return shown


def test_bury_siblings_one_card_per_sentence_on_the_first_day(store: Store) -> None:
    shown = walk(PracticeSession(store, BURYING, NOW))
    assert shown == [CLOZE_HOUSE, QUESTION, VOCAB_COLD, CLOZE_LAKE]
    buried = {CHOICE.id, VOCAB_HOUSE.id, TRUEFALSE.id, CLOZE_BATHE.id, VOCAB_NEIGHBOUR.id}
    assert not buried & {i.id for i in store.new_items(NOW + timedelta(hours=12))}
    # the next learning day they are back, and the new-card limit was not spent on them
    assert {i.id for i in store.new_items(TOMORROW)} == buried
    assert {i.id for i in todays_new(store, BURYING, TOMORROW)[0]} == buried


def test_bury_siblings_off_shows_the_whole_deck(store: Store) -> None:
    assert len(walk(PracticeSession(store, CONFIG, NOW))) == len(ITEMS)


def test_bury_siblings_due_review_card_buried_learning_card_not(store: Store) -> None:
    week_ago = NOW - timedelta(days=7)

    def seen(item: Item, state: State, due: datetime) -> None:
        card = CardState(item.id, due, state, None, 5.0, 5.0, week_ago, 1)
        review = Review(item.id, week_ago, "2026-02-23", 3, 3, "right", "", 0, None, due)
        store.record_review(review, card)

    seen(CHOICE, State.Review, NOW + timedelta(hours=3))  # due later today: buried
    seen(VOCAB_HOUSE, State.Learning, NOW - SECOND)  # in its learning steps: not
    seen(VOCAB_COLD, State.Review, TOMORROW + timedelta(days=2))  # not due: left alone
    assert siblings_to_bury(store, BURYING, CLOZE_HOUSE, NOW) == [CHOICE]
    assert siblings_to_bury(store, BURYING, CLOZE_BATHE, NOW) == []
    session = PracticeSession(store, BURYING, NOW)
    assert session.current == VOCAB_HOUSE  # the one due now comes first
    assert {i.id for i in session.answer("house", NOW).buried} == {CLOZE_HOUSE.id, CHOICE.id}


def test_bury_siblings_undo_brings_them_back(store: Store) -> None:
    session = PracticeSession(store, BURYING, NOW)
    before = session.remaining
    feedback = session.answer("huset", NOW)
    assert {i.id for i in feedback.buried} == {CHOICE.id, VOCAB_HOUSE.id}
    assert session.remaining == before - 1 - 2  # the card answered, and its two siblings
    session.advance(NOW)
    session.undo()
    assert session.current == CLOZE_HOUSE and session.remaining == before
    assert {CHOICE.id, VOCAB_HOUSE.id} <= {i.id for i in store.new_items(NOW)}


def test_bury_siblings_config_key_is_validated() -> None:
    assert parse_config_text("practice:\n  bury_siblings: false\n").practice.bury_siblings is False
    assert parse_config_text("").practice.bury_siblings is True
    with pytest.raises(ConfigError) as caught:
        parse_config_text("practice:\n  bury_siblings: sometimes\n")
    assert caught.value.problems[0].path == "practice.bury_siblings"


def test_bury_siblings_buried_new_cards_leave_room_for_others(store: Store) -> None:
    """Anki counts new cards introduced, not buried: with a limit of 4, a day still
    brings 4 new cards when the first ones' siblings are buried."""
    four = BURYING.model_copy(update={"new_per_day": 4})
    session = PracticeSession(store, four, NOW)
    assert session.new_count == 4
    shown = walk(session)
    assert shown == [CLOZE_HOUSE, QUESTION, VOCAB_COLD, CLOZE_LAKE]
    assert session.summary(NOW).new == 4
    assert len({sibling_key(i) for i in shown}) == 4  # one card per sentence
