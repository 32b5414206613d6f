"""The learner's progress in SQLite: decks with their items, FSRS cards, every review.

What is stored and asked for lives here; the connection, its short write transactions
and its errors are ``quizgen.practice.database.Database``'s.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime

from quizgen.generate.codec import dumps as item_to_json
from quizgen.generate.codec import loads as item_from_json
from quizgen.items import Item
from quizgen.practice.database import Database
from quizgen.practice.learner import LearnerStore, stamp
from quizgen.practice.records import Deck, DeckCounts, Review
from quizgen.practice.scheduler import CardState, State

timestamp = stamp
# Loading an item: its generated data and the learner's edit of it, if any.
_ITEM = (
    "i.data, e.answer AS edit_answer, e.accepted AS edit_accepted FROM items i"
    " LEFT JOIN item_edits e ON e.item_id = i.id"
)
# Cards a session may show: not suspended, not buried (param: now).
_SHOWN = "AND NOT i.suspended AND (i.buried_until IS NULL OR i.buried_until <= ?)"


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class Store(Database, LearnerStore):
    """One connection to the progress database; use it from the thread that opened it."""

    @classmethod
    def open_default(cls) -> Store:
        from quizgen.paths import progress_db_path

        return cls(progress_db_path())

    # -- decks and items ------------------------------------------------------

    def save_deck(self, deck: Deck, items: Sequence[Item], now: datetime) -> None:
        """Add or rebuild a deck. Items are upserted by id, so cards keep their history;
        items the new build no longer has are set aside, not deleted."""
        stamp = timestamp(now)
        with self._write() as db:
            db.execute(
                "INSERT INTO decks (id, title, origin, text, added_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                " origin = excluded.origin, text = excluded.text, updated_at = excluded.updated_at",
                (deck.id, deck.title, deck.origin, deck.text, stamp, stamp),
            )
            db.execute("UPDATE items SET active = 0 WHERE deck_id = ?", (deck.id,))
            db.executemany(
                "INSERT INTO items (id, deck_id, position, kind, data, active)"
                " VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET"
                " deck_id = excluded.deck_id, position = excluded.position,"
                " kind = excluded.kind, data = excluded.data, active = 1",
                [(it.id, deck.id, n, it.kind, item_to_json(it)) for n, it in enumerate(items)],
            )

    def decks(self) -> list[Deck]:
        rows = self._rows("SELECT id, title, text, origin FROM decks ORDER BY added_at, title")
        return [Deck(r["id"], r["title"], r["text"], r["origin"]) for r in rows]

    def find_deck(self, key: str) -> Deck | None:
        """A deck by id, unique id prefix, title (case-insensitive), or the unique
        title that starts with ``key`` (as tables show it, cut short with "…")."""
        decks = self.decks()
        start = key.strip().rstrip("…").rstrip(".").strip().casefold()
        for matches in (
            [d for d in decks if d.id == key],
            [d for d in decks if d.title.casefold() == key.casefold()],
            [d for d in decks if len(key) >= 4 and d.id.startswith(key)],
            [d for d in decks if len(start) >= 3 and d.title.casefold().startswith(start)],
        ):
            if len(matches) == 1:
                return matches[0]
        return None

    def items(self, deck_id: str | None = None) -> list[Item]:
        """Active items, of one deck or all, in deck order."""
        where, params = ("AND i.deck_id = ?", (deck_id,)) if deck_id else ("", ())
        rows = self._rows(
            f"SELECT {_ITEM} JOIN decks d ON d.id = i.deck_id"
            f" WHERE i.active {where} ORDER BY d.added_at, d.id, i.position",
            *params,
        )
        return [_item(r) for r in rows]

    def deck_counts(self, now: datetime) -> list[DeckCounts]:
        rows = self._rows(
            "SELECT d.id, d.title, d.text, d.origin, COUNT(i.id) AS total,"
            " TOTAL(c.item_id IS NULL AND NOT i.suspended) AS new,"
            " TOTAL(c.due <= ? AND NOT i.suspended) AS due, TOTAL(c.state = ?) AS learned,"
            " COUNT(c.item_id) AS seen"
            " FROM decks d LEFT JOIN items i ON i.deck_id = d.id AND i.active"
            " LEFT JOIN cards c ON c.item_id = i.id"
            " GROUP BY d.id ORDER BY d.added_at, d.title",
            timestamp(now),
            int(State.Review),
        )
        return [
            DeckCounts(
                Deck(r["id"], r["title"], r["text"], r["origin"]),
                int(r["new"]),
                int(r["due"]),
                int(r["learned"]),
                int(r["total"]),
                int(r["seen"]),
            )
            for r in rows
        ]

    # -- cards and reviews ----------------------------------------------------

    def cards(self, item_ids: Sequence[str] | None = None) -> dict[str, CardState]:
        rows = self._rows("SELECT * FROM cards")
        wanted = set(item_ids) if item_ids is not None else None
        return {r["item_id"]: _card(r) for r in rows if wanted is None or r["item_id"] in wanted}

    def due_items(
        self, now: datetime, deck_id: str | None = None, until: datetime | None = None
    ) -> list[tuple[Item, CardState]]:
        """Shown items answered before and due by ``until`` (default ``now``; later to
        practise ahead), most overdue first."""
        where, params = ("AND i.deck_id = ?", (deck_id,)) if deck_id else ("", ())
        rows = self._rows(
            f"SELECT c.*, {_ITEM} JOIN cards c ON c.item_id = i.id"
            f" WHERE i.active AND c.due <= ? {_SHOWN} {where} ORDER BY c.due, i.position",
            timestamp(until or now),
            timestamp(now),
            *params,
        )
        return [(_item(r), _card(r)) for r in rows]

    def new_items(self, now: datetime, deck_id: str | None = None) -> list[Item]:
        """Shown items never answered, in deck order."""
        where, params = ("AND i.deck_id = ?", (deck_id,)) if deck_id else ("", ())
        rows = self._rows(
            f"SELECT i.deck_id, {_ITEM} JOIN decks d ON d.id = i.deck_id"
            " LEFT JOIN cards c ON c.item_id = i.id"
            f" WHERE i.active AND c.item_id IS NULL {_SHOWN} {where}"
            " ORDER BY d.added_at, d.id, i.position",
            timestamp(now),
            *params,
        )
        return [_item(r) for r in rows]

    def new_started_on(self, day: str, deck_id: str | None = None) -> int:
        """How many new cards (of one deck, or all) were first answered on ``day``."""
        where, params = ("AND i.deck_id = ?", (deck_id,)) if deck_id else ("", ())
        rows = self._rows(
            "SELECT COUNT(*) AS n FROM reviews r LEFT JOIN items i ON i.id = r.item_id"
            f" WHERE r.day = ? AND r.state_before IS NULL {where}",
            day,
            *params,
        )
        return int(rows[0]["n"])

    def deck_of(self, item_id: str) -> str:
        rows = self._rows("SELECT deck_id FROM items WHERE id = ?", item_id)
        return str(rows[0]["deck_id"]) if rows else ""

    def record_review(self, review: Review, card: CardState) -> int:
        """Log ``review`` and save the card after it, in one transaction. Returns the log id."""
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO reviews (item_id, reviewed_at, day, rating, auto_rating, verdict,"
                " answer, duration_ms, state_before, due_after) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    review.item_id,
                    timestamp(review.reviewed_at),
                    review.day,
                    review.rating,
                    review.auto_rating,
                    review.verdict,
                    review.answer,
                    review.duration_ms,
                    review.state_before,
                    timestamp(review.due_after),
                ),
            )
            self._save_card_in(db, card)
            return int(cursor.lastrowid or 0)

    def amend_review(self, review_id: int, rating: int, card: CardState) -> None:
        """The learner overrode the grade of review ``review_id``: card state follows."""
        with self._write() as db:
            db.execute(
                "UPDATE reviews SET rating = ?, due_after = ? WHERE id = ?",
                (rating, timestamp(card.due), review_id),
            )
            self._save_card_in(db, card)

    def _save_card_in(self, db: sqlite3.Connection, card: CardState) -> None:
        db.execute(
            "INSERT OR REPLACE INTO cards (item_id, state, step, stability, difficulty, due,"
            " last_review, reps, lapses) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                card.item_id,
                int(card.state),
                card.step,
                card.stability,
                card.difficulty,
                timestamp(card.due),
                timestamp(card.last_review) if card.last_review else None,
                card.reps,
                card.lapses,
            ),
        )

    def upcoming(self, now: datetime, deck_id: str | None = None) -> tuple[datetime | None, int]:
        """When the next card is due after ``now``, and how many fall due in the next day."""
        from datetime import timedelta

        where, params = ("AND i.deck_id = ?", (deck_id,)) if deck_id else ("", ())
        rows = self._rows(
            "SELECT MIN(c.due) AS next, TOTAL(c.due <= ?) AS soon FROM cards c"
            f" JOIN items i ON i.id = c.item_id WHERE i.active AND c.due > ? {where}",
            timestamp(now + timedelta(days=1)),
            timestamp(now),
            *params,
        )
        return _time(rows[0]["next"]), int(rows[0]["soon"])

    def reviews(self, item_id: str | None = None) -> list[Review]:
        where, params = ("WHERE item_id = ?", (item_id,)) if item_id else ("", ())
        rows = self._rows(f"SELECT * FROM reviews {where} ORDER BY id", *params)
        return [
            Review(
                r["item_id"],
                datetime.fromisoformat(r["reviewed_at"]),
                r["day"],
                r["rating"],
                r["auto_rating"],
                r["verdict"],
                r["answer"],
                r["duration_ms"],
                r["state_before"],
                datetime.fromisoformat(r["due_after"]),
            )
            for r in rows
        ]


def _item(row: sqlite3.Row) -> Item:
    item = item_from_json(row["data"])
    if row["edit_answer"] is None:
        return item
    accepted = tuple(json.loads(row["edit_accepted"]))
    return dataclasses.replace(item, answer=row["edit_answer"], accepted=accepted)


def _card(row: sqlite3.Row) -> CardState:
    return CardState(
        item_id=row["item_id"],
        due=datetime.fromisoformat(row["due"]),
        state=State(row["state"]),
        step=row["step"],
        stability=row["stability"],
        difficulty=row["difficulty"],
        last_review=_time(row["last_review"]),
        reps=row["reps"],
        lapses=row["lapses"],
    )
