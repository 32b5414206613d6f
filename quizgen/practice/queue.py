"""Which cards a session shows, and in what order.

As in Anki: the new-card limit is per deck and per learning day (the learner may
add to it for today); new cards are mixed across kinds, so a first session meets
questions, choices and true/false too, not only the first kind of the deck; and
cards from the same sentence (siblings) are never shown back to back, and once one
is answered its new and due siblings are buried until the next learning day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from quizgen.config.practice import PracticeConfig
from quizgen.items import Item
from quizgen.practice.clock import learning_day, next_day_start
from quizgen.practice.scheduler import State
from quizgen.practice.store import Store


@dataclass(frozen=True, slots=True)
class NewToday:
    """A deck's new cards today: how many started, and the day's limit."""

    started: int
    limit: int  # practice.new_per_day plus what the learner added today

    @property
    def left(self) -> int:
        return max(0, self.limit - self.started)


def new_today(store: Store, config: PracticeConfig, now: datetime, deck_id: str) -> NewToday:
    day = learning_day(now, config.day_starts_at_hour)
    return NewToday(
        store.new_started_on(day, deck_id), config.new_per_day + store.extra_new(deck_id, day)
    )


def todays_new(
    store: Store, config: PracticeConfig, now: datetime, deck_id: str | None = None
) -> tuple[list[Item], int]:
    """The new cards today's limits allow (each deck its own limit), mixed across
    kinds; and how many more new cards wait beyond the limits."""
    by_deck: dict[str, list[Item]] = defaultdict(list)
    for item in store.new_items(now, deck_id):
        by_deck[item.article_id].append(item)
    chosen: list[Item] = []
    held_back = 0
    for deck, items in by_deck.items():
        mixed = mix_kinds(items)
        left = new_today(store, config, now, deck).left
        chosen += mixed[:left]
        held_back += max(0, len(mixed) - left)
    return mix_kinds(chosen), held_back


def mix_kinds(items: Sequence[Item]) -> list[Item]:
    """Round robin over the kinds (in order of first appearance), deck order within each."""
    queues: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        queues[item.kind].append(item)
    mixed: list[Item] = []
    for turn in range(max((len(q) for q in queues.values()), default=0)):
        mixed += [q[turn] for q in queues.values() if turn < len(q)]
    return mixed


def sibling_key(item: Item) -> tuple[str, str]:
    """Cards made from one sentence are siblings: one gives the other away."""
    where = str(item.sentence_index) if item.sentence_index >= 0 else item.source.strip()
    return item.article_id, where


def keep_siblings_apart(items: Iterable[Item], after: Item | None = None) -> list[Item]:
    """``items`` in order, except that a card never follows its sibling when another
    card could go there instead."""
    left = list(items)
    out: list[Item] = []
    last = after
    while left:
        pick = next(
            (
                n
                for n, item in enumerate(left)
                if last is None or sibling_key(item) != sibling_key(last)
            ),
            0,
        )
        last = left.pop(pick)
        out.append(last)
    return out


def siblings_to_bury(
    store: Store, config: PracticeConfig, answered: Item, now: datetime
) -> list[Item]:
    """The siblings of ``answered`` that Anki would bury: new ones, and review cards
    due before the next learning day. Cards in (re)learning are left alone, since
    holding them back a day would undo their short steps; suspended and buried ones
    are not shown anyway."""
    key, deck = sibling_key(answered), answered.article_id
    tomorrow = next_day_start(now, config.day_starts_at_hour)
    due = [
        item
        for item, card in store.due_items(now, deck, until=tomorrow)
        if card.state == State.Review
    ]
    return [
        item
        for item in [*store.new_items(now, deck), *due]
        if item.id != answered.id and sibling_key(item) == key
    ]
