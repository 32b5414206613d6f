from __future__ import annotations

import dataclasses
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from practice_fixtures import CLOZE_HOUSE, CONFIG, DECK, ITEMS, NOW, QUESTION, stocked_store

from quizgen.errors import PracticeError
from quizgen.practice.records import Review
from quizgen.practice.scheduler import CardState, Rating, Scheduler
from quizgen.practice.schema import SCHEMA_VERSION
from quizgen.practice.session import PracticeSession
from quizgen.practice.store import Store


def _review(store: Store, item_id: str, rating: Rating = Rating.Good) -> CardState:
    card = Scheduler(fuzz=False).review(CardState.new(item_id, NOW), rating, NOW)
    store.record_review(
        Review(
            item_id, NOW, "2026-03-02", int(rating), int(rating), "right", "x", 1000, None, card.due
        ),
        card,
    )
    return card


def test_store_creates_schema_in_wal_mode(tmp_path: Path) -> None:
    store = stocked_store(tmp_path / "p.db")
    assert store.schema_version == SCHEMA_VERSION
    with sqlite3.connect(tmp_path / "p.db") as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_round_trips_items_exactly(tmp_path: Path) -> None:
    store = stocked_store(tmp_path / "p.db")
    assert tuple(store.items(DECK.id)) == ITEMS
    assert store.decks() == [DECK]


def test_store_finds_decks_by_id_prefix_and_title(tmp_path: Path) -> None:
    store = stocked_store(tmp_path / "p.db")
    assert store.find_deck(DECK.id) == DECK
    assert store.find_deck("huset VED søen") == DECK
    assert store.find_deck(DECK.id[:6]) == DECK
    assert store.find_deck("nothing") is None


def test_store_rebuild_keeps_history_and_sets_dropped_items_aside(tmp_path: Path) -> None:
    store = stocked_store(tmp_path / "p.db")
    card = _review(store, CLOZE_HOUSE.id)
    changed = dataclasses.replace(CLOZE_HOUSE, hint="et hus")
    store.save_deck(DECK, (changed, QUESTION), NOW + timedelta(days=1))
    assert store.items(DECK.id) == [changed, QUESTION]
    assert store.cards()[CLOZE_HOUSE.id] == card
    assert len(store.reviews(CLOZE_HOUSE.id)) == 1
    store.save_deck(DECK, ITEMS, NOW + timedelta(days=2))  # dropped items come back
    assert len(store.items(DECK.id)) == len(ITEMS)


def test_store_counts_new_due_learned(tmp_path: Path) -> None:
    store = stocked_store(tmp_path / "p.db")
    _review(store, CLOZE_HOUSE.id)  # learning step: due in 10 minutes
    _review(store, QUESTION.id, Rating.Easy)  # straight to long-term review
    [now_counts] = store.deck_counts(NOW)
    assert (now_counts.new, now_counts.due, now_counts.learned, now_counts.total) == (
        len(ITEMS) - 2,
        0,
        1,
        len(ITEMS),
    )
    [later] = store.deck_counts(NOW + timedelta(minutes=11))
    assert later.due == 1


def test_store_amend_review_changes_rating_and_card(tmp_path: Path) -> None:
    store = stocked_store(tmp_path / "p.db")
    card = CardState.new(CLOZE_HOUSE.id, NOW)
    after = Scheduler(fuzz=False).review(card, Rating.Again, NOW)
    review_id = store.record_review(
        Review(CLOZE_HOUSE.id, NOW, "d", 1, 1, "wrong", "hus", None, None, after.due), after
    )
    easy = Scheduler(fuzz=False).review(card, Rating.Easy, NOW)
    store.amend_review(review_id, int(Rating.Easy), easy)
    [review] = store.reviews()
    assert (review.rating, review.auto_rating, review.due_after) == (4, 1, easy.due)
    assert store.cards()[CLOZE_HOUSE.id] == easy


def test_store_refuses_a_newer_schema(tmp_path: Path) -> None:
    stocked_store(tmp_path / "p.db").close()
    with sqlite3.connect(tmp_path / "p.db") as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(PracticeError, match="newer quizgen"):
        Store(tmp_path / "p.db")


def test_store_reports_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "p.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(PracticeError, match="cannot open the progress database"):
        Store(bad)


def test_store_migrates_an_empty_file_from_version_zero(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "p.db").close()
    assert Store(tmp_path / "p.db").schema_version == SCHEMA_VERSION


def test_store_two_connections_write_concurrently(tmp_path: Path) -> None:
    first = stocked_store(tmp_path / "p.db")
    second = Store(tmp_path / "p.db")
    _review(first, CLOZE_HOUSE.id)
    _review(second, QUESTION.id)
    assert set(first.cards()) == {CLOZE_HOUSE.id, QUESTION.id}


def test_store_locked_too_long_is_a_practice_error_and_nothing_half_written(tmp_path: Path) -> None:
    stocked_store(tmp_path / "p.db").close()
    store = Store(tmp_path / "p.db", busy_timeout=0.1)
    blocker = sqlite3.connect(tmp_path / "p.db", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    with pytest.raises(PracticeError, match="busy"):
        _review(store, CLOZE_HOUSE.id)
    blocker.execute("ROLLBACK")
    assert store.reviews() == [] and store.cards() == {}
    _review(store, CLOZE_HOUSE.id)  # once free, the same answer saves
    assert len(store.reviews()) == 1


def test_store_write_on_a_read_only_database_is_a_practice_error(tmp_path: Path) -> None:
    store = stocked_store(tmp_path / "p.db")
    store._db.execute("PRAGMA query_only = ON")  # as a read-only file, even for root
    session = PracticeSession(store, CONFIG, NOW)
    with pytest.raises(PracticeError, match=r"save progress.*readonly.*writable"):
        session.answer("huset", NOW)
    store.close()
