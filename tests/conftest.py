"""Shared by every test folder (one folder per layer of the package, as in the README).

Builders the tests share live beside this file (``analysis_builders``, ``anki_support``,
``practice_fixtures``, ``corpus_cases``, ``golden``); pyproject's ``pythonpath`` makes
them importable by name from every folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _quizgen_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Progress, caches and the Anki ledger go to a fresh folder per test, never to the
    real user data folder: a test must not read or change a learner's progress."""
    home = tmp_path_factory.mktemp("quizgen-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QUIZGEN_HOME", str(home))
        yield home
