"""The learner's own say over cards, kept in the progress store: study more new cards
today, suspend or bury a card, edit its answer, report a bad item, undo an answer.

A mixin of ``Store`` (one connection, one transaction per write). Edits and flags are
keyed by item id, so a rebuild of the deck keeps them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any

from quizgen.practice.records import Report
from quizgen.practice.scheduler import CardState, utc


def stamp(moment: datetime) -> str:
    """UTC, fixed width, so that text order is time order in SQL."""
    return utc(moment).isoformat(timespec="microseconds")


class LearnerStore:
    """What the learner changes by hand; ``Store`` provides the connection."""

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def _rows(self, sql: str, *params: Any) -> list[sqlite3.Row]:
        raise NotImplementedError

    def _save_card_in(self, db: sqlite3.Connection, card: CardState) -> None:
        raise NotImplementedError

    def extra_new(self, deck_id: str, day: str) -> int:
        """New cards the learner added to ``deck_id``'s limit on learning day ``day``."""
        rows = self._rows(
            "SELECT extra_new FROM deck_days WHERE deck_id = ? AND day = ?", deck_id, day
        )
        return int(rows[0]["extra_new"]) if rows else 0

    def study_more(self, deck_id: str, day: str, count: int) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO deck_days (deck_id, day, extra_new) VALUES (?, ?, ?)"
                " ON CONFLICT (deck_id, day) DO UPDATE SET extra_new = extra_new + ?",
                (deck_id, day, count, count),
            )

    def set_suspended(self, item_id: str, suspended: bool = True) -> None:
        with self._write() as db:
            db.execute("UPDATE items SET suspended = ? WHERE id = ?", (int(suspended), item_id))

    def bury(self, item_id: str, until: datetime) -> None:
        """Keep the card out of sessions until ``until`` (the next learning day)."""
        self.bury_all([item_id], until)

    def bury_all(self, item_ids: Sequence[str], until: datetime | None) -> None:
        """Bury the cards until ``until``; None unburies them (an undone answer)."""
        when = stamp(until) if until is not None else None
        with self._write() as db:
            db.executemany(
                "UPDATE items SET buried_until = ? WHERE id = ?", [(when, i) for i in item_ids]
            )

    def save_edit(self, item_id: str, answer: str, accepted: Sequence[str], now: datetime) -> None:
        """The learner's own answer and accepted answers for an item; they win over
        what a rebuild generates."""
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO item_edits (item_id, answer, accepted, edited_at)"
                " VALUES (?, ?, ?, ?)",
                (item_id, answer, json.dumps(list(accepted), ensure_ascii=False), stamp(now)),
            )

    def report(self, item_id: str, deck_id: str, note: str, now: datetime) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO reports (item_id, deck_id, reported_at, note) VALUES (?, ?, ?, ?)",
                (item_id, deck_id, stamp(now), note),
            )

    def reports(self, deck_id: str | None = None) -> list[Report]:
        where, params = ("WHERE deck_id = ?", (deck_id,)) if deck_id else ("", ())
        rows = self._rows(f"SELECT * FROM reports {where} ORDER BY id", *params)
        return [
            Report(r["item_id"], r["deck_id"], datetime.fromisoformat(r["reported_at"]), r["note"])
            for r in rows
        ]

    def undo_review(self, review_id: int, card_before: CardState | None) -> None:
        """Forget review ``review_id``; the card goes back to ``card_before`` (None: new)."""
        with self._write() as db:
            row = db.execute("SELECT item_id FROM reviews WHERE id = ?", (review_id,)).fetchone()
            db.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
            if card_before is not None:
                self._save_card_in(db, card_before)
            elif row is not None:
                db.execute("DELETE FROM cards WHERE item_id = ?", (row["item_id"],))
