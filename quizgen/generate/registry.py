"""Generators by versioned name, as spaCy registers its architectures.

A generator is a function from a ``GenerationContext`` to candidate items; a
new one is that function plus ``@register("kind.vN", kind=...)``. Config picks
one per kind by name (``generation.generators.cloze: cloze.v1``), so an
improved generator can be added without changing what old configs produce.
Registering also declares the name to config (``quizgen.config.kinds``), which
checks names without importing this module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from quizgen.config.kinds import declare_generator
from quizgen.config.kinds import generator_problem as _declared_problem

if TYPE_CHECKING:
    from quizgen.generate.context import Candidate, GenerationContext

    Generator = Callable[[GenerationContext], list[Candidate]]

F = TypeVar("F", bound=Callable[..., object])

_GENERATORS: dict[str, tuple[str, Callable[..., object]]] = {}


def register(name: str, *, kind: str) -> Callable[[F], F]:
    def decorate(function: F) -> F:
        _GENERATORS[name] = (kind, function)
        declare_generator(name, kind)
        return function

    return decorate


def _load_builtins() -> None:
    # The kind modules hold the built-in generators.
    import quizgen.generate.kinds  # noqa: F401


def registered() -> dict[str, str]:
    """Every registered generator name and the kind of item it makes."""
    _load_builtins()
    return {name: kind for name, (kind, _) in sorted(_GENERATORS.items())}


def generator_problem(name: str, kind: str | None = None) -> str:
    """Why ``name`` cannot be used (for ``kind``), or "" when it can."""
    _load_builtins()
    return _declared_problem(name, kind)


def get_generator(name: str, kind: str) -> Generator:
    """The generator called ``name``; a ``ConfigError`` naming the key when there is none."""
    problem = generator_problem(name, kind)
    if not problem and name not in _GENERATORS:
        problem = f"generator '{name}' is declared but not loaded"
    if problem:
        from quizgen.errors import ConfigError, ConfigProblem

        raise ConfigError("config", [ConfigProblem(f"generation.generators.{kind}", problem)])
    return _GENERATORS[name][1]  # type: ignore[return-value]
