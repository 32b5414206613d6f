"""Plain values the progress store reads and writes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Deck:
    """An article stored for practice, with its items."""

    id: str
    title: str
    text: str
    origin: str = ""


@dataclass(frozen=True, slots=True)
class DeckCounts:
    """What a deck holds for the learner right now."""

    deck: Deck
    new: int  # items never answered
    due: int  # answered before and due now
    learned: int  # in FSRS long-term review
    total: int
    seen: int = 0  # answered at least once


@dataclass(frozen=True, slots=True)
class Review:
    """One answered card, as the review log keeps it."""

    item_id: str
    reviewed_at: datetime
    day: str
    rating: int
    auto_rating: int
    verdict: str
    answer: str
    duration_ms: int | None
    state_before: int | None  # None: the card was new
    due_after: datetime


@dataclass(frozen=True, slots=True)
class Report:
    """A learner's note that an item is wrong or badly made, for the teacher."""

    item_id: str
    deck_id: str
    reported_at: datetime
    note: str
