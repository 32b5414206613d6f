"""One deck, no leaks: what the items already kept forbid the next one.

The rules between two items (one per source sentence, no shared answer, no answer
shown by another item's prompt, one comprehension item per fact) are in
``quizgen.generate.leaks``; the deck applies them to every item it keeps.

Kinds are chosen in ``PRIORITY`` order: the comprehension kinds are scarcer than
word-level ones, so they get a contested sentence first (true/false, the scarcest,
before questions).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from quizgen.generate.leaks import (
    LEAK,
    SAME_ANSWER,
    SAME_FACT,
    SENTENCE_KINDS,
    SHARED_SENTENCE,
    clash,
)
from quizgen.items import Item

__all__ = [
    "LEAK",
    "PRIORITY",
    "SAME_ANSWER",
    "SAME_FACT",
    "SENTENCE_KINDS",
    "SHARED_SENTENCE",
    "Deck",
    "clash",
    "neighbours",
    "priority",
]

PRIORITY = ("truefalse", "question", "choice", "cloze", "vocab")


def priority(kinds: Iterable[str]) -> list[str]:
    """``kinds`` in the order they choose: by ``PRIORITY``, others after, as given."""
    listed = list(kinds)
    rank = {k: i for i, k in enumerate(PRIORITY)}
    return sorted(listed, key=lambda k: (rank.get(k, len(PRIORITY)), listed.index(k)))


@dataclass(frozen=True)
class Deck:
    items: tuple[Item, ...] = ()
    sentences: frozenset[int] = frozenset()  # used by a cloze, choice or true/false item

    def with_item(self, item: Item) -> Deck:
        taken = {item.sentence_index} if item.kind in SENTENCE_KINDS else set()
        return Deck((*self.items, item), self.sentences | taken)

    def conflict(self, item: Item) -> str:
        """Why ``item`` cannot join the deck, or "" when it can."""
        if item.kind in SENTENCE_KINDS and item.sentence_index in self.sentences:
            return SHARED_SENTENCE
        return next((r for other in self.items if (r := clash(other, item))), "")


def neighbours(deck: Deck, sentence: int) -> int:
    """Deck items from the sentences either side: to spread items over the text."""
    return sum(1 for i in deck.items if abs(i.sentence_index - sentence) == 1)
