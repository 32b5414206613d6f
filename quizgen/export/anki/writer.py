"""Serialise a DeckPackage to ``.apkg`` bytes, entirely in memory.

genanki's own ``Package.write_to_file`` leaves its temporary SQLite file behind
and stores the zip uncompressed; this uses genanki's schema and row writers
(``Package.write_to_db``) with an in-memory database and a compressed zip.
Notes and note types then get their modification times from the ledger
(``quizgen.export.anki.ledger``), from a hash of what was written.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import sqlite3
import zipfile

import genanki

from quizgen.export.anki.deck import DeckPackage
from quizgen.export.anki.ledger import Ledger


def apkg_bytes(package: DeckPackage, now: float, ledger: Ledger | None = None) -> bytes:
    """The ``.apkg`` file. A note or note type whose content the ledger has seen
    keeps the time it was first written with; anything new or changed gets ``now``
    (seconds since the epoch), so Anki updates exactly those on re-import. Without
    a ledger everything gets ``now``."""
    connection = sqlite3.connect(":memory:")
    try:
        cursor = connection.cursor()
        ids = itertools.count(int(now * 1000))
        genanki.Package(list(package.decks)).write_to_db(cursor, now, ids)
        _stamp(cursor, ledger or Ledger(), int(now))
        connection.commit()
        database = connection.serialize()
    finally:
        connection.close()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("collection.anki2", database)
        names = sorted(package.media)
        archive.writestr("media", json.dumps({str(i): name for i, name in enumerate(names)}))
        for index, name in enumerate(names):
            archive.writestr(str(index), package.media[name])
    return buffer.getvalue()


def _digest(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _stamp(cursor: sqlite3.Cursor, ledger: Ledger, now: int) -> None:
    """Set every note's and note type's ``mod`` from the ledger."""
    (models_json,) = cursor.execute("select models from col").fetchone()
    models: dict[str, dict[str, object]] = json.loads(models_json)
    notes = cursor.execute("select guid, mid, flds, tags from notes").fetchall()
    hashes = {f"note:{guid}": _digest([mid, flds, tags]) for guid, mid, flds, tags in notes}
    for model_id, model in models.items():
        content = {k: v for k, v in model.items() if k not in ("mod", "usn", "did")}
        hashes[f"notetype:{model_id}"] = _digest(content)
    times = ledger.stamp(hashes, now)
    cursor.executemany(
        "update notes set mod = ? where guid = ?",
        [(times[f"note:{guid}"], guid) for guid, *_ in notes],
    )
    for model_id, model in models.items():
        model["mod"] = times[f"notetype:{model_id}"]
    cursor.execute("update col set models = ?", (json.dumps(models),))
