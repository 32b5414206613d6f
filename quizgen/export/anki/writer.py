"""Serialise a DeckPackage to ``.apkg`` bytes, entirely in memory.

genanki's own ``Package.write_to_file`` leaves its temporary SQLite file behind
and stores the zip uncompressed; this uses genanki's schema and row writers
(``Package.write_to_db``) with an in-memory database and a compressed zip.
"""

from __future__ import annotations

import io
import itertools
import json
import sqlite3
import zipfile

import genanki

from quizgen.export.anki.deck import DeckPackage


def apkg_bytes(package: DeckPackage, now: float) -> bytes:
    """The ``.apkg`` file. ``now`` (seconds since the epoch) becomes every note's and
    note type's modification time: Anki updates an existing note on re-import only
    when the incoming one is newer, so a later build must pass a later ``now``."""
    connection = sqlite3.connect(":memory:")
    try:
        cursor = connection.cursor()
        ids = itertools.count(int(now * 1000))
        genanki.Package(list(package.decks)).write_to_db(cursor, now, ids)
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
