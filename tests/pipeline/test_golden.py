"""Refactors keep behaviour: the same analysis, items, ids and Anki GUIDs as recorded."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from quizgen.generate.codec import item_from_json
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
        if key == "items":
            continue  # recorded before item data was typed: compared as values below
        assert current[name].get(key) == golden[name].get(key), f"{name}: '{key}' changed"
    assert "anki" in current[name] and current[name]["anki"] == golden[name]["anki"]


@pytest.mark.parametrize("name", list(ARTICLES))
def test_golden_items_are_unchanged(
    name: str, documents: tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]
) -> None:
    current, golden = documents
    recorded = [item_from_json(d) for d in golden[name]["items"]]
    made = [item_from_json(d) for d in current[name]["items"]]
    assert made == recorded, f"{name}: items changed"
    for old, item in zip(golden[name]["items"], recorded, strict=True):
        if "extra" not in old:
            continue  # recorded with typed data: the value comparison above is the check
        # Every old ``extra`` value survives, in the typed data or in the item itself.
        extra: dict[str, str] = old["extra"]
        data = dataclasses.asdict(item.data) if item.data is not None else {}  # type: ignore[call-overload]
        for key, value in extra.items():
            if key in ("lemma", "level"):
                assert getattr(item, key) == value, f"{name}: {item.id} {key}"
            else:
                assert data.get(key) == value, f"{name}: {item.id} extra {key}"
        assert {k: v for k, v in data.items() if v} == {
            k: v for k, v in extra.items() if v and k not in ("lemma", "level")
        }, f"{name}: {item.id} data"
