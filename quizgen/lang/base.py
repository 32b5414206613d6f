"""The interface a language gives the rest of quizgen: plain, frozen values."""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.lang.cards import CardWords
from quizgen.lang.grammar import Grammar


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, as wordfreq and langid spell it
    name: str
    cards: CardWords  # what learners see on cards and in practice
    grammar: Grammar  # what extraction and question-making need to know
