"""FSRS scheduling (the ``fsrs`` package, the algorithm Anki uses) on plain card values.

A card here is keyed by the quiz item's stable id and holds its FSRS memory
state; ``fsrs.Card`` objects live only inside ``review``. Time is always passed
in, and converted to UTC because fsrs insists on it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime

from fsrs import Card, Rating, State
from fsrs import Scheduler as FsrsScheduler

from quizgen.config.practice import PracticeConfig

__all__ = ["CardState", "Rating", "Scheduler", "State"]

RATING_NAMES: dict[Rating, str] = {
    Rating.Again: "Again",
    Rating.Hard: "Hard",
    Rating.Good: "Good",
    Rating.Easy: "Easy",
}


def utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("practice times must be timezone-aware")
    return moment.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class CardState:
    """The learner's memory of one item, as FSRS models it."""

    item_id: str
    due: datetime
    state: State = State.Learning
    step: int | None = 0
    stability: float | None = None
    difficulty: float | None = None
    last_review: datetime | None = None
    reps: int = 0  # reviews so far
    lapses: int = 0  # times a learned card was forgotten

    @classmethod
    def new(cls, item_id: str, now: datetime) -> CardState:
        return cls(item_id=item_id, due=utc(now))

    @property
    def is_new(self) -> bool:
        return self.reps == 0

    @property
    def is_learned(self) -> bool:
        """Graduated from the short learning steps to real spaced review."""
        return self.state == State.Review


class Scheduler:
    """Thin wrapper over ``fsrs.Scheduler`` that works on ``CardState`` values."""

    def __init__(self, desired_retention: float = 0.9, fuzz: bool = True) -> None:
        self._fsrs = FsrsScheduler(desired_retention=desired_retention, enable_fuzzing=fuzz)

    @classmethod
    def from_config(cls, config: PracticeConfig) -> Scheduler:
        return cls(config.desired_retention, config.fuzz_intervals)

    def review(self, card: CardState, rating: Rating, now: datetime) -> CardState:
        """The card after being answered with ``rating`` at ``now``."""
        reviewed, _log = self._fsrs.review_card(_to_fsrs(card), rating, review_datetime=utc(now))
        lapsed = card.state == State.Review and rating == Rating.Again
        return dataclasses.replace(
            card,
            due=reviewed.due,
            state=reviewed.state,
            step=reviewed.step,
            stability=reviewed.stability,
            difficulty=reviewed.difficulty,
            last_review=reviewed.last_review,
            reps=card.reps + 1,
            lapses=card.lapses + int(lapsed),
        )

    def retrievability(self, card: CardState, now: datetime) -> float:
        """Probability (0-1) the learner still remembers the card at ``now``."""
        return float(self._fsrs.get_card_retrievability(_to_fsrs(card), utc(now)))


def _to_fsrs(card: CardState) -> Card:
    # card_id is required: without it fsrs sleeps a millisecond to make one up.
    return Card(
        card_id=1,
        state=card.state,
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=utc(card.due),
        last_review=utc(card.last_review) if card.last_review else None,
    )
