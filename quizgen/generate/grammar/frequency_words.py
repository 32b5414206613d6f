"""Wrong options from wordfreq's frequency list, when the article has too few words of
the answer's class: lemmas of that class (known to the lexicon) of about the answer's
frequency, which the caller puts into the answer's form."""

from __future__ import annotations

import bisect
import functools
import gzip
import heapq
from pathlib import Path

from quizgen.extract.levels import zipf


@functools.lru_cache(maxsize=4)
def _top_words(code: str) -> tuple[frozenset[str], tuple[str, ...]]:
    from wordfreq import top_n_list

    words = tuple(w for w in top_n_list(code, 30000) if w.isalpha())
    return frozenset(words), words


def frequency_lemmas(pos: str, target: float, code: str, n: int = 40) -> list[tuple[str, float]]:
    """The ``n`` lemmas of class ``pos`` in the frequency list nearest in frequency to
    ``target`` (Zipf), nearest first, each with its frequency: words a learner of the
    answer's level may know, to be put into the answer's form by the caller."""
    frequencies, fits = _by_frequency(code, pos)
    if n <= 0 or not fits:
        return []
    # Only the lemmas as near as the n-th nearest can be among the n nearest: the n
    # nearest of a window around ``target`` in the sorted list, widened to every lemma
    # within the n-th nearest distance (and a rounding margin), are those of the whole list.
    at = bisect.bisect_left(frequencies, target)
    low, high = at, at
    while high - low < n and (low > 0 or high < len(fits)):
        if high >= len(fits) or (
            low > 0 and target - frequencies[low - 1] <= frequencies[high] - target
        ):
            low -= 1
        else:
            high += 1
    reach = max(abs(frequencies[i] - target) for i in range(low, high)) + _MARGIN
    low = bisect.bisect_left(frequencies, target - reach)
    high = bisect.bisect_right(frequencies, target + reach)
    return heapq.nsmallest(n, fits[low:high], key=lambda p: (abs(p[1] - target), p[0]))


_MARGIN = 1e-6  # far above float rounding of a difference of two Zipf values (0-8)


@functools.lru_cache(maxsize=8)
def _by_frequency(code: str, pos: str) -> tuple[list[float], tuple[tuple[str, float], ...]]:
    """The class's lemmas sorted by frequency, and their frequencies (for bisecting):
    a call then looks at the lemmas near its target, not at every lemma of the class."""
    fits = tuple(sorted(_lemmas_of_class(code, pos), key=lambda p: p[1]))
    return [f for _, f in fits], fits


# Sorting 30,000 listed words into classes by the lexicon takes seconds, every run: the
# classes distractors come from are shipped (tools/frequency_tables.py writes them; a
# test checks them against the lexicon and wordfreq).
SHIPPED = Path(__file__).with_name("data") / "frequency_lemmas.tsv.gz"
SHIPPED_CLASSES = ("NOUN", "ADJ", "VERB")


@functools.lru_cache(maxsize=8)
def _lemmas_of_class(code: str, pos: str) -> tuple[tuple[str, float], ...]:
    if code == "da" and pos in SHIPPED_CLASSES:
        return _shipped()[pos]
    return lemmas_of_class(code, pos)


@functools.cache
def _shipped() -> dict[str, tuple[tuple[str, float], ...]]:
    found: dict[str, list[tuple[str, float]]] = {pos: [] for pos in SHIPPED_CLASSES}
    with gzip.open(SHIPPED, "rt", encoding="utf-8") as lines:
        for line in lines:
            pos, lemma, value = line.rstrip("\n").split("\t")
            found[pos].append((lemma, float(value)))
    return {pos: tuple(pairs) for pos, pairs in found.items()}


def lemmas_of_class(code: str, pos: str) -> tuple[tuple[str, float], ...]:
    """Every lemma of class ``pos`` (one lemma, no uninflected reading) among the list's
    words of four letters or more, with the lemma's own frequency."""
    from quizgen.generate.grammar.word_forms import lemma_of

    _, words = _top_words(code)
    found: dict[str, float] = {}
    for word in words:
        lemma = lemma_of(word, pos, compounds=False) if len(word) > 3 and word.isalpha() else None
        if lemma is not None and lemma not in found and lemma_of(lemma, pos, False) == lemma:
            found[lemma] = zipf(lemma, code)
    return tuple(found.items())
