"""Danish grammar for extraction and question-making."""

from __future__ import annotations

from quizgen.lang.grammar import Grammar

GRAMMAR = Grammar()
