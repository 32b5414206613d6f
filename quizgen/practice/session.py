"""One practice session as a plain state machine: question -> feedback -> next.

Due cards come first (FSRS order: most overdue first), then new items up to what
is left of each deck's daily limit, mixed across kinds, siblings kept apart
(``quizgen.practice.queue``); answering a card buries its new and due siblings
until the next learning day, as Anki does. An answer is checked, graded and committed to the
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
from quizgen.practice.clock import learning_day, next_day_start
from quizgen.practice.queue import keep_siblings_apart, siblings_to_bury, todays_new
from quizgen.practice.records import Review
from quizgen.practice.scheduler import CardState, Rating, Scheduler
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
    buried: tuple[Item, ...] = ()  # siblings this answer buried
    unqueued: tuple[Item, ...] = ()  # of those, the ones this session would have shown

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
    remaining: int = 0  # cards left unanswered when the session ended
    new_held_back: int = 0  # new cards beyond today's limits

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0

    @property
    def elapsed(self) -> timedelta:
        return self.ended_at - self.started_at


class PracticeSession:
    """Drives one sitting. Not thread-safe: use it where its ``Store`` was opened."""

    def __init__(
        self,
        store: Store,
        config: PracticeConfig,
        now: datetime,
        deck_id: str | None = None,
        scheduler: Scheduler | None = None,
        ahead: timedelta = timedelta(0),
    ) -> None:
        self._store = store
        self._config = config
        self._scheduler = scheduler or Scheduler.from_config(config)
        self._tolerance = Tolerance.from_config(config)
        self.deck_id = deck_id
        self.started_at = now
        # ahead > 0: practise ahead, cards due within that time come now (and no new ones).
        due = [item for item, _card in store.due_items(now, deck_id, until=now + ahead)]
        new, self.new_held_back = todays_new(store, config, now, deck_id) if not ahead else ([], 0)
        self._queue: deque[Item] = deque(keep_siblings_apart([*due, *new]))
        self.due_count, self.new_count = len(due), len(new)
        self._ahead = bool(ahead)
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
            item_id=item.id,
            reviewed_at=now,
            day=self._day(now),
            rating=int(check.rating),
            auto_rating=int(check.rating),
            verdict=check.verdict,
            answer=given,
            duration_ms=max(0, int((now - self._shown_at).total_seconds() * 1000)),
            state_before=None if before.is_new else int(before.state),
            due_after=after.due,
        )
        review_id = self._store.record_review(review, after)
        buried, unqueued = self._bury_siblings(item, now)
        self._feedback = Feedback(
            item, check, check.rating, before, after, review_id, buried, unqueued
        )
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
        self._queue = deque(keep_siblings_apart(self._queue, after=done))
        self._shown_at = now
        return self.current

    def _bury_siblings(
        self, item: Item, now: datetime
    ) -> tuple[tuple[Item, ...], tuple[Item, ...]]:
        """Bury the answered card's siblings and take them out of this session."""
        if not self._config.bury_siblings:
            return (), ()
        buried = tuple(siblings_to_bury(self._store, self._config, item, now))
        if not buried:
            return (), ()
        self._store.bury_all(
            [i.id for i in buried], next_day_start(now, self._config.day_starts_at_hour)
        )
        ids = {i.id for i in buried}
        current, *rest = self._queue
        self._queue = deque([current, *(i for i in rest if i.id not in ids)])
        unqueued = tuple(i for i in rest if i.id in ids)
        if any(i.id not in self._seen_ids() for i in unqueued) and not self._ahead:
            self._top_up_new(now)
        return buried, unqueued

    def _seen_ids(self) -> set[str]:
        return {f.item.id for f in self._answered} | set(self._store.cards())

    def _top_up_new(self, now: datetime) -> None:
        """Buried new cards don't count towards the day's limit (as in Anki): other new
        cards of the deck take their places in this session."""
        seen, queued = self._seen_ids(), {i.id for i in self._queue}
        fresh, _held_back = todays_new(self._store, self._config, now, self.deck_id)
        added: list[Item] = []
        for deck in dict.fromkeys(i.article_id for i in fresh):
            mine = [i for i in fresh if i.article_id == deck]
            waiting = sum(i.article_id == deck and i.id not in seen for i in self._queue)
            added += [i for i in mine if i.id not in queued][: max(0, len(mine) - waiting)]
        self._queue.extend(added)
        self.new_count += len(added)
        self.new_held_back = max(0, self.new_held_back - len(added))

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
            remaining=self.remaining,
            new_held_back=self.new_held_back,
        )

    # -- the learner's own say ----------------------------------------------------

    def intervals(self) -> dict[Rating, timedelta]:
        """For the answer on screen: how long until the card comes back, per grade."""
        if self._feedback is None:
            return {}
        before, at = self._feedback.card_before, self._feedback.card_after.last_review
        if at is None:
            return {}
        return {r: self._scheduler.review(before, r, at).due - at for r in Rating}

    def undo(self) -> Item | None:
        """Take back the last answer of this session: its review is deleted, the card
        is as before, and it is asked again. None when there is nothing to undo."""
        if not self._answered:
            return None
        last = self._answered.pop()
        self._store.undo_review(
            last.review_id, None if last.card_before.is_new else last.card_before
        )
        if last.buried:  # the siblings it buried come back, to this session too
            self._store.bury_all([i.id for i in last.buried], None)
        if self._feedback is None:  # already moved on: the card goes back to the front
            if last.item in self._queue and self._queue[-1] == last.item:
                self._queue.pop()  # re-queued after a slip
            self._queue.appendleft(last.item)
        self._queue.extend(last.unqueued)
        self._feedback = None
        return last.item

    def set_aside(self, how: Literal["suspend", "bury"], now: datetime) -> Item | None:
        """Suspend the card on screen (until the learner says) or bury it (until the
        next learning day); it leaves this session. Returns the next card."""
        item = self.current
        if item is None:
            return None
        if how == "suspend":
            self._store.set_suspended(item.id)
        else:
            self._store.bury(item.id, next_day_start(now, self._config.day_starts_at_hour))
        self._queue = deque(i for i in self._queue if i.id != item.id)
        self._feedback = None
        self._shown_at = now
        return self.current

    def edit(self, answer: str, accepted: tuple[str, ...], now: datetime) -> Item:
        """Keep the learner's answer (and other accepted answers) for the card on screen."""
        item = self.current
        if item is None or not answer.strip():
            raise PracticeError("there is no card to edit")
        self._store.save_edit(item.id, answer.strip(), accepted, now)
        edited = dataclasses.replace(item, answer=answer.strip(), accepted=accepted)
        self._queue = deque(edited if i.id == item.id else i for i in self._queue)
        if self._feedback is not None:
            self._feedback = dataclasses.replace(self._feedback, item=edited)
        return edited

    def report(self, note: str, now: datetime) -> None:
        """Record that the card on screen is wrong or badly made, for the teacher."""
        item = self.current
        if item is None:
            raise PracticeError("there is no card to report")
        self._store.report(item.id, self._store.deck_of(item.id), note.strip(), now)

    def _day(self, now: datetime) -> str:
        return learning_day(now, self._config.day_starts_at_hour)
