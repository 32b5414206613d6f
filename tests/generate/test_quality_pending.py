"""Pending candidates (``Candidate.complete``): selection completes only what it would
keep, and keeps exactly what it keeps when every candidate is completed first."""

from __future__ import annotations

import dataclasses

from quizgen.generate.context import Candidate
from quizgen.generate.deck import Deck
from quizgen.generate.quality import UNFINISHED, select
from quizgen.items import CLOZE_GAP, Item
from quizgen.lang.da import DANISH


def _choice(id_: str, sentence: int, answer: str, options: tuple[str, ...] = ()) -> Item:
    prompt = f"Holdet i sætning {sentence} trænede i {CLOZE_GAP}."
    return Item(id_, "choice", prompt, answer, "Kilden.", choices=options, sentence_index=sentence)


def _pending(
    item: Item, score: float, options: tuple[str, ...] | None, calls: list[str]
) -> Candidate:
    """A candidate whose options come when completed; None: they cannot be made."""

    def complete() -> Item | None:
        calls.append(item.id)
        return None if options is None else dataclasses.replace(item, choices=options)

    return Candidate(item, score, item.answer, "word", complete=complete)


def _whole(candidates: list[Candidate]) -> list[Candidate]:
    """Every candidate completed first, as generation did before options were lazy."""
    out = []
    for c in candidates:
        item = c.complete() if c.complete is not None else c.item
        if item is not None:
            out.append(dataclasses.replace(c, item=item, complete=None))
    return out


def _four(answer: str) -> tuple[str, str, str, str]:
    return (answer, "salen", "parken", "skoven")


def _mixed(calls: list[str]) -> list[Candidate]:
    return [
        _pending(_choice("a", 1, "hallen"), 0.9, _four("hallen"), calls),
        _pending(_choice("b", 2, "banen"), 0.95, None, calls),  # no options: dropped
        # Its options print "hallen", the answer of the better "a": only whole it clashes.
        _pending(_choice("c", 3, "byen"), 0.8, ("byen", "hallen", "gaden", "torvet"), calls),
        _pending(_choice("d", 4, "haven"), 0.7, _four("haven"), calls),
        # Two candidates with one id: the first has no options, so the second is no
        # duplicate of it.
        _pending(_choice("e", 5, "kirken"), 0.85, None, calls),
        Candidate(_choice("e", 5, "kirken", _four("kirken")), 0.6, "kirken", "word"),
        Candidate(_choice("f", 6, "skolen", _four("skolen")), 0.75, "skolen", "question"),
        _pending(_choice("g", 7, "stranden"), 0.65, _four("stranden"), calls),
    ]


def test_quality_pending_candidates_keep_what_whole_ones_keep() -> None:
    kept_before = Item("k", "cloze", f"Alle gik mod {CLOZE_GAP}.", "torvet", "x", sentence_index=9)
    for deck in (Deck(), Deck().with_item(kept_before)):
        for count in range(1, 8):
            calls: list[str] = []
            lazy, _, lazy_deck = select(_mixed(calls), count, 1, DANISH, deck)
            whole, _, whole_deck = select(_whole(_mixed([])), count, 1, DANISH, deck)
            assert [c.item for c in lazy] == [c.item for c in whole], (count, deck)
            assert lazy_deck == whole_deck
            assert all(c.complete is None for c in lazy)


def test_quality_pending_candidates_are_completed_only_when_best() -> None:
    calls: list[str] = []
    kept, dropped, _ = select(_mixed(calls), 2, 1, DANISH)
    assert [c.item.id for c in kept] == ["a", "f"]
    # "e" is completed at once (its id is shared), "b" when it is the best one left;
    # neither the clashing "c" nor "d" and "g" are ever wanted.
    assert calls == ["e", "b", "a"]
    assert dropped[UNFINISHED] == 2
    assert kept[0].item.choices == ("hallen", "salen", "parken", "skoven")
