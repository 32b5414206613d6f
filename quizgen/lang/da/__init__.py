"""Danish."""

from __future__ import annotations

from quizgen.lang.base import Language
from quizgen.lang.da.cards import CARDS
from quizgen.lang.da.grammar import GRAMMAR

DANISH = Language(code="da", name="Danish", cards=CARDS, grammar=GRAMMAR)
