"""One practice session as a plain state machine: question -> feedback -> next.

Due cards come first (FSRS order: most overdue first), then new items up to what
is left of the day's limit. An answer is checked, graded and committed to the
store before feedback is returned, so quitting at any moment loses nothing
answered; a grade override rewrites that review in place.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from quizgen.config.practice import PracticeConfig
from quizgen.errors import PracticeError
from quizgen.items import Item
from quizgen.practice.answers import AnswerCheck, Tolerance, check_answer
from quizgen.practice.clock import learning_day
from quizgen.practice.records import Review
from quizgen.practice.scheduler import CardState, Rating, Scheduler
from quizgen.practice.stats import new_left_today
from quizgen.practice.store import Store

Phase = Literal["question", "feedback", "done"]


@dataclass(frozen=True, slots=True)
class Feedback:
    """What the learner sees after answering; ``rating`` is the grade that counts."""

    item: Item
    check: AnswerCheck
    rating: Rating
    card_before: CardState
    card_after: CardState
    review_id: int

    @property
    def overridden(self) -> bool:
        return self.rating != self.check.rating


@dataclass(frozen=True, slots=True)
class SessionSummary:
    answered: int
    correct: int  # graded Hard or better
    new: int  # of the answered, first time seen
    started_at: datetime
    ended_at: datetime
    next_due: datetime | None  # the next card due after the session
    due_within_day: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0

    @property
    def elapsed(self) -> timedelta:
        return self.ended_at - self.started_at


class PracticeSession:
    """Drives one sitting. Not thread-safe: use it where its ``Store`` was opened."""

    def __init__(self, store: Store, config: PracticeConfig, now: datetime,
                 deck_id: str | None = None, scheduler: Scheduler | None = None) -> None:
        self._store = store
        self._config = config
        self._scheduler = scheduler or Scheduler.from_config(config)
        self._tolerance = Tolerance.from_config(config)
        self.deck_id = deck_id
        self.started_at = now
        due = [item for item, _card in store.due_items(now, deck_id)]
        new = store.new_items(deck_id)[:new_left_today(store, config, now)]
        self._queue: deque[Item] = deque([*due, *new])
        self.due_count, self.new_count = len(due), len(new)
        self._answered: list[Feedback] = []
        self._feedback: Feedback | None = None
        self._shown_at = now

    # -- state ------------------------------------------------------------------

    @property
    def phase(self) -> Phase:
        if self._feedback is not None:
            return "feedback"
        return "question" if self._queue else "done"

    @property
    def current(self) -> Item | None:
        """The item being asked, or the one whose feedback shows."""
        if self._feedback is not None:
            return self._feedback.item
        return self._queue[0] if self._queue else None

    @property
    def feedback(self) -> Feedback | None:
        return self._feedback

    @property
    def answered(self) -> tuple[Feedback, ...]:
        return tuple(self._answered)

    @property
    def remaining(self) -> int:
        """Cards still to answer, the one on screen included."""
        return len(self._queue) - (1 if self._feedback is not None else 0)

    # -- transitions ------------------------------------------------------------

    def answer(self, given: str, now: datetime) -> Feedback:
        """Check ``given`` ("" = I don't know), grade it, and commit the review."""
        if self.phase != "question":
            raise PracticeError(f"cannot answer in the {self.phase} phase")
        item = self._queue[0]
        check = check_answer(item, given, self._tolerance)
        before = self._store.cards([item.id]).get(item.id) or CardState.new(item.id, now)
        after = self._scheduler.review(before, check.rating, now)
        review = Review(
            item_id=item.id, reviewed_at=now, day=self._day(now), rating=int(check.rating),
            auto_rating=int(check.rating), verdict=check.verdict, answer=given,
            duration_ms=max(0, int((now - self._shown_at).total_seconds() * 1000)),
            state_before=None if before.is_new else int(before.state), due_after=after.due)
        review_id = self._store.record_review(review, after)
        self._feedback = Feedback(item, check, check.rating, before, after, review_id)
        self._answered.append(self._feedback)
        return self._feedback

    def override(self, rating: Rating, now: datetime) -> Feedback:
        """Replace the automatic grade of the answer on screen."""
        if self._feedback is None:
            raise PracticeError("there is no answer to regrade")
        if rating == self._feedback.rating:
            return self._feedback
        before = self._feedback.card_before
        after = self._scheduler.review(before, rating, self._feedback.card_after.last_review or now)
        self._store.amend_review(self._feedback.review_id, int(rating), after)
        self._feedback = dataclasses.replace(self._feedback, rating=rating, card_after=after)
        self._answered[-1] = self._feedback
        return self._feedback

    def advance(self, now: datetime) -> Item | None:
        """Leave the feedback and show the next card (None when the session is over).

        A slip (graded Again) due again within ``learn_ahead_minutes`` goes to the
        back of the queue to come round once more in this session; cards answered
        right wait for their next session, so a session's length is predictable."""
        if self._feedback is None:
            raise PracticeError("answer the card before moving on")
        done = self._queue.popleft()
        soon = now + timedelta(minutes=self._config.learn_ahead_minutes)
        slipped = self._feedback.rating == Rating.Again
        if slipped and self._config.learn_ahead_minutes and self._feedback.card_after.due <= soon:
            self._queue.append(done)
        self._feedback = None
        self._skip_answered_elsewhere()
        self._shown_at = now
        return self.current

    def _skip_answered_elsewhere(self) -> None:
        """Drop queued cards that another terminal answered since this session began,
        so two windows practising one deck don't ask the same card twice."""
        mine = {f.item.id for f in self._answered}
        while self._queue and self._queue[0].id not in mine:
            card = self._store.cards([self._queue[0].id]).get(self._queue[0].id)
            if card is None or card.last_review is None or card.last_review < self.started_at:
                return
            self._queue.popleft()

    def summary(self, now: datetime) -> SessionSummary:
        next_due, soon = self._store.upcoming(now, self.deck_id)
        return SessionSummary(
            answered=len(self._answered),
            correct=sum(f.rating != Rating.Again for f in self._answered),
            new=sum(f.card_before.is_new for f in self._answered),
            started_at=self.started_at,
            ended_at=now,
            next_due=next_due,
            due_within_day=soon,
        )

    def _day(self, now: datetime) -> str:
        return learning_day(now, self._config.day_starts_at_hour)
