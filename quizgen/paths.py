"""Where quizgen keeps its progress database and caches."""

from __future__ import annotations

import os
from pathlib import Path


def quizgen_home() -> Path:
    """``$QUIZGEN_HOME`` when set, otherwise the platform's user data directory."""
    explicit = os.environ.get("QUIZGEN_HOME")
    if explicit:
        return Path(explicit).expanduser()
    from platformdirs import user_data_path

    return user_data_path("quizgen", appauthor=False)


def progress_db_path() -> Path:
    return quizgen_home() / "progress.sqlite3"


def anki_ledger_path() -> Path:
    """When each Anki note last changed (quizgen.export.anki.ledger)."""
    return quizgen_home() / "anki-ledger.sqlite3"
