"""The modification-time ledger: unchanged content keeps its time (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.errors import ExportError
from quizgen.export.anki.ledger import Ledger


def test_anki_ledger_keeps_the_time_of_unchanged_content(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "sub" / "ledger.sqlite3")
    assert ledger.stamp({"a": "1", "b": "2"}, 100) == {"a": 100, "b": 100}
    assert ledger.stamp({"a": "1", "b": "3", "c": "4"}, 200) == {"a": 100, "b": 200, "c": 200}
    assert Ledger(tmp_path / "sub" / "ledger.sqlite3").stamp({"b": "3"}, 300) == {"b": 200}


def test_anki_ledger_changed_content_is_always_newer(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    ledger.stamp({"a": "1"}, 500)
    # A clock that went back, or two builds in the same second, still update the note.
    assert ledger.stamp({"a": "2"}, 400) == {"a": 501}


def test_anki_ledger_without_a_path_remembers_nothing() -> None:
    assert Ledger().stamp({"a": "1"}, 7) == {"a": 7}
    assert Ledger().stamp({"a": "1"}, 8) == {"a": 8}


def test_anki_ledger_unusable_file_is_one_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "ledger.sqlite3"
    broken.write_bytes(b"not a database" * 100)
    with pytest.raises(ExportError, match="Anki ledger"):
        Ledger(broken).stamp({"a": "1"}, 1)
