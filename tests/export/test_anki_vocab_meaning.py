"""Word cards keep the asked form and the meaning apart (review of session 21: a
meaning glued onto the answer, "militærlederen — en slags leder (dansk forklaring)",
made every such card wrong)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from anki_support import S1, SLUG, TITLE, item

from quizgen.config.anki import AnkiConfig
from quizgen.config.anki_templates import NOTE_FIELDS
from quizgen.export.anki import MODEL_IDS, DeckSource, write_deck
from quizgen.export.anki.fields import note_fields
from quizgen.export.csv_export import back_text
from quizgen.generate.kinds.vocab import VOCAB, VocabData, meaning_line
from quizgen.items import Item

FORM_CARD = item(
    "vocab",
    S1,
    "lommen",
    prompt="lomme (substantiv, fælleskøn: en lomme) → bestemt ental?",
    lemma="lomme",
    data=VocabData(pos="NOUN", gloss="sæk", gloss_source="synonym", asked="lommen"),
)
MEANING_CARD = item(
    "vocab",
    S1,
    "sidste",
    prompt="sidst (adjektiv) → betydning?",
    lemma="sidst",
    data=VocabData(pos="ADJ", gloss="sidste", gloss_source="synonym"),
)


def _fields(card: Item) -> dict[str, str]:
    return dict(zip(NOTE_FIELDS["vocab"], note_fields(card, TITLE), strict=True))


def test_anki_vocab_meaning_back_is_the_asked_form_alone() -> None:
    fields = _fields(FORM_CARD)
    assert fields["Back"] == "lommen"
    assert fields["Meaning"].startswith("sæk ") and "dansk synonym" in fields["Meaning"]
    assert meaning_line(FORM_CARD) == "sæk (dansk synonym)"


def test_anki_vocab_meaning_card_that_asks_the_meaning_answers_with_it() -> None:
    fields = _fields(MEANING_CARD)
    assert fields["Back"] == ""  # the template shows the Meaning field as the answer
    assert fields["Meaning"].startswith("sidste")
    assert meaning_line(MEANING_CARD) == ""  # no second line repeating the answer


def test_anki_vocab_meaning_note_type_is_unchanged() -> None:
    # re-import must update the learner's notes, never add a second note type
    assert MODEL_IDS["vocab"] == 2076318940
    assert NOTE_FIELDS["vocab"] == (
        "Front", "Back", "Meaning", "Grammar", "Audio", "Source", "Article", "Reverse",
    )  # fmt: skip


def test_anki_vocab_meaning_csv_back_has_the_meaning_on_its_own_line() -> None:
    answer, meaning, *_ = back_text(FORM_CARD).split("\n")
    assert (answer, meaning) == ("lommen", "sæk (dansk synonym)")
    assert back_text(MEANING_CARD).split("\n")[0] == "sidste"
    assert VOCAB.meaning(FORM_CARD) == "sæk (dansk synonym)"


def _body(html: str) -> str:
    return re.sub(r"<style>.*?</style>", "", html, flags=re.S)


def test_anki_vocab_meaning_rendered_back_shows_answer_then_meaning(tmp_path: Path) -> None:
    pytest.importorskip("anki")
    from anki_support import import_apkg, new_collection

    col: Any = new_collection(tmp_path / "anki")
    try:
        path = tmp_path / "a.apkg"
        source = DeckSource("a1", TITLE, SLUG, (FORM_CARD, MEANING_CARD))
        write_deck([source], path, AnkiConfig(), now=1_700_000_000.0)
        import_apkg(col, path)
        backs = {
            col.get_card(c).note()["Front"]: _body(col.get_card(c).answer())
            for c in col.find_cards("")
        }
    finally:
        col.close()
    form = backs[FORM_CARD.prompt]
    assert '<div class="qg-answer">lommen</div>' in form
    assert '<div class="qg-meaning">sæk' in form
    meaning = backs[MEANING_CARD.prompt]
    assert '<div class="qg-answer">sidste' in meaning
    assert "qg-meaning" not in meaning
