"""Words a language puts on cards and accepts in practice."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CardWords:
    true_answer: str  # the answer of a true statement
    false_answer: str
