"""The vocabulary of a deck, for the reading screen: which words to highlight in the
article, and the card to show for each."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.items import Item
from quizgen.practice.answers import known_forms, normalize

_WORD = re.compile(r"\w+(?:-\w+)*")


@dataclass(frozen=True, slots=True)
class VocabEntry:
    """One word card: what the reading screen shows when its word is selected."""

    item_id: str
    lemma: str
    pos: str = ""  # UPOS
    word_class: str = ""  # the generator's wording, e.g. "substantiv"
    gloss: str = ""
    gender: str = ""
    article: str = ""  # en / et for nouns
    forms: str = ""
    example: str = ""
    level: str = ""


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A vocabulary word in the article text: ``text[start:end]`` is entry ``entry``."""

    start: int
    end: int
    entry: int  # index into the entries list


def vocabulary(items: Sequence[Item]) -> list[VocabEntry]:
    """Every vocab item of a deck as a card, in deck order."""
    entries = []
    for item in items:
        if item.kind != "vocab":
            continue
        extra = item.extra
        entries.append(VocabEntry(
            item_id=item.id, lemma=extra.get("lemma") or item.lemma or item.answer,
            pos=extra.get("pos", ""), word_class=extra.get("word_class", ""),
            gloss=extra.get("gloss", ""),
            gender=extra.get("gender", ""), article=extra.get("article", ""),
            forms=extra.get("forms", ""), example=extra.get("example", "") or item.source,
            level=item.level,
        ))
    return entries


def occurrences(text: str, items: Sequence[Item]) -> list[Occurrence]:
    """Where the deck's vocabulary appears in ``text`` (any listed form), in text order."""
    vocab_items = [item for item in items if item.kind == "vocab"]
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
