"""The vocabulary of a deck, for the reading screen: which words to highlight in the
article, and the card to show for each."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.generate.kinds import WordCard, kind_spec
from quizgen.items import Item
from quizgen.practice.answers import known_forms, normalize

_WORD = re.compile(r"\w+(?:-\w+)*")


# One word card: what the reading screen shows when its word is selected.
VocabEntry = WordCard


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A vocabulary word in the article text: ``text[start:end]`` is entry ``entry``."""

    start: int
    end: int
    entry: int  # index into the entries list


def vocabulary(items: Sequence[Item]) -> list[VocabEntry]:
    """Every word card of a deck, in deck order."""
    cards = (kind_spec(item.kind).word_card(item) for item in items)
    return [card for card in cards if card is not None]


def occurrences(text: str, items: Sequence[Item]) -> list[Occurrence]:
    """Where the deck's vocabulary appears in ``text`` (any listed form), in text order."""
    vocab_items = [item for item in items if kind_spec(item.kind).word_card(item) is not None]
    form_to_entry: dict[str, int] = {}
    for index, item in enumerate(vocab_items):
        forms = set(known_forms(item)) | {normalize(item.answer)}
        for form in forms:
            form_to_entry.setdefault(form, index)
    return [
        Occurrence(m.start(), m.end(), form_to_entry[normalize(m.group())])
        for m in _WORD.finditer(text)
        if normalize(m.group()) in form_to_entry
    ]
