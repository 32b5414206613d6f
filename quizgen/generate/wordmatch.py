"""Whether a word occurs in a text as a whole word, in any case: asked for every
candidate option, prompt and gap, so it must not compile a regular expression each
time.

``occurs_as_word(word, text)`` is exactly
``re.search(rf"(?<!\\w){re.escape(word)}(?!\\w)", text, re.IGNORECASE) is not None``.
Most words are simply absent; that is decided without a regular expression when both
strings are Latin-1 (all of Danish): there ``re.IGNORECASE`` matches a character
exactly when ``str.lower`` makes the two equal (its extra equivalences, such as ``s``
and the long s (U+017F) or ``k`` and the Kelvin sign, all pair a Latin-1 letter with one outside
Latin-1), so no case-insensitive occurrence of the characters means no match.
"""

from __future__ import annotations

import functools
import re


def occurs_as_word(word: str, text: str) -> bool:
    """``word`` occurs in ``text`` as a whole word or phrase (any case)."""
    if latin1(word) and latin1(text) and word.lower() not in text.lower():
        return False
    return _pattern(word).search(text) is not None


def latin1(text: str) -> bool:
    """Every character of ``text`` is Latin-1, so lower() of it is one-to-one (a plain
    substring test can rule a match out)."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


@functools.lru_cache(maxsize=4096)
def _pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)


MIN_STEM = 4  # a shorter word starts too many others ("ti" / "tid")
ENDING = 3  # "kølen" / "kølens", "dopingmidler" / "dopingmidlerne"


def occurs_as_stem(word: str, text: str) -> bool:
    """``word`` occurs in ``text`` as a whole word or as the start of a word a short
    ending longer (any case): another form that gives the word away."""
    if len(word) < MIN_STEM:
        return occurs_as_word(word, text)
    if latin1(word) and latin1(text) and word.lower() not in text.lower():
        return False
    return _stem_pattern(word).search(text) is not None


@functools.lru_cache(maxsize=4096)
def _stem_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}\w{{0,{ENDING}}}(?!\w)", re.IGNORECASE)
