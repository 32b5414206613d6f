"""Decks imported through the real Anki: counts, rendering, re-import, updates, history."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("anki")

from anki_support import (
    SLUG,
    TITLE,
    counts_by_notetype,
    guids,
    import_apkg,
    new_collection,
    review_first_card,
    sample_items,
    sample_source,
)

from quizgen.config.anki import AnkiConfig
from quizgen.export.anki import MODEL_NAMES, DeckSource, write_deck
from quizgen.export.anki.fields import escape

T0 = 1_700_000_000.0
DECK = f"Dansk::Læsning::{TITLE}"


@pytest.fixture
def col(tmp_path: Path) -> Any:
    collection = new_collection(tmp_path / "anki")
    yield collection
    collection.close()


def _body(rendered: str) -> str:
    """A rendered side without the note type's CSS that Anki puts in front."""
    return rendered.split("</style>", 1)[-1]


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def _deck(tmp_path: Path, name: str, *sources: DeckSource, now: float = T0, **config: Any) -> Path:
    path = tmp_path / name
    write_deck(list(sources) or [sample_source()], path, AnkiConfig(**config), now=now)
    return path


def test_anki_import_counts_notes_and_cards_per_note_type(tmp_path: Path, col: Any) -> None:
    log = import_apkg(col, _deck(tmp_path, "a.apkg"))
    notes, cards = counts_by_notetype(col)
    expected = {MODEL_NAMES[kind]: 2 for kind in MODEL_NAMES}
    assert len(log.new) == 10
    assert dict(notes) == expected
    assert dict(cards) == expected  # reversed word cards are off by default
    assert col.decks.id_for_name(DECK)
    assert col.decks.by_name("Dansk::Læsning")  # parent decks are made by Anki


def test_anki_import_renders_every_card_with_its_source(tmp_path: Path, col: Any) -> None:
    import_apkg(col, _deck(tmp_path, "a.apkg", reversed_vocab=True))
    card_ids = col.find_cards("")
    assert len(card_ids) == 12  # ten notes, two of them with a reversed card
    for card_id in card_ids:
        card = col.get_card(card_id)
        question, answer = card.question(), card.answer()
        note = card.note()
        for side in (question, answer):
            assert _body(side).strip(), f"empty side on {note.note_type()['name']}"
            assert "{{" not in side and "}}" not in side
        assert escape(TITLE) in answer
        # a cloze reveals its sentence in place; a word card marks the word in bold
        assert _text(note["Source"]) in _text(answer)


def test_anki_import_cloze_hides_answer_and_shows_hint(tmp_path: Path, col: Any) -> None:
    import_apkg(col, _deck(tmp_path, "a.apkg"))
    card = col.get_card(col.find_cards('lomme "note:quizgen cloze v1"')[0])
    question = card.question()
    assert "[lomme]" in question  # the hint, in Anki's [hint] gap
    assert ">lomme<" not in question
    assert '<span class="cloze" data-ordinal="1">lomme</span>' in card.answer()


def test_anki_import_choice_marks_the_right_option_on_the_back(tmp_path: Path, col: Any) -> None:
    import_apkg(col, _deck(tmp_path, "a.apkg"))
    card = col.get_card(col.find_cards('Hvilket "note:quizgen choice v1"')[0])
    assert "Ritzau" in card.question() and "qg-right" not in _body(card.question())
    assert '<li class="qg-right">Reuters' in card.answer()


def test_anki_import_twice_adds_nothing(tmp_path: Path, col: Any) -> None:
    path = _deck(tmp_path, "a.apkg")
    import_apkg(col, path)
    before = (col.note_count(), col.card_count())
    log = import_apkg(col, path)
    assert len(log.new) == 0 and len(log.conflicting) == 0
    assert (col.note_count(), col.card_count()) == before


def test_anki_import_rebuild_keeps_every_guid(tmp_path: Path, col: Any) -> None:
    import_apkg(col, _deck(tmp_path, "a.apkg", now=T0))
    first = guids(col)
    log = import_apkg(col, _deck(tmp_path, "b.apkg", now=T0 + 3600))
    assert len(log.new) == 0 and len(log.conflicting) == 0
    assert guids(col) == first and len(first) == 10


def _changed(items: tuple[Any, ...]) -> tuple[Any, ...]:
    """The same items, with the first question reworded (same id, new text)."""
    changed = list(items)
    index = next(i for i, it in enumerate(items) if it.kind == "question")
    changed[index] = dataclasses.replace(items[index], prompt="Hvem siger det til Reuters?")
    return tuple(changed)


def test_anki_import_changed_item_updates_note_and_keeps_reviews(tmp_path: Path, col: Any) -> None:
    import_apkg(col, _deck(tmp_path, "a.apkg", now=T0))
    reviewed = [review_first_card(col, DECK) for _ in range(3)]
    history = col.db.all("select id, cid, ease, ivl from revlog order by id")
    assert len(history) == 3
    note_id = col.find_notes('Hvem "note:quizgen question v1"')[0]
    old_mod = col.get_note(note_id).mod

    rebuilt = sample_source(_changed(sample_items()))
    log = import_apkg(col, _deck(tmp_path, "b.apkg", rebuilt, now=T0 + 3600))

    note = col.get_note(note_id)
    assert note["Question"] == "Hvem siger det til Reuters?"
    assert note.mod > old_mod
    assert len(log.new) == 0 and col.note_count() == 10
    assert col.db.all("select id, cid, ease, ivl from revlog order by id") == history
    for card_id in reviewed:
        assert col.get_card(card_id).reps >= 1  # the cards kept their scheduling


def test_anki_import_older_build_does_not_overwrite_newer_notes(tmp_path: Path, col: Any) -> None:
    import_apkg(col, _deck(tmp_path, "new.apkg", sample_source(_changed(sample_items())), now=T0))
    import_apkg(col, _deck(tmp_path, "old.apkg", now=T0 - 3600))
    assert col.find_notes('"Question:Hvem siger det til Reuters?"')


def test_anki_import_turning_on_reversed_cards_adds_them_and_keeps_reviews(
    tmp_path: Path, col: Any
) -> None:
    import_apkg(col, _deck(tmp_path, "a.apkg", now=T0))
    review_first_card(col, DECK)
    log = import_apkg(col, _deck(tmp_path, "b.apkg", now=T0 + 60, reversed_vocab=True))
    assert len(log.new) == 0 and len(log.conflicting) == 0
    notes, cards = counts_by_notetype(col)
    assert notes[MODEL_NAMES["vocab"]] == 2 and cards[MODEL_NAMES["vocab"]] == 4
    assert col.db.scalar("select count() from revlog") == 1


def test_anki_import_new_css_gets_its_own_note_types(tmp_path: Path, col: Any) -> None:
    # Another look never repaints the default decks' cards (issue 18).
    import_apkg(col, _deck(tmp_path, "a.apkg", now=T0))
    other = DeckSource("b1", "Anden artikel", "anden", sample_items())
    import_apkg(col, _deck(tmp_path, "b.apkg", other, now=T0 + 60, css=".card { color: teal; }"))
    card = col.get_card(col.find_cards(f'"deck:{DECK}" "note:quizgen truefalse v1"')[0])
    assert "color: teal" not in card.question()
    teal = col.find_cards('"deck:Dansk::Læsning::Anden artikel" "note:quizgen truefalse v1 · *"')
    assert teal and "color: teal" in col.get_card(teal[0]).question()
    assert col.note_count() == 20


def test_anki_import_combined_package_makes_subdecks(tmp_path: Path, col: Any) -> None:
    items = sample_items()
    first = DeckSource("a1", "Første artikel", "forste", items[:5])
    second = DeckSource("a2", "Anden artikel", "anden", items[5:])
    import_apkg(col, _deck(tmp_path, "both.apkg", first, second))
    assert len(col.find_notes('"deck:Dansk::Læsning::Første artikel"')) == 5
    assert len(col.find_notes('"deck:Dansk::Læsning::Anden artikel"')) == 5
    assert len(col.find_notes("tag:article::anden")) == 5


def test_anki_import_tags_name_kind_level_class_entity_and_article(
    tmp_path: Path, col: Any
) -> None:
    import_apkg(col, _deck(tmp_path, "a.apkg"))
    assert len(col.find_notes("tag:kind::cloze")) == 2
    assert len(col.find_notes("tag:level::B1")) == 2
    assert len(col.find_notes("tag:pos::NOUN")) == 2
    assert len(col.find_notes("tag:ent::ORG")) == 1
    assert len(col.find_notes("tag:ent::PER")) == 1
    assert len(col.find_notes(f"tag:article::{SLUG}")) == 10
    assert len(col.find_notes("tag:how_many")) == 1
