"""One version source: pyproject.toml, read back through the package metadata."""

from __future__ import annotations

import tomllib
from pathlib import Path

import quizgen

ROOT = Path(__file__).resolve().parents[2]


def test_version_comes_from_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert quizgen.__version__ == project["version"]


def test_version_changelog_names_the_current_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{quizgen.__version__}]" in changelog
