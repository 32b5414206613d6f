"""``occurs_as_word`` answers exactly as the regular expression it replaces."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quizgen.generate.wordmatch import occurs_as_word

# Danish letters, case pairs, and the characters re.IGNORECASE treats specially.
ALPHABET = "aAsSkKiIæÆøØåÅéÉßµ ÿ-.'\u017f\u212a\u212b\u0131\u0130\u03bc\u1e9e"


def regex(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


@settings(max_examples=3000, deadline=None)
@given(st.text(ALPHABET, max_size=4), st.text(ALPHABET, max_size=12))
@example("Reuters", "Det siger nyhedsbureauet reuters.")
@example("Å", "byen \u212b")
@example("is", "\u0130S-krigere")
@example("", "")
def test_wordmatch_is_the_regular_expression(word: str, text: str) -> None:
    assert occurs_as_word(word, text) == regex(word, text)


def test_wordmatch_whole_words_only() -> None:
    assert occurs_as_word("bro", "En ny BRO i Aarhus")
    assert not occurs_as_word("bro", "Broen i Aarhus")
