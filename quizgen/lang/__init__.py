"""What quizgen knows about a language, behind one small interface.

Everything language-specific (word lists, question words, true/false words, card
labels, inflection endings) lives in a subpackage per language (``lang/da``);
generation, export and practice read it through ``Language`` and never spell a
Danish word themselves. Adding a language is one subpackage and one line in
``LANGUAGES``.
"""

from __future__ import annotations

from quizgen.lang.base import Language

__all__ = ["LANGUAGES", "Language", "get_language"]

LANGUAGES: tuple[str, ...] = ("da",)


def get_language(code: str = "da") -> Language:
    """The language for an ISO 639-1 code; Danish for anything quizgen has no tables for."""
    from quizgen.lang.da import DANISH

    return DANISH
