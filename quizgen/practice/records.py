"""Plain values the progress store reads and writes."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from quizgen.items import Item


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


_ITEM_FIELDS = {f.name for f in dataclasses.fields(Item)}


def item_to_json(item: Item) -> str:
    data: dict[str, Any] = {f: getattr(item, f) for f in _ITEM_FIELDS}
    data["extra"] = dict(item.extra)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def item_from_json(text: str) -> Item:
    data = json.loads(text)
    # Keys a newer quizgen added are ignored so an older one can still practise.
    known = {k: v for k, v in data.items() if k in _ITEM_FIELDS}
    for key in ("accepted", "choices", "tags"):
        known[key] = tuple(known.get(key, ()))
    known["extra"] = dict(known.get("extra", {}))
    return Item(**known)
