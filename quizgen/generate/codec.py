"""Items as JSON, the one way: ``inspect --json``, the practice store and tests.

Version 2 (``"schema": 2``) writes the kind's typed data under ``data``. Items
written before (no ``schema``; the kind's fields as strings under ``extra``,
a vocabulary card's lemma and level there too) still read: each kind's spec
turns an old ``extra`` into its data. Keys a newer quizgen added are ignored
so an older one can still practise.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from typing import Any

from quizgen.generate.kinds import UnknownKindError, kind_spec
from quizgen.items import Item, KindData

ITEM_SCHEMA = 2
_FIELDS = tuple(f.name for f in dataclasses.fields(Item) if f.name != "data")
_TUPLES = ("accepted", "choices", "tags")


def item_to_json(item: Item) -> dict[str, Any]:
    data: dict[str, Any] = {"schema": ITEM_SCHEMA}
    for name in _FIELDS:
        value = getattr(item, name)
        data[name] = list(value) if name in _TUPLES else value
    data["data"] = None if item.data is None else _data_json(item.data)
    return data


def items_to_json(items: Iterable[Item]) -> list[dict[str, Any]]:
    return [item_to_json(i) for i in items]


def item_from_json(data: Mapping[str, Any]) -> Item:
    values = {k: v for k, v in data.items() if k in _FIELDS}
    for name in _TUPLES:
        values[name] = tuple(values.get(name, ()))
    kind = str(values.get("kind", ""))
    extra = data.get("extra")
    if "schema" not in data and isinstance(extra, Mapping):  # before typed data
        # The old readers preferred extra's lemma to the item's.
        values["lemma"] = str(extra.get("lemma", "")) or values.get("lemma", "")
        return Item(**values, data=_legacy_data(kind, extra))
    return Item(**values, data=_data_from_json(kind, data.get("data")))


def dumps(item: Item) -> str:
    """One item as compact, sorted JSON text (the practice store's ``data`` column)."""
    return json.dumps(item_to_json(item), ensure_ascii=False, sort_keys=True)


def loads(text: str) -> Item:
    return item_from_json(json.loads(text))


def _data_json(data: KindData) -> dict[str, Any]:
    return {f.name: getattr(data, f.name) for f in dataclasses.fields(data)}  # type: ignore[arg-type]


def _data_from_json(kind: str, data: Any) -> KindData | None:
    if not isinstance(data, Mapping):
        return None
    try:
        data_type = kind_spec(kind).data_type
    except UnknownKindError:
        return None  # a kind this quizgen does not know: its data cannot be read
    names = {f.name for f in dataclasses.fields(data_type)}
    result: KindData = data_type(**{k: v for k, v in data.items() if k in names})
    return result


def _legacy_data(kind: str, extra: Mapping[str, Any]) -> KindData | None:
    try:
        spec = kind_spec(kind)
    except UnknownKindError:
        return None
    result: KindData = spec.from_legacy({str(k): str(v) for k, v in extra.items()})
    return result
