"""Write the frequency-list lemmas by class that quizgen ships (``frequency_words``).

    python tools/frequency_tables.py

Rerun when wordfreq, the lexicon data or ``lemma_of`` change;
``tests/generate/test_frequency_words.py`` fails until the shipped file matches.
"""

from __future__ import annotations

import gzip

from quizgen.generate.grammar.frequency_words import SHIPPED, SHIPPED_CLASSES, lemmas_of_class


def main() -> None:
    lines = [
        f"{pos}\t{lemma}\t{value!r}\n"
        for pos in SHIPPED_CLASSES
        for lemma, value in lemmas_of_class("da", pos)
    ]
    SHIPPED.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same lemmas give the same bytes
    SHIPPED.write_bytes(gzip.compress("".join(lines).encode("utf-8"), mtime=0))
    print(f"{SHIPPED}: {len(lines)} lemmas")


if __name__ == "__main__":
    main()
