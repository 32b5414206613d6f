"""Refactors keep behaviour: the same analysis, items, ids and Anki GUIDs as recorded."""

from __future__ import annotations

from typing import Any

import pytest

from tests.golden import ARTICLES, current_documents, golden_documents


@pytest.fixture(scope="module")
def documents() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    return current_documents(), golden_documents()


@pytest.mark.parametrize("name", list(ARTICLES))
def test_golden_inspect_json_is_unchanged(
    name: str, documents: tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]
) -> None:
    current, golden = documents
    for key in sorted(golden[name].keys() | current[name].keys()):
        assert current[name].get(key) == golden[name].get(key), f"{name}: '{key}' changed"
