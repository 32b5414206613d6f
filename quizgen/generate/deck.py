"""One deck, no leaks: what the items already kept forbid the next one.

A learner sees the whole deck, so an item is only as secret as every other item
lets it be. The rules across kinds:

- at most one cloze, choice or true/false item per source sentence (each shows
  nearly the whole sentence, so a second one would show the first one's answer),
  and no true/false statement from a sentence another item prints as its context;
- no two items ask for the same word ("savnet" as a cloze and as a vocabulary card);
- no item's prompt or options show another item's answer, as a word or in a form a
  short ending longer ("kølens" gives "kølen" away; a question may share a sentence
  on these terms).

Kinds are chosen in ``PRIORITY`` order: the comprehension kinds are scarcer than
word-level ones, so they get a contested sentence first (true/false, the scarcest,
before questions).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from quizgen.generate.wordmatch import occurs_as_stem
from quizgen.items import Item

SENTENCE_KINDS = frozenset({"cloze", "choice", "truefalse"})
PRIORITY = ("truefalse", "question", "choice", "cloze", "vocab")
SHARED_SENTENCE = "sentence used by another item"
LEAK = "leaks another item's answer"
SAME_ANSWER = "asks what another item asks"


def secrets(item: Item) -> tuple[str, ...]:
    """What the item asks the learner to produce or pick: the words no other prompt may
    show. A true/false answer is a truth value, not a word of the text."""
    if item.kind == "truefalse":
        return ()
    asked = str(getattr(item.data, "asked", "") or "")  # vocabulary: the asked form
    found = (item.answer, *item.accepted, asked) if item.kind != "vocab" else (asked,)
    return tuple(dict.fromkeys(s for s in found if s.strip()))


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


def clash(kept: Item, item: Item) -> str:
    """Why ``item`` cannot stand beside ``kept`` (either way round), or ""."""
    if kept.id == item.id:
        return ""
    if (
        kept.kind in SENTENCE_KINDS
        and item.kind in SENTENCE_KINDS
        and kept.sentence_index == item.sentence_index
        and item.sentence_index >= 0
    ):
        return SHARED_SENTENCE
    if "truefalse" in (kept.kind, item.kind) and _context_of(kept, item):
        return SHARED_SENTENCE
    if {s.lower() for s in secrets(kept)} & {s.lower() for s in secrets(item)}:
        return SAME_ANSWER
    if any(occurs_as_stem(s, text) for s in secrets(kept) for text in printed(item)):
        return LEAK
    if any(occurs_as_stem(s, text) for s in secrets(item) for text in printed(kept)):
        return LEAK
    return ""


def printed(item: Item) -> tuple[str, ...]:
    """What the learner reads on the item before answering: the prompt, the hint (a
    cloze shows its lemma) and every option. Its own answer is among the options, and
    may be another item's answer too: the choice "efter [...] onsdag" offers "dommen",
    which the card "dom -> bestemt ental?" asks for."""
    return (item.prompt, item.hint, *item.choices)


def neighbours(deck: Deck, sentence: int) -> int:
    """Deck items from the sentences either side: to spread items over the text."""
    return sum(1 for i in deck.items if abs(i.sentence_index - sentence) == 1)


def _context_of(kept: Item, item: Item) -> bool:
    """One prints the other's sentence whole as its context: a statement is read off
    its own source sentence."""
    before = str(getattr(item.data, "context", "") or "")
    kept_before = str(getattr(kept.data, "context", "") or "")
    return (bool(before) and before == kept.source) or (
        bool(kept_before) and kept_before == item.source
    )
