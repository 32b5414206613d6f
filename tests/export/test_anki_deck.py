"""Deck building without Anki: ids, GUIDs, names, tags, fields, file names, writing."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
from anki_support import TITLE, cloze, item, sample_items, sample_source

from quizgen.config.anki import AnkiConfig
from quizgen.config.anki_templates import NOTE_FIELDS
from quizgen.errors import ExportError
from quizgen.export.anki import MODEL_IDS, MODEL_NAMES, DeckSource, deck_filename, write_deck
from quizgen.export.anki.deck import build_package, deck_id, deck_name, note_guid
from quizgen.export.anki.fields import (
    cloze_text,
    escape,
    marked_source,
    note_fields,
)
from quizgen.export.anki.tags import note_tags, sanitize_tag
from quizgen.export.anki.writer import apkg_bytes
from quizgen.generate.kinds.question import QuestionData
from quizgen.generate.kinds.truefalse import TrueFalseData
from quizgen.generate.kinds.vocab import VOCAB, VocabData, grammar_line


def _notes(data: bytes) -> list[tuple[str, int, int, str, str]]:
    """(guid, note type id, mod, tags, fields) of every note in an .apkg."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        database = archive.read("collection.anki2")
    connection = sqlite3.connect(":memory:")
    connection.deserialize(database)
    rows = connection.execute("select guid, mid, mod, tags, flds from notes order by id").fetchall()
    connection.close()
    return rows


def test_anki_deck_model_ids_are_fixed_forever() -> None:
    # Changing one breaks every learner's re-import: bump the name version instead,
    # and only when the fields change.
    assert MODEL_IDS == {
        "cloze": 1098128874,
        "vocab": 2076318940,
        "question": 1664730344,
        "choice": 1669972021,
        "truefalse": 2025972998,
    }
    assert MODEL_NAMES["cloze"] == "quizgen cloze v1"


def test_anki_deck_cloze_model_is_a_real_cloze_note_type() -> None:
    from quizgen.export.anki.models import build_models

    models = build_models(AnkiConfig())
    assert models["cloze"].model_type == models["cloze"].CLOZE
    assert all(models[k].model_type == models[k].FRONT_BACK for k in MODEL_IDS if k != "cloze")


def test_anki_deck_ids_and_guids_are_stable_and_in_range() -> None:
    name = deck_name(sample_source(), AnkiConfig().deck_name)
    assert name == f"Dansk::Læsning::{TITLE}"
    assert deck_id(name) == deck_id(name)
    assert deck_id(name) != deck_id(name + "x")
    assert all(1 << 30 <= deck_id(n) < 1 << 31 for n in (name, "", "a" * 1000))
    identity = sample_source().identity
    first = next(i for i in sample_items() if i.asks)
    # What is asked is ``asks`` and the answer: a reworded question is the same card.
    reworded = dataclasses.replace(first, prompt="Noget andet", hint="ny", level="C2")
    assert note_guid(identity, first) == note_guid(identity, reworded)
    assert len({note_guid(identity, i) for i in sample_items()}) == len(sample_items())


def test_anki_deck_rebuild_gives_identical_notes_but_later_mod() -> None:
    package = build_package([sample_source()], AnkiConfig())
    first, second = _notes(apkg_bytes(package, 1000.0)), _notes(apkg_bytes(package, 2000.0))
    assert [r[:2] + r[3:] for r in first] == [r[:2] + r[3:] for r in second]
    assert {r[2] for r in first} == {1000} and {r[2] for r in second} == {2000}


def test_anki_deck_name_pattern_and_unsafe_titles() -> None:
    source = DeckSource("id1", ' Krig::fred <b>"nu"</b>\n ', "krig", ())
    assert deck_name(source, "Dansk::{title}") == "Dansk::Krig:fred b nu /b"
    assert deck_name(source, "Læsning::{slug}::{article_id}") == "Læsning::krig::id1"
    assert deck_name(DeckSource("x", "  ", "slug", ()), "D::{title}") == "D::slug"


def test_anki_deck_duplicate_item_ids_become_one_note() -> None:
    items = sample_items()
    package = build_package([sample_source(items + items[:2])], AnkiConfig())
    assert sum(package.notes_by_kind.values()) == 10
    assert package.duplicates_skipped == 2


def test_anki_deck_counts_cards_with_reversed_vocab() -> None:
    plain = build_package([sample_source()], AnkiConfig())
    both = build_package([sample_source()], AnkiConfig(reversed_vocab=True))
    assert (plain.cards, both.cards) == (10, 12)


def test_anki_deck_tags_have_no_spaces_and_name_everything() -> None:
    rich = item(
        "question",
        "S.",
        "A",
        level="B2",
        tags=("how many", 'a"b', "x\ty"),
        data=QuestionData(pos="PROPN", entity="LOC"),
    )
    tags = note_tags(rich, "min artikel")
    assert tags == [
        "quizgen",
        "kind::question",
        "level::B2",
        "pos::PROPN",
        "ent::LOC",
        "article::min_artikel",
        "how_many",
        "ab",
        "x_y",
    ]
    assert sanitize_tag("  ") == ""


def test_anki_deck_escape_neutralises_html_and_anki_syntax() -> None:
    text = "<b onclick=\"x\">{{c1::a}}</b> [sound:x.mp3] \\(y\\) & 'q'"
    escaped = escape(text)
    for forbidden in ("<", ">", '"', "'", "{", "}", "[", "]", "\\"):
        assert forbidden not in escaped
    import html

    assert html.unescape(escaped) == text


def test_anki_deck_cloze_text_uses_answer_start_and_hint() -> None:
    source = "Han så en hund, og hunden så ham."
    gap = dataclasses.replace(cloze(source, "hunden"), hint="hund: bestemt")
    assert cloze_text(gap) == "Han så en hund, og {{c1::hunden::hund&#58; bestemt}} så ham."
    # a wrong offset falls back to finding the answer in the sentence
    moved = dataclasses.replace(gap, answer_start=2, hint="")
    assert cloze_text(moved) == "Han så en hund, og {{c1::hunden}} så ham."


def test_anki_deck_cloze_text_escapes_around_the_deletion() -> None:
    source = "Skriv {{x}} og <i>::</i> her."
    gap = cloze(source, "og")
    assert cloze_text(gap) == (
        "Skriv &#123;&#123;x&#125;&#125; {{c1::og}} &lt;i&gt;::&lt;/i&gt; her."
    )


def test_anki_deck_cloze_without_answer_or_gap_is_a_clear_error() -> None:
    broken = item("cloze", "En sætning.", "mangler", prompt="En sætning.")
    with pytest.raises(ExportError, match="no gap"):
        cloze_text(broken)
    gap_only = item("cloze", "En sætning.", "ord", prompt="En [...] sætning.")
    assert cloze_text(gap_only) == "En {{c1::ord}} sætning."


def test_anki_deck_every_note_shows_source_and_title() -> None:
    for it in sample_items():
        fields = [re.sub(r"</?b>", "", field) for field in note_fields(it, TITLE)]
        assert escape(it.source) in fields and escape(TITLE) in fields


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Byen Baghouz: i det østlige Syrien?", "Byen_Baghouz_i_det_østlige_Syrien.apkg"),
        ("CON", "CON_deck.apkg"),
        ("nul.txt", "nul.txt_deck.apkg"),
        ("   ", "deck.apkg"),
        ("../../etc/passwd", "etc_passwd.apkg"),
        ("-rf *", "rf.apkg"),
        ("a\x00b\nc\u200bd", "a_b_c_d.apkg"),
        ("Byen Baghouz er den sidste lomme…", "Byen_Baghouz_er_den_sidste_lomme.apkg"),
    ],
)
def test_anki_deck_filename_is_safe(title: str, expected: str) -> None:
    assert deck_filename(title) == expected


def test_anki_deck_filename_is_cut_to_a_safe_length() -> None:
    name = deck_filename("ø" * 300)
    assert len(name.encode("utf-8")) <= 205 and name.endswith(".apkg")
    long_words = deck_filename(" ".join(["ordet"] * 40))
    assert len(long_words) <= 85 and long_words.endswith("ordet.apkg")


def test_anki_deck_write_is_atomic_and_reports_counts(tmp_path: Path) -> None:
    path = tmp_path / "out" / "deck.apkg"
    summary = write_deck([sample_source()], path, AnkiConfig(), now=1000.0)
    assert summary.notes == 10 and summary.cards == 10
    assert summary.notes_by_kind == {k: 2 for k in MODEL_IDS}
    assert summary.size_bytes == path.stat().st_size
    assert summary.deck_names == (f"Dansk::Læsning::{TITLE}",)
    with zipfile.ZipFile(path) as archive:
        assert json.loads(archive.read("media")) == {}
    assert [p.name for p in path.parent.iterdir()] == ["deck.apkg"]


def test_anki_deck_write_failure_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError, match="cannot write"):
        write_deck([sample_source()], blocker / "deck.apkg", AnkiConfig())
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_anki_deck_vocab_grammar_names_the_word_class_in_danish() -> None:
    vocab = next(i for i in sample_items() if i.kind == "vocab")
    fields = dict(zip(NOTE_FIELDS["vocab"], note_fields(vocab, TITLE), strict=True))
    assert fields["Grammar"] == "substantiv · fælleskøn · lommen, lommer, lommerne"
    assert fields["Reverse"] == "" and fields["Audio"] == ""
    reversed_fields = note_fields(vocab, TITLE, reverse=True, audio_tag="[sound:x.wav]")
    assert reversed_fields[-1] == "y" and "[sound:x.wav]" in reversed_fields


def test_anki_deck_without_items_writes_an_empty_package(tmp_path: Path) -> None:
    empty = DeckSource("e", "Tom artikel", "tom", ())
    summary = write_deck([empty], tmp_path / "empty.apkg", AnkiConfig())
    assert summary.notes == 0 and summary.deck_names == ()
    assert _notes((tmp_path / "empty.apkg").read_bytes()) == []
    summary = write_deck([empty, sample_source()], tmp_path / "deck.apkg", AnkiConfig())
    assert summary.deck_names == (f"Dansk::Læsning::{TITLE}",)


def test_anki_deck_vocab_source_marks_the_word_only_when_it_matches() -> None:
    vocab = next(i for i in sample_items() if i.kind == "vocab")
    assert "den sidste <b>lomme</b> af land" in marked_source(vocab)
    stale = dataclasses.replace(
        vocab, data=dataclasses.replace(VOCAB.data(vocab), example="Andet **ord** her.")
    )
    assert marked_source(stale) == escape(vocab.source)
    hostile = dataclasses.replace(
        vocab, source="<i>x</i> y", data=VocabData(example="<i>x</i> **y**")
    )
    assert marked_source(hostile) == "&lt;i&gt;x&lt;/i&gt; <b>y</b>"


def test_anki_deck_feedback_never_repeats_the_source() -> None:
    statement = item(
        "truefalse",
        "Ifølge Reuters er det slut.",
        "falsk",
        prompt="Ifølge AP er det slut.",
        data=TrueFalseData(feedback="Ifølge Reuters er det slut.", changed="Reuters → AP"),
    )
    fields = dict(zip(NOTE_FIELDS["truefalse"], note_fields(statement, TITLE), strict=True))
    assert fields["Feedback"] == "I artiklen står der Reuters, ikke AP."
    assert fields["Answer"] == "Falsk"


def test_anki_deck_reversed_card_needs_a_meaning() -> None:
    vocab = next(i for i in sample_items() if i.kind == "vocab")
    no_gloss = dataclasses.replace(vocab, lemma="lomme", data=VocabData())
    assert note_fields(vocab, TITLE, reverse=True)[-1] == "y"
    assert note_fields(no_gloss, TITLE, reverse=True)[-1] == ""


def test_anki_deck_grammar_leaves_out_what_the_card_already_says() -> None:
    vocab = item(
        "vocab",
        "Han har kontrol over byen.",
        "kontrol (ubestemt ental)",
        prompt="kontrol (substantiv, fælleskøn: en kontrol)",
        data=VocabData(
            pos="NOUN",
            word_class="substantiv",
            gender="common",
            forms="kontrol (ubestemt ental)",
        ),
    )
    assert grammar_line(vocab) == ""
    assert grammar_line(dataclasses.replace(vocab, prompt="kontrol")) == "substantiv · fælleskøn"
