"""Which item kinds and generators exist, by name, so config can be checked.

The kinds themselves live in ``quizgen.generate.kinds``, above config: config
may not import them. So registering a kind or a generator there also declares
its name here, and the built-in names are declared up front (they are the
defaults of the ``generation`` section), so a config file can be checked
without loading a generator.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence

from quizgen.config.problems import did_you_mean
from quizgen.config.yamlnodes import KeyPath

BUILTIN_KINDS: tuple[str, ...] = ("cloze", "vocab", "question", "choice", "truefalse")

_KINDS: dict[str, None] = dict.fromkeys(BUILTIN_KINDS)
_GENERATORS: dict[str, str] = {f"{kind}.v1": kind for kind in BUILTIN_KINDS}  # name -> kind


def declare_kind(name: str) -> None:
    _KINDS.setdefault(name, None)


def declare_generator(name: str, kind: str) -> None:
    _GENERATORS[name] = kind


def known_kinds() -> tuple[str, ...]:
    return tuple(_KINDS)


def known_generators() -> dict[str, str]:
    """Every declared generator name and the kind of item it makes."""
    return dict(sorted(_GENERATORS.items()))


def kind_problem(name: str) -> str:
    """Why ``name`` is no kind, or ""; worded as the config's other choices are."""
    if name in _KINDS:
        return ""
    hint = did_you_mean(name, _KINDS)
    return f"must be one of {', '.join(_KINDS)}, got '{name}'{hint}"


def generator_problem(name: str, kind: str | None = None) -> str:
    """Why ``name`` cannot be used (for ``kind``), or "" when it can."""
    known = known_generators()
    if name not in known:
        fitting = [n for n, k in known.items() if kind is None or k == kind]
        close = difflib.get_close_matches(name, fitting, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ";"
        what = f"{kind} generators" if kind else "generators"
        return f"unknown generator '{name}'{hint} known {what}: {', '.join(fitting)}"
    if kind is not None and known[name] != kind:
        return f"generator '{name}' makes {known[name]} items, not {kind} items"
    return ""


def name_problems(
    kinds: Sequence[str], counts: Mapping[str, int], generators: Mapping[str, str]
) -> list[tuple[KeyPath, str]]:
    """Every unknown kind or generator name in the ``generation`` section, with the
    key path it is written at (list items by index)."""
    found: list[tuple[KeyPath, str]] = []
    for index, kind in enumerate(kinds):
        problem = kind_problem(kind)
        if problem:
            found.append((("generation", "kinds", index), problem))
    for kind in counts:
        if kind not in _KINDS:
            found.append((("generation", "counts", kind), _unknown_key(kind)))
    for kind, name in generators.items():
        if kind not in _KINDS:
            found.append((("generation", "generators", kind), _unknown_key(kind)))
        elif problem := generator_problem(name, kind):
            found.append((("generation", "generators", kind), problem))
    return found


def _unknown_key(kind: str) -> str:
    hint = did_you_mean(kind, _KINDS) or f"; the kinds are: {', '.join(_KINDS)}"
    return f"unknown item kind '{kind}'{hint}"
