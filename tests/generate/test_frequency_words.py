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
