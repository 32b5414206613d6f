"""Refactors keep behaviour: the same analysis, items, ids and Anki GUIDs as recorded."""

from __future__ import annotations

from typing import Any

import pytest

from tests.golden import ARTICLES, ROOT, current_documents, golden_documents


@pytest.fixture(scope="module")
def documents() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    return current_documents(), golden_documents()


@pytest.mark.parametrize("name", list(ARTICLES))
def test_golden_inspect_json_is_unchanged(
    name: str, documents: tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]
) -> None:
    current, golden = documents
    for key in sorted(golden[name].keys() | current[name].keys()):
        assert _here(current[name].get(key)) == _here(golden[name].get(key)), (
            f"{name}: '{key}' changed"
        )


def _here(value: Any) -> Any:
    """The article's origin relative to its checkout: the golden files were written in
    another one (``/work/main/seeds/...`` is ``seeds/...`` here too)."""
    if not isinstance(value, dict) or not isinstance(value.get("origin"), str):
        return value
    origin = value["origin"]
    for part in ("/seeds/", "/tests/data/"):
        if part in origin and not origin.startswith(str(ROOT) + "/"):
            origin = str(ROOT) + part + origin.split(part, 1)[1]
    return {**value, "origin": origin}
