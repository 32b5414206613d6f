"""Wrong options from wordfreq's frequency list, when the article has too few words of
the answer's class: lemmas of that class (known to the lexicon) of about the answer's
frequency, which the caller puts into the answer's form."""

from __future__ import annotations

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
    fits = _lemmas_of_class(code, pos)
    return heapq.nsmallest(n, fits, key=lambda p: (abs(p[1] - target), p[0]))


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
