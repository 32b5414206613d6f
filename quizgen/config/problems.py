"""Turn pydantic validation errors into messages a teacher can act on.

Each message names what is allowed (worked out from the schema itself, so it
stays right when a section gains fields) and what was found; a misspelt key
gets a did-you-mean.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Mapping
from typing import Literal, get_args, get_origin

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails
from rapidfuzz import fuzz, process

from quizgen.config.yamlnodes import KeyPath

_SIMILARITY_CUTOFF = 60.0

_WHOLE_NUMBER_ERRORS = {"int_type", "int_parsing", "int_from_float", "int_parsing_size"}
_NUMBER_ERRORS = {"float_type", "float_parsing", "finite_number"}
_RANGE_ERRORS = {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}
_BOOL_ERRORS = {"bool_type", "bool_parsing"}
_SECTION_ERRORS = {"model_type", "model_attributes_type", "dict_type"}
_LIST_ERRORS = {"tuple_type", "list_type", "iterable_type", "set_type", "frozen_set_type"}


def describe_error(error: ErrorDetails, path: KeyPath, schema: type[BaseModel]) -> str:
    """One sentence: what ``path`` must be, and what it is."""
    kind = error["type"]
    got = f"got {show_value(error.get('input'))}"
    annotation, metadata = field_at(schema, path)
    if kind == "extra_forbidden":
        return unknown_key_message(schema, path)
    if kind == "literal_error":
        allowed = literal_values(annotation)
        if not allowed:
            expected = str(error.get("ctx", {}).get("expected", ""))
            allowed = [part.strip(" '") for part in expected.replace(" or ", ", ").split(",")]
        hint = did_you_mean(str(error.get("input", "")), allowed)
        return f"must be one of {', '.join(allowed)}, {got}{hint}"
    if kind in _WHOLE_NUMBER_ERRORS | _NUMBER_ERRORS | _RANGE_ERRORS:
        whole = kind in _WHOLE_NUMBER_ERRORS or _is_int(annotation)
        return f"must be {number_description(whole, metadata)}, {got}"
    if kind in _BOOL_ERRORS:
        return f"must be true or false, {got}"
    if kind == "string_type":
        value = error.get("input")
        advice = '; write "" for no text' if value is None else ""
        advice = f' (write it in quotes: "{value}")' if _is_scalar(error) else advice
        return f"must be text, {got}{advice}"
    if kind == "invalid_key":
        return f"setting names must be words, {got}"
    if kind in _SECTION_ERRORS:
        return f"must be a group of settings (indented 'key: value' lines below it), {got}"
    if kind in _LIST_ERRORS:
        return f"must be a list (one '- item' per line, or [a, b]), {got}"
    if kind in ("value_error", "assertion_error"):  # a section's own validator explains itself
        reason = str(error.get("ctx", {}).get("error", error["msg"]))
        return f"{reason}, {got}"
    if kind == "missing":
        return "is required but missing"
    return f"{error['msg']}, {got}"


def unknown_key_message(schema: type[BaseModel], path: KeyPath) -> str:
    key = str(path[-1])
    siblings = section_keys(schema, path[:-1])
    hint = did_you_mean(key, siblings)
    if not hint:
        elsewhere = [".".join(p) for p in all_key_paths(schema) if p[-1] == key]
        if elsewhere:
            section = elsewhere[0].rsplit(".", 1)[0]
            hint = f"; did you mean {elsewhere[0]}? (it belongs in the {section} section)"
    if not hint and siblings:
        hint = f"; the settings here are: {', '.join(siblings)}"
    return f"unknown setting '{key}'{hint}"


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    match = process.extractOne(
        word.lower(), list(candidates), scorer=fuzz.ratio, score_cutoff=_SIMILARITY_CUTOFF
    )
    return f"; did you mean '{match[0]}'?" if match else ""


def show_value(value: object) -> str:
    if value is None:
        return "nothing (the value is empty)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return f"'{text}'"
    if isinstance(value, Mapping):
        return "a group of settings"
    if isinstance(value, list | tuple):
        return "a list"
    return repr(value)


def number_description(whole: bool, metadata: Iterable[object]) -> str:
    noun = "a whole number" if whole else "a number"
    bounds: dict[str, str] = {}
    for item in metadata:
        for name in ("ge", "gt", "le", "lt"):
            bound = getattr(item, name, None)
            if isinstance(item, annotated_types.BaseMetadata) and bound is not None:
                bounds[name] = f"{bound:g}" if isinstance(bound, float) else str(bound)
    if "ge" in bounds and "le" in bounds:
        return f"{noun} from {bounds['ge']} to {bounds['le']}"
    if "gt" in bounds and "lt" in bounds:
        return f"{noun} between {bounds['gt']} and {bounds['lt']} (not including them)"
    words = {"ge": "at least", "gt": "greater than", "le": "at most", "lt": "less than"}
    limits = [f"{words[name]} {bounds[name]}" for name in words if name in bounds]
    return f"{noun} {' and '.join(limits)}" if limits else noun


def field_at(schema: type[BaseModel], path: KeyPath) -> tuple[object, list[object]]:
    """The annotation and constraints of the setting at ``path`` (None if unknown)."""
    annotation: object = schema
    metadata: list[object] = []
    for part in path:
        annotation = _without_none(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = annotation.model_fields.get(str(part)) or _extra_field(annotation)
            if field is None:
                return None, []
            annotation, metadata = field.annotation, list(field.metadata)
            continue
        origin, args = get_origin(annotation), get_args(annotation)
        if origin in (tuple, list, set, frozenset) and args:
            annotation, metadata = args[0], []
        elif origin is dict and len(args) == 2:
            annotation, metadata = args[1], []
        else:
            return None, []
    return annotation, metadata


def _extra_field(model: type[BaseModel]) -> FieldInfo | None:
    """What any key of a section that takes free keys holds (``counts.<kind>``)."""
    if model.model_config.get("extra") != "allow":
        return None
    value = typing.get_type_hints(model, include_extras=True).get("__pydantic_extra__")
    args = get_args(value)
    return FieldInfo.from_annotation(args[1]) if get_origin(value) is dict and args else None


def section_keys(schema: type[BaseModel], path: KeyPath) -> list[str]:
    annotation = field_at(schema, path)[0] if path else schema
    annotation = _without_none(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def all_key_paths(schema: type[BaseModel], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths: list[tuple[str, ...]] = []
    for name, field in schema.model_fields.items():
        path = (*prefix, name)
        paths.append(path)
        annotation = _without_none(field.annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            paths += all_key_paths(annotation, path)
    return paths


def literal_values(annotation: object) -> list[str]:
    annotation = _without_none(annotation)
    if get_origin(annotation) is Literal:
        return [str(value) for value in get_args(annotation)]
    return []


def _without_none(annotation: object) -> object:
    """``X | None`` -> ``X``, so optional settings are described by what they hold."""
    if get_origin(annotation) in (typing.Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        if len(members) == 1:
            return members[0]
    return annotation


def _is_int(annotation: object) -> bool:
    return _without_none(annotation) is int


def _is_scalar(error: ErrorDetails) -> bool:
    return isinstance(error.get("input"), int | float | bool)
