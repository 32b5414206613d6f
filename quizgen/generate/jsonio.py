"""JSON for items, vocabulary and facts (``quizgen inspect --json``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from quizgen.items import Item


def item_to_json(item: Item) -> dict[str, Any]:
    data = dataclasses.asdict(item)
    for name in ("accepted", "choices", "tags"):
        data[name] = list(data[name])
    data["extra"] = dict(item.extra)
    return data


def items_to_json(items: Iterable[Item]) -> list[dict[str, Any]]:
    return [item_to_json(i) for i in items]


def item_from_json(data: dict[str, Any]) -> Item:
    fields = {f.name for f in dataclasses.fields(Item)}
    values = {k: v for k, v in data.items() if k in fields}
    for name in ("accepted", "choices", "tags"):
        values[name] = tuple(values.get(name, ()))
    values["extra"] = dict(values.get("extra", {}))
    return Item(**values)
