"""Word difficulty: wordfreq's Zipf frequency (in the article's language) mapped to a
CEFR-like band.

Danish writes compounds as one word, and wordfreq knows few of them, so an
unknown compound is rated by its two known parts instead (``konfliktzone`` is
``konflikt`` + ``zone``): a learner who knows the parts can read the whole.
"""

from __future__ import annotations

import functools
import unicodedata

from quizgen.config.generation import LEVELS, Level, ZipfLevels
from quizgen.lang import get_language

MIN_PART = 3  # shortest compound part worth recognising


def zipf(word: str, code: str | None = None) -> float:
    """wordfreq's Zipf frequency in the language ``code`` (default: the default language)."""
    return _zipf(word, code or get_language().code)


@functools.lru_cache(maxsize=20000)
def _zipf(word: str, code: str) -> float:
    from wordfreq import get_frequency_dict, zipf_frequency

    word = word.lower()
    # wordfreq tokenises every word it is asked about; a plain lower-case word that is
    # not in its list scores 0, and most compound cuts tried below are such words.
    plain = word.isalpha() and word == word.casefold() and unicodedata.is_normalized("NFC", word)
    if plain and word not in get_frequency_dict(code):  # wordfreq keeps it loaded
        return 0.0
    return float(zipf_frequency(word, code))


def compound_zipf(word: str, code: str | None = None) -> float:
    """Zipf of a word; for an unknown compound, of its rarer known part (minus a little)."""
    return _compound_zipf(word, code or get_language().code)


@functools.lru_cache(maxsize=20000)
def _compound_zipf(word: str, code: str) -> float:
    if "-" in word.strip("-"):
        # IS-kriger: an acronym prefix is a name, the word is its last part;
        # guerrilla-angreb: as hard as the harder part.
        parts = [p for p in word.split("-") if p and not p.isupper()]
        return min((_compound_zipf(p, code) for p in parts), default=0.0)
    word = word.lower()
    direct = _zipf(word, code)
    if direct > 0 or len(word) < 2 * MIN_PART:
        return direct
    best = 0.0
    links = get_language(code).grammar.forms.compound_links  # koalition-s-styrke
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        tail_z = _zipf(tail, code)
        if tail_z < 3.0:
            continue
        for link in links:
            if link and not head.endswith(link):
                continue
            first = head[: len(head) - len(link)] if link else head
            first_z = _zipf(first, code) if len(first) >= MIN_PART else 0.0
            if first_z >= 3.0:
                # A compound is a little harder than its harder part.
                best = max(best, min(first_z, tail_z) - 0.3)
    return best


def word_zipf(lemma: str, forms: tuple[str, ...] = (), code: str | None = None) -> float:
    """The best estimate over the lemma and the forms seen (wordfreq counts forms)."""
    code = code or get_language().code
    parts = lemma.split()
    if len(parts) > 1:  # multi-word unit: as hard as its hardest content word
        particles = get_language(code).grammar.forms.unit_particles
        content = [p for p in parts if p not in particles]
        return min((word_zipf(p, code=code) for p in content or parts), default=0.0)
    return max((compound_zipf(w, code) for w in (lemma, *forms)), default=0.0)


def level_for_zipf(value: float, thresholds: ZipfLevels) -> Level:
    for level in LEVELS[:-1]:
        if value >= getattr(thresholds, level):
            return level
    return "C2"


def in_band(level: Level, low: Level, high: Level) -> bool:
    return LEVELS.index(low) <= LEVELS.index(level) <= LEVELS.index(high)
