"""The frequency-list lemmas by class that quizgen ships (issue 16: not rebuilt every run)."""

from __future__ import annotations

from quizgen.generate.grammar.frequency_words import (
    SHIPPED_CLASSES,
    _shipped,
    frequency_lemmas,
    lemmas_of_class,
)


def test_frequency_words_shipped_table_is_the_lexicons_and_wordfreqs() -> None:
    # Rerun tools/frequency_tables.py when wordfreq, the lexicon or lemma_of change.
    shipped = _shipped()
    for pos in SHIPPED_CLASSES:
        assert shipped[pos] == lemmas_of_class("da", pos), pos


def test_frequency_words_nearest_in_frequency_first() -> None:
    found = frequency_lemmas("NOUN", 4.0, "da", 10)
    assert len(found) == 10
    distances = [abs(value - 4.0) for _, value in found]
    assert distances == sorted(distances)


def test_frequency_words_nearest_are_those_of_the_whole_class_list() -> None:
    # The sorted index must give exactly what a scan of the whole class gives,
    # ties (equal distance, broken by the lemma) and the list's ends included.
    import heapq

    from quizgen.generate.grammar.frequency_words import _lemmas_of_class

    for pos in SHIPPED_CLASSES:
        fits = _lemmas_of_class("da", pos)
        values = sorted({value for _, value in fits})
        targets = [0.0, 9.0, values[0], values[-1], *values[:: max(1, len(values) // 40)]]
        targets += [v + 0.005 for v in values[::97]]
        for target in targets:
            for n in (1, 3, 40, len(fits) + 5):
                scanned = heapq.nsmallest(n, fits, key=lambda p: (abs(p[1] - target), p[0]))
                assert frequency_lemmas(pos, target, "da", n) == scanned, (pos, target, n)
