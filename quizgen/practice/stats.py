"""Progress figures for the statistics screen and ``quizgen stats``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from quizgen.generate.kinds import kind_spec
from quizgen.practice.clock import learning_day
from quizgen.practice.records import DeckCounts, Review
from quizgen.practice.scheduler import CardState, Rating, State
from quizgen.practice.store import Store


@dataclass(frozen=True, slots=True)
class DayCount:
    day: str  # learning day, YYYY-MM-DD
    reviews: int
    correct: int  # graded Hard or better


@dataclass(frozen=True, slots=True)
class KindCount:
    kind: str  # the card kind's label ("Fill the gap")
    reviews: int
    correct: int

    @property
    def retention(self) -> float | None:
        return _share(self.correct, self.reviews)


@dataclass(frozen=True, slots=True)
class ProgressStats:
    reviews: int  # every answer ever logged
    cards: int  # items answered at least once
    due: int  # of those, due now
    new: int  # items never answered
    learned: int  # cards in long-term review
    words_learned: int  # vocabulary cards in long-term review
    words_total: int
    retention: float | None  # share of reviews of learned cards that were remembered
    accuracy: float | None  # share of all reviews graded Hard or better
    per_day: tuple[DayCount, ...]  # the last days, oldest first, empty days included
    decks: tuple[DeckCounts, ...]
    forecast: tuple[int, ...] = ()  # cards falling due on each of the next days, today first
    per_kind: tuple[KindCount, ...] = ()  # reviews and how many were right, per card kind
    reports: int = 0  # items the learner reported as wrong or badly made

    def to_json(self) -> dict[str, Any]:
        return {
            "reviews": self.reviews,
            "cards": self.cards,
            "due": self.due,
            "new": self.new,
            "learned": self.learned,
            "words_learned": self.words_learned,
            "words_total": self.words_total,
            "retention": self.retention,
            "accuracy": self.accuracy,
            "per_day": [
                {"day": d.day, "reviews": d.reviews, "correct": d.correct} for d in self.per_day
            ],
            "decks": [
                {
                    "id": c.deck.id,
                    "title": c.deck.title,
                    "new": c.new,
                    "due": c.due,
                    "learned": c.learned,
                    "total": c.total,
                }
                for c in self.decks
            ],
        }


def progress_stats(
    store: Store, now: datetime, days: int = 14, day_starts_at_hour: int = 4
) -> ProgressStats:
    reviews = store.reviews()
    items = store.items()
    active = {item.id for item in items}
    cards = {k: v for k, v in store.cards().items() if k in active}
    vocab = [item.id for item in items if kind_spec(item.kind).word_card(item) is not None]
    mature = [r for r in reviews if r.state_before == int(State.Review)]
    today = date.fromisoformat(learning_day(now, day_starts_at_hour))
    per_day = []
    for back in range(days - 1, -1, -1):
        day = (today - timedelta(days=back)).isoformat()
        on_day = [r for r in reviews if r.day == day]
        per_day.append(DayCount(day, len(on_day), sum(r.rating > Rating.Again for r in on_day)))
    return ProgressStats(
        reviews=len(reviews),
        cards=len(cards),
        due=sum(card.due <= now for card in cards.values()),
        new=len(active) - len(cards),
        learned=sum(card.is_learned for card in cards.values()),
        words_learned=sum(i in cards and cards[i].is_learned for i in vocab),
        words_total=len(vocab),
        retention=_share(sum(r.rating > Rating.Again for r in mature), len(mature)),
        accuracy=_share(sum(r.rating > Rating.Again for r in reviews), len(reviews)),
        per_day=tuple(per_day),
        decks=tuple(store.deck_counts(now)),
        forecast=_forecast(cards.values(), now, today, day_starts_at_hour, days),
        per_kind=_per_kind(reviews, {item.id: item.kind for item in items}),
        reports=len(store.reports()),
    )


def _forecast(
    cards: Iterable[CardState], now: datetime, today: date, hour: int, days: int
) -> tuple[int, ...]:
    """Cards due on each learning day from today; today's include the overdue ones."""
    counts = [0] * days
    for card in cards:
        offset = (
            0
            if card.due <= now
            else (
                date.fromisoformat(learning_day(card.due.astimezone(now.tzinfo), hour)) - today
            ).days
        )
        if 0 <= offset < days:
            counts[offset] += 1
    return tuple(counts)


def _per_kind(reviews: Iterable[Review], kinds: dict[str, str]) -> tuple[KindCount, ...]:
    tally: dict[str, list[int]] = {}
    for review in reviews:
        kind = kinds.get(review.item_id)
        if kind is not None:
            counts = tally.setdefault(kind, [0, 0])
            counts[0] += 1
            counts[1] += review.rating > Rating.Again
    return tuple(
        KindCount(kind_spec(kind).label, n, right) for kind, (n, right) in sorted(tally.items())
    )


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None
