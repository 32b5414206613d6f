"""When each note and note type last changed, so an unchanged one keeps its time.

Anki's import (by default) updates a note or note type only when the incoming
one's modification time is newer than the one in the collection. Stamping every
build with the build time would overwrite, on every re-import, what a learner
did to a note (a mnemonic in a field, their own tags, a tweaked template). The
ledger remembers, per note GUID and note type id, a hash of the content and the
time that content was first written: unchanged content goes out with its old
time and Anki leaves the learner's copy alone; changed content gets a newer time
and Anki updates it, keeping its review history.

It lives in ``$QUIZGEN_HOME`` (``anki-ledger.sqlite3``). Without it (a fresh
machine, or a ledger deleted) every note counts as changed once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from quizgen.errors import ExportError

_SCHEMA = (
    "create table if not exists mods "
    "(key text primary key, hash text not null, mod integer not null)"
)


@dataclass(frozen=True)
class Ledger:
    """The modification-time ledger at ``path``; ``None`` remembers nothing."""

    path: Path | None = None

    def stamp(self, hashes: Mapping[str, str], now: int) -> dict[str, int]:
        """Key -> modification time: the remembered time when the content hash is
        the remembered one, else ``now`` (at least one second later than any time
        remembered for the key), which is remembered from then on."""
        if self.path is None:
            return dict.fromkeys(hashes, now)
        try:
            return self._stamp(self.path, hashes, now)
        except (OSError, sqlite3.Error) as error:
            raise ExportError(
                f"cannot use the Anki ledger {self.path} ({error})",
                "Check the folder's permissions, or delete the file "
                "(the next import then updates every note once).",
            ) from error

    @staticmethod
    def _stamp(path: Path, hashes: Mapping[str, str], now: int) -> dict[str, int]:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=30, isolation_level=None)
        try:
            connection.execute(_SCHEMA)
            # Two builds at once must not both think a note is new.
            connection.execute("begin immediate")
            known = _known(connection, list(hashes))
            times: dict[str, int] = {}
            changed: list[tuple[str, str, int]] = []
            for key, digest in hashes.items():
                old = known.get(key)
                if old is not None and old[0] == digest:
                    times[key] = old[1]
                    continue
                times[key] = now if old is None else max(now, old[1] + 1)
                changed.append((key, digest, times[key]))
            connection.executemany("insert or replace into mods values (?, ?, ?)", changed)
            connection.execute("commit")
            return times
        finally:
            connection.close()


def _known(connection: sqlite3.Connection, keys: list[str]) -> dict[str, tuple[str, int]]:
    known: dict[str, tuple[str, int]] = {}
    for start in range(0, len(keys), 500):  # SQLite limits a statement's parameters
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = connection.execute(f"select key, hash, mod from mods where key in ({marks})", chunk)
        known.update({key: (digest, int(mod)) for key, digest, mod in rows})
    return known
