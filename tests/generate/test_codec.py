"""One Item codec: today's JSON round-trips exactly, and items and progress
databases written before item data was typed still read."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from anki_support import hostile_items, sample_items
from practice_fixtures import (
    CLOZE_HOUSE,
    DECK,
    ITEMS,
    NOW,
    TRUEFALSE,
    VOCAB_COLD,
    VOCAB_HOUSE,
    VOCAB_NEIGHBOUR,
)

from quizgen.generate.codec import ITEM_SCHEMA, dumps, item_from_json, item_to_json, loads
from quizgen.generate.kinds.cloze import ClozeData
from quizgen.generate.kinds.question import QuestionData
from quizgen.generate.kinds.vocab import VocabData
from quizgen.items import Item
from quizgen.practice.schema import MIGRATIONS
from quizgen.practice.store import Store, timestamp

# Each fixture item's ``extra`` as quizgen wrote it before item data was typed.
OLD_EXTRA: dict[str, dict[str, str]] = {
    CLOZE_HOUSE.id: {"forms": "hus, huset, huse, husene"},
    VOCAB_COLD.id: {"lemma": "kold", "pos": "ADJ", "forms": "kold, koldt, kolde", "gloss": "cold",
                    "example": VOCAB_COLD.source},
    VOCAB_NEIGHBOUR.id: {"lemma": "nabo", "pos": "NOUN", "gender": "common", "article": "en",
                         "forms": "en nabo, naboen, naboer, naboerne", "gloss": "neighbour",
                         "example": VOCAB_NEIGHBOUR.source},
    TRUEFALSE.id: {"feedback": TRUEFALSE.source, "changed": "et hospital → en skole"},
    VOCAB_HOUSE.id: {"lemma": "hus", "pos": "NOUN", "word_class": "substantiv",
                     "gender": "neuter", "article": "et",
                     "forms": "huset (bestemt ental); huse (flertal)",
                     "example": VOCAB_HOUSE.source.replace("huset", "**huset**"),
                     "gloss": "house", "level": "A1"},
}  # fmt: skip


def old_json(item: Item) -> dict[str, Any]:
    """An item as the old encoders wrote it: every field, and ``extra`` for the data."""
    data: dict[str, Any] = {
        "id": item.id, "kind": item.kind, "prompt": item.prompt, "answer": item.answer,
        "source": item.source, "article_id": item.article_id, "accepted": list(item.accepted),
        "choices": list(item.choices), "asks": item.asks, "level": item.level,
        "tags": list(item.tags), "hint": item.hint, "answer_start": item.answer_start,
        "lemma": item.lemma, "sentence_index": item.sentence_index,
    }  # fmt: skip
    data["extra"] = OLD_EXTRA.get(item.id, {})
    return data


def _normalised(item: Item) -> Item:
    """Old items without extra read as their kind's empty data; the fixtures have None."""
    import dataclasses

    from quizgen.generate.kinds import kind_spec

    return dataclasses.replace(item, data=kind_spec(item.kind).data(item))


def test_codec_round_trips_every_kind_exactly() -> None:
    for item in (*ITEMS, *sample_items(), *hostile_items()):
        document = item_to_json(item)
        assert document["schema"] == ITEM_SCHEMA
        assert item_from_json(json.loads(json.dumps(document))) == item
        assert loads(dumps(item)) == item


def test_codec_writes_typed_data_not_extra() -> None:
    document = item_to_json(VOCAB_HOUSE)
    assert "extra" not in document
    assert document["data"]["gender"] == "neuter" and document["lemma"] == "hus"


def test_codec_reads_an_old_item() -> None:
    old = {
        "id": "x1", "kind": "vocab", "prompt": "lomme (substantiv)", "answer": "pocket",
        "source": "En lomme.", "article_id": "a", "accepted": [], "choices": [], "asks": "",
        "level": "B1", "tags": ["vocab", "noun"], "hint": "", "answer_start": -1,
        "lemma": "", "sentence_index": 0,
        "extra": {"lemma": "lomme", "pos": "NOUN", "gender": "common", "article": "en",
                  "example": "En **lomme**.", "level": "B1", "ent_type": "MISC"},
    }  # fmt: skip
    item = item_from_json(old)
    assert item.lemma == "lomme" and item.tags == ("vocab", "noun")
    assert item.data == VocabData(
        pos="NOUN", gender="common", article="en", example="En **lomme**.", entity="MISC"
    )
    cloze = item_from_json({**old, "kind": "cloze", "extra": {"extra": "note", "entity": "ORG"}})
    assert cloze.data == ClozeData(note="note", entity="ORG")
    question = item_from_json({**old, "kind": "question", "extra": {}})
    assert question.data == QuestionData()


def test_codec_unknown_kind_and_newer_keys_still_read() -> None:
    newer = {**item_to_json(CLOZE_HOUSE), "kind": "future", "difficulty": 3}
    item = item_from_json(newer)
    assert item.kind == "future" and item.data is None and item.prompt == CLOZE_HOUSE.prompt


def _old_database(path: Path) -> None:
    """A progress database as the old quizgen left it: schema 1, items in old JSON."""
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")  # schema 1: later migrations run on opening
    stamp = timestamp(NOW)
    db.execute("INSERT INTO decks VALUES (?, ?, ?, ?, ?, ?)",
               (DECK.id, DECK.title, DECK.origin, DECK.text, stamp, stamp))  # fmt: skip
    for position, item in enumerate(ITEMS):
        text = json.dumps(old_json(item), ensure_ascii=False, sort_keys=True)
        db.execute("INSERT INTO items VALUES (?, ?, ?, ?, ?, 1)",
                   (item.id, DECK.id, position, item.kind, text))  # fmt: skip
    db.commit()
    db.close()


def test_codec_old_progress_database_still_loads(tmp_path: Path) -> None:
    _old_database(tmp_path / "old.db")
    with Store(tmp_path / "old.db") as store:
        assert store.items(DECK.id) == [_normalised(i) for i in ITEMS]
        store.save_deck(DECK, ITEMS, NOW)  # a rebuild writes today's format
        assert store.items(DECK.id) == list(ITEMS)
