"""Wrong options from wordfreq's frequency list, when the article has too few words of
the answer's class and inflection: words of about the answer's frequency whose
paradigm (checked by the language's ``paradigm_fits``) shows the same form."""

from __future__ import annotations

import functools
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
    known, words = _top_words(language.code)
    fits_paradigm = language.grammar.forms.paradigm_fits
    target = zipf(token.text, language.code)
    fits = [
        w
        for w in words
        if len(w) > 3
        and w != token.text.lower()
        and fits_paradigm(w, token.pos, token.features, known)
    ]
    fits.sort(key=lambda w: (abs(zipf(w, language.code) - target), w))
    head = fits[:12]
    rng.shuffle(head)
    return head
