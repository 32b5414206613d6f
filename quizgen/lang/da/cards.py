"""Danish on cards: true/false words, labels, and what practice accepts."""

from __future__ import annotations

from quizgen.lang.cards import CardWords

CARDS = CardWords(true_answer="sand", false_answer="falsk")
