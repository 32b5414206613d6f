"""Word lists and grammar facts that extraction and question-making read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Grammar:
    pass
