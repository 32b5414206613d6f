"""Wrong options from wordfreq's frequency list, when the article has too few words of
the answer's class and inflection: words of about the answer's frequency whose
paradigm (checked by the language's ``paradigm_fits``) shows the same form."""

from __future__ import annotations

import functools
import heapq
import random

from quizgen.analysis import Token
from quizgen.extract.levels import zipf
from quizgen.lang import Language, get_language


@functools.lru_cache(maxsize=4)
def _top_words(code: str) -> tuple[frozenset[str], tuple[str, ...]]:
    from wordfreq import top_n_list

    words = tuple(w for w in top_n_list(code, 30000) if w.isalpha())
    return frozenset(words), words


def frequency_list_options(
    token: Token, rng: random.Random, language: Language | None = None
) -> list[str]:
    language = language or get_language()
    if token.feature("Case") == "Gen":
        return []  # the paradigm checks know no genitive
    target = zipf(token.text, language.code)
    lowered = token.text.lower()
    features = token.features
    values = tuple(features.get(name) for name in _PARADIGM_FEATURES)
    fits = [(w, z) for w, z in _fitting_words(language.code, token.pos, values) if w != lowered]
    # heapq.nsmallest(n, ..., key) is sorted(..., key)[:n], without sorting everything.
    head = [w for w, _ in heapq.nsmallest(12, fits, key=lambda p: (abs(p[1] - target), p[0]))]
    rng.shuffle(head)
    return head


# Every feature a paradigm check reads: the list is filtered once per combination.
_PARADIGM_FEATURES = ("Number", "Definite", "VerbForm", "Tense")


@functools.lru_cache(maxsize=64)
def _fitting_words(
    code: str, pos: str, values: tuple[str | None, ...]
) -> tuple[tuple[str, float], ...]:
    """The frequency list's words (longer than three letters) with the paradigm of this
    class and inflection, each with its Zipf frequency, in list order."""
    language = get_language(code)
    known, words = _top_words(code)
    fits_paradigm = language.grammar.forms.paradigm_fits
    features = {n: v for n, v in zip(_PARADIGM_FEATURES, values, strict=True) if v}
    return tuple(
        (w, zipf(w, code)) for w in words if len(w) > 3 and fits_paradigm(w, pos, features, known)
    )
