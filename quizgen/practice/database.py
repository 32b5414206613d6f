"""The progress database's connection: opening and migrating it, short write
transactions, and sqlite's errors turned into quizgen's.

Every write is one short ``BEGIN IMMEDIATE`` transaction, committed before the
caller goes on, so a killed process loses nothing it reported as saved. WAL mode
and a busy timeout let two terminals practise at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Self

from quizgen.errors import PracticeBusyError, PracticeError
from quizgen.practice.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_S = 10.0
_HINT = "Close other quizgen windows, or move the file away to start afresh."
_READ_ONLY_HINT = "Make the file writable, or set QUIZGEN_HOME to a folder you can write to."


class Database:
    """One connection to the progress database; use it from the thread that opened it."""

    def __init__(self, path: Path, busy_timeout: float = BUSY_TIMEOUT_S) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: transactions are ours (BEGIN IMMEDIATE ... COMMIT).
            self._db = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except (sqlite3.Error, OSError) as error:
            raise PracticeError(
                f"cannot open the progress database {path}: {error}.", _HINT
            ) from error

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        with self._write():
            version = self.schema_version
            if version > SCHEMA_VERSION:
                raise PracticeError(
                    f"the progress database {self.path} was written by a newer quizgen "
                    f"(schema {version}, this one knows {SCHEMA_VERSION}).",
                    "Upgrade quizgen.",
                )
            for number in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[number]:
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number + 1}")

    def check_usable(self) -> None:
        """Raise ``PracticeError`` unless the database is intact and writable, so that the
        practice app refuses at the start rather than failing at the first answer."""
        problem = " ".join(str(self._rows("PRAGMA quick_check(1)")[0][0]).split())
        if problem != "ok":
            raise PracticeError(
                f"the progress database {self.path} is damaged ({problem}).",
                "Move the file away to start afresh.",
            )
        with self._write() as db:  # rewrites one header field with its own value
            db.execute(f"PRAGMA user_version = {self.schema_version}")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self._error("cannot save progress to", error) from error
        try:
            yield self._db
        except BaseException as error:
            self._rollback()
            if isinstance(error, sqlite3.Error):
                raise self._error("could not save progress to", error) from error
            raise
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback()
            raise self._error("could not save progress to", error) from error

    def _rollback(self) -> None:
        # No transaction left to undo when sqlite has rolled it back itself.
        with suppress(sqlite3.Error):
            self._db.execute("ROLLBACK")

    def _error(self, what: str, error: sqlite3.Error) -> PracticeError:
        if "locked" in str(error) or "busy" in str(error):
            return PracticeBusyError(
                f"the progress database {self.path} is busy: another quizgen is saving to it.",
                _HINT,
            )
        hint = _READ_ONLY_HINT if "readonly" in str(error) else _HINT
        return PracticeError(f"{what} the progress database {self.path}: {error}.", hint)

    def _rows(self, sql: str, *params: Any) -> list[sqlite3.Row]:
        try:
            return list(self._db.execute(sql, params))
        except sqlite3.Error as error:
            raise PracticeError(f"cannot read {self.path}: {error}.", _HINT) from error
