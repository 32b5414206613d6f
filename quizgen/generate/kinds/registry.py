"""Kinds by name: ``register_kind(spec)``, ``kind_spec(name)``, ``kind_specs()``.

Registration order is the kinds' order everywhere (generation, report columns):
the built-ins first, as ``quizgen.generate.kinds`` imports them, then any kind a
plugin or test registers. Importing this module runs the package's ``__init__``
first (Python imports a parent package before its modules), so the built-ins are
registered whichever module a caller imports.
"""

from __future__ import annotations

from typing import Any

from quizgen.config.anki_templates import declare_note_type
from quizgen.config.kinds import declare_kind
from quizgen.errors import QuizgenError
from quizgen.generate.kinds.base import KindSpec
from quizgen.lang import get_language

_SPECS: dict[str, KindSpec[Any]] = {}


class UnknownKindError(QuizgenError):
    """An item names a kind no spec is registered for (written by a newer quizgen,
    or by a plugin that is not loaded)."""


def register_kind(spec: KindSpec[Any]) -> KindSpec[Any]:
    """Add ``spec`` (replacing one of the same name); config learns its names."""
    _SPECS[spec.name] = spec
    declare_kind(spec.name)
    note = spec.note_type(get_language().cards)
    others = [c.template for c in note.cards if c.template != spec.name]
    declare_note_type(spec.name, note.fields, cloze=note.cloze, templates=others)
    return spec


def unregister_kind(name: str) -> None:
    """Forget a kind registered for a while (a test's toy kind); its names stay
    declared to config, which only makes them checkable."""
    _SPECS.pop(name, None)


def kind_spec(name: str) -> KindSpec[Any]:
    found = _SPECS.get(name)
    if found is None:
        raise UnknownKindError(
            f"unknown item kind {name!r}; known kinds: {', '.join(_SPECS)}",
            "Was it made by a newer quizgen, or by a plugin that is not loaded?",
        )
    return found


def kind_specs() -> tuple[KindSpec[Any], ...]:
    return tuple(_SPECS.values())


def kind_names() -> tuple[str, ...]:
    return tuple(spec.name for spec in kind_specs())
