"""Generators by versioned name, as spaCy registers its architectures.

A generator is a function from a ``GenerationContext`` to candidate items; a
new one is that function plus ``@register("kind.vN", kind=...)``. Config picks
one per kind by name (``generation.generators.cloze: cloze.v1``), so an
improved generator can be added without changing what old configs produce.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from quizgen.generate.context import Candidate, GenerationContext

    Generator = Callable[[GenerationContext], list[Candidate]]

F = TypeVar("F", bound=Callable[..., object])

_GENERATORS: dict[str, tuple[str, Callable[..., object]]] = {}
# Modules whose import registers the built-in generators.
BUILTIN_MODULES = (
    "quizgen.generate.cloze",
    "quizgen.generate.vocab",
    "quizgen.generate.question",
    "quizgen.generate.choice",
    "quizgen.generate.truefalse",
)


def register(name: str, *, kind: str) -> Callable[[F], F]:
    def decorate(function: F) -> F:
        _GENERATORS[name] = (kind, function)
        return function

    return decorate


def _load_builtins() -> None:
    for module in BUILTIN_MODULES:
        importlib.import_module(module)


def registered() -> dict[str, str]:
    """Every registered generator name and the kind of item it makes."""
    _load_builtins()
    return {name: kind for name, (kind, _) in sorted(_GENERATORS.items())}


def generator_problem(name: str, kind: str | None = None) -> str:
    """Why ``name`` cannot be used (for ``kind``), or "" when it can."""
    known = registered()
    if name not in known:
        fitting = [n for n, k in known.items() if kind is None or k == kind]
        close = difflib.get_close_matches(name, fitting, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ";"
        what = f"{kind} generators" if kind else "generators"
        return f"unknown generator '{name}'{hint} known {what}: {', '.join(fitting)}"
    if kind is not None and known[name] != kind:
        return f"generator '{name}' makes {known[name]} items, not {kind} items"
    return ""


def get_generator(name: str, kind: str) -> Generator:
    """The generator called ``name``; a ``ConfigError`` naming the key when there is none."""
    problem = generator_problem(name, kind)
    if problem:
        from quizgen.errors import ConfigError, ConfigProblem

        raise ConfigError("config", [ConfigProblem(f"generation.generators.{kind}", problem)])
    return _GENERATORS[name][1]  # type: ignore[return-value]
