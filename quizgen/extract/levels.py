"""Word difficulty: wordfreq's Danish Zipf frequency mapped to a CEFR-like band.

Danish writes compounds as one word, and wordfreq knows few of them, so an
unknown compound is rated by its two known parts instead (``konfliktzone`` is
``konflikt`` + ``zone``): a learner who knows the parts can read the whole.
"""

from __future__ import annotations

import functools

from quizgen.config.generation import LEVELS, Level, ZipfLevels

MIN_PART = 3  # shortest compound part worth recognising
LINKS = ("", "s", "e")  # Danish linking letters: koalition-s-styrke


@functools.lru_cache(maxsize=20000)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), "da"))


@functools.lru_cache(maxsize=20000)
def compound_zipf(word: str) -> float:
    """Zipf of a word; for an unknown compound, of its rarer known part (minus a little)."""
    if "-" in word.strip("-"):
        # IS-kriger: an acronym prefix is a name, the word is its last part;
        # guerrilla-angreb: as hard as the harder part.
        parts = [p for p in word.split("-") if p and not p.isupper()]
        return min((compound_zipf(p) for p in parts), default=0.0)
    word = word.lower()
    direct = zipf(word)
    if direct > 0 or len(word) < 2 * MIN_PART:
        return direct
    best = 0.0
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        tail_z = zipf(tail)
        if tail_z < 3.0:
            continue
        for link in LINKS:
            if link and not head.endswith(link):
                continue
            first = head[: len(head) - len(link)] if link else head
            first_z = zipf(first) if len(first) >= MIN_PART else 0.0
            if first_z >= 3.0:
                # A compound is a little harder than its harder part.
                best = max(best, min(first_z, tail_z) - 0.3)
    return best


def word_zipf(lemma: str, forms: tuple[str, ...] = ()) -> float:
    """The best estimate over the lemma and the forms seen (wordfreq counts forms)."""
    parts = lemma.split()
    if len(parts) > 1:  # multi-word unit: as hard as its hardest content word
        content = [p for p in parts if p not in ("sig", "ud", "op", "ind", "af", "på", "om")]
        return min((word_zipf(p) for p in content or parts), default=0.0)
    return max((compound_zipf(w) for w in (lemma, *forms)), default=0.0)


def level_for_zipf(value: float, thresholds: ZipfLevels) -> Level:
    for level in LEVELS[:-1]:
        if value >= getattr(thresholds, level):
            return level
    return "C2"


def in_band(level: Level, low: Level, high: Level) -> bool:
    return LEVELS.index(low) <= LEVELS.index(level) <= LEVELS.index(high)
