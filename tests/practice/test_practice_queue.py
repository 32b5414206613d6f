"""Which cards a session shows: per-deck daily limits, kinds mixed, siblings apart."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import timedelta
from pathlib import Path

import pytest
from practice_fixtures import CONFIG, DECK, ITEMS, NOW, stocked_store

from quizgen.practice.queue import keep_siblings_apart, mix_kinds, new_today, sibling_key
from quizgen.practice.records import Deck
from quizgen.practice.scheduler import Rating
from quizgen.practice.session import PracticeSession
from quizgen.practice.store import Store

OTHER = Deck(id="f" * 16, title="Et andet hus", text=DECK.text, origin="andet.txt")
OTHER_ITEMS = tuple(
    dataclasses.replace(i, id=f"other-{n}", article_id=OTHER.id) for n, i in enumerate(ITEMS)
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return stocked_store(tmp_path / "progress.db")


def _answer_all(session: PracticeSession, easy: bool = False) -> int:
    answered = 0
    while session.current is not None:
        session.answer(session.current.answer, NOW + timedelta(seconds=answered))
        if easy:
            session.override(Rating.Easy, NOW)
        session.advance(NOW + timedelta(seconds=answered))
        answered += 1
    return answered


def test_queue_new_card_limit_is_per_deck(store: Store) -> None:
    config = CONFIG.model_copy(update={"new_per_day": 3, "learn_ahead_minutes": 0})
    assert _answer_all(PracticeSession(store, config, NOW, DECK.id)) == 3
    store.save_deck(OTHER, OTHER_ITEMS, NOW)
    # The first deck used up its own limit, not the second deck's.
    session = PracticeSession(store, config, NOW, OTHER.id)
    assert (session.new_count, session.phase) == (3, "question")
    assert new_today(store, config, NOW, DECK.id).left == 0
    assert new_today(store, config, NOW, OTHER.id).left == 3


def test_queue_nothing_left_says_how_many_new_wait(store: Store) -> None:
    config = CONFIG.model_copy(update={"new_per_day": 2, "learn_ahead_minutes": 0})
    _answer_all(PracticeSession(store, config, NOW, DECK.id))
    later = PracticeSession(store, config, NOW + timedelta(minutes=1), DECK.id)
    assert later.phase == "done"
    assert later.summary(NOW).new_held_back == len(ITEMS) - 2


def test_queue_study_more_today_raises_the_deck_limit(store: Store) -> None:
    config = CONFIG.model_copy(update={"new_per_day": 2, "learn_ahead_minutes": 0})
    _answer_all(PracticeSession(store, config, NOW, DECK.id))
    store.study_more(DECK.id, "2026-03-02", 3)
    assert new_today(store, config, NOW, DECK.id).limit == 5
    assert PracticeSession(store, config, NOW, DECK.id).new_count == 3


def test_queue_first_session_meets_every_kind(store: Store) -> None:
    config = CONFIG.model_copy(update={"new_per_day": 5})
    session = PracticeSession(store, config, NOW, DECK.id)
    kinds: set[str] = set()
    while session.current is not None and len(kinds) < 6:
        kinds.add(session.current.kind)
        session.answer(session.current.answer, NOW)
        session.advance(NOW)
    assert kinds == {"cloze", "question", "vocab", "choice", "truefalse"}


def test_queue_mix_kinds_round_robin_in_deck_order() -> None:
    mixed = mix_kinds(ITEMS)
    assert [i.kind for i in mixed[:5]] == ["cloze", "question", "vocab", "choice", "truefalse"]
    assert sorted(mixed, key=ITEMS.index) == list(ITEMS)


def test_queue_siblings_never_back_to_back() -> None:
    ordered = keep_siblings_apart(mix_kinds(ITEMS))
    assert sorted(ordered, key=ITEMS.index) == list(ITEMS)
    pairs = list(itertools.pairwise(ordered))
    assert not [(a.id, b.id) for a, b in pairs if sibling_key(a) == sibling_key(b)]


def test_queue_practise_ahead_brings_tomorrows_cards(store: Store) -> None:
    config = CONFIG.model_copy(update={"new_per_day": 2, "learn_ahead_minutes": 0})
    _answer_all(PracticeSession(store, config, NOW, DECK.id), easy=True)
    later = NOW + timedelta(hours=1)
    assert PracticeSession(store, config, later, DECK.id).phase == "done"
    ahead = PracticeSession(store, config, later, DECK.id, ahead=timedelta(days=30))
    assert (ahead.due_count, ahead.new_count) == (2, 0)
