"""Splitting Danish compounds into a known first part and a known head.

"koalitionsstyrke" = koalition + s + styrke: the head (the last part) is the longest
known content word (noun, adjective or verb form of at least three letters) whose
left-over is a valid first part: a compounding form listed by Stavekontrolden
("koalitions", "elite", "computer"), a known noun/adjective/verb lemma of at least
three letters, such a lemma with the linking -s- or -e-, or (recursively, up to four
parts) a compound of those. The head gives the class, gender and inflection.
"""

from __future__ import annotations

from collections.abc import Callable

from quizgen.lang.da.lexicon_store import Store

MIN_HEAD = 3
MIN_JOINT = 2
MIN_LEMMA = 3
MAX_PARTS = 4
CONTENT = ("NOUN", "ADJ", "VERB")


def split(word: str, store: Store, is_head: Callable[[str], bool]) -> tuple[str, str] | None:
    """(first part, head) of a compound, or None; ``is_head`` says whether a form is a
    content word the lexicon lists."""
    lower = word.lower()
    for start in range(MIN_JOINT, len(lower) - MIN_HEAD + 1):
        head = lower[start:]
        if is_head(head) and _first_part(lower[:start], store, MAX_PARTS - 1):
            return word[:start], word[start:]
    return None


def _first_part(part: str, store: Store, parts_left: int) -> bool:
    if part in store.joints or _lemma(part, store):
        return True
    if part[-1:] in ("s", "e") and _lemma(part[:-1], store):
        return True
    if parts_left <= 1 or part.endswith("-"):
        return False
    for cut in range(MIN_JOINT, len(part) - MIN_JOINT + 1):
        if _first_part(part[:cut], store, 1) and _first_part(part[cut:], store, parts_left - 1):
            return True
    return False


def _lemma(text: str, store: Store) -> bool:
    if len(text) < MIN_LEMMA:
        return False
    return any(f"{text}\t{cls}" in store.lemmas for cls in CONTENT)
