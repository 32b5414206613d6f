"""Values computed once per article and reused for every candidate item.

Distractor search asks the same questions of an article again and again (which
tokens are nouns of this inflection, which words name agents, which names are
places); answering each from scratch made generation grow with the square or
cube of an article's length. ``per_article`` keeps the answers for the article
being generated: a few analyses at most, matched by identity (an ``Analysis`` is
frozen, so what is computed from it never goes stale).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar, cast

from quizgen.analysis import Analysis

T = TypeVar("T")

_KEEP = 2  # analyses remembered: the one being generated, and the one before it
_memos: list[tuple[Analysis, dict[Hashable, object]]] = []


def per_article(analysis: Analysis, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()`` for ``analysis`` and ``key``, computed once while ``analysis`` is in use.

    ``compute`` must depend on nothing but ``analysis`` and ``key``."""
    memo = _memo(analysis)
    if key not in memo:
        memo[key] = compute()
    return cast(T, memo[key])


def _memo(analysis: Analysis) -> dict[Hashable, object]:
    for number, (known, memo) in enumerate(_memos):
        if known is analysis:
            if number:
                _memos.insert(0, _memos.pop(number))
            return memo
    memo = {}
    _memos.insert(0, (analysis, memo))
    del _memos[_KEEP:]
    return memo


def forget() -> None:
    """Drop every remembered article (their analyses can then be freed)."""
    _memos.clear()
