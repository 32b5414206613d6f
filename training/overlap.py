"""Find which CDT sentences are UD dev/test sentences (the overlap trap)."""

from __future__ import annotations

from collections import Counter, defaultdict

from conll_io import Sentence

# Keys shorter than this are too generic ("ja.", "nej") to trust as substrings.
MIN_SUBSTRING = 15
# UD fixed typos in some sentences (lagdel -> lagdeles), so exact keys miss
# them; a high word overlap still identifies the same sentence.
MIN_JACCARD = 0.6


class OverlapIndex:
    """Exact and substring matching on tokenisation-independent sentence keys."""

    def __init__(self, sents: list[Sentence]) -> None:
        self.by_key: dict[str, Sentence] = {}
        for s in sents:
            self.by_key.setdefault(s.key, s)
        # One big string lets `in` do the substring search in C.
        self.blob = "\n".join(self.by_key)
        self.words = [set(_words(x)) for x in sents]
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, ws in enumerate(self.words):
            for w in ws:
                self.postings[w].append(i)

    def exact(self, s: Sentence) -> Sentence | None:
        return self.by_key.get(s.key)

    def touches(self, s: Sentence) -> bool:
        """True if ``s`` equals, contains or is contained in an indexed sentence.

        CDT splits sentences differently from UD (after a colon before a
        quote, numbered items), so a UD sentence can be a piece of a CDT
        sentence or the other way round; both must leave training.
        """
        k = s.key
        if k in self.by_key:
            return True
        if len(k) >= MIN_SUBSTRING and k in self.blob:
            return True
        if any(len(u) >= MIN_SUBSTRING and u in k for u in self.by_key):
            return True
        return self.similar(s)

    def similar(self, s: Sentence) -> bool:
        mine = set(_words(s))
        if len(mine) < 3:
            return False
        shared: Counter[int] = Counter()
        for w in mine:
            shared.update(self.postings.get(w, []))
        return any(n / len(mine | self.words[i]) >= MIN_JACCARD for i, n in shared.items())


def _words(s: Sentence) -> list[str]:
    return [t.form.lower() for t in s.tokens]


def held_out_flags(sents: list[Sentence], index: OverlapIndex) -> list[bool]:
    """Which sentences of one CDT text must leave training.

    UD dev/test were cut as whole texts; when most of a text is held out,
    the rest (captions, "Foto:", re-split pieces) belongs to it as well.
    """
    flags = [index.touches(s) for s in sents]
    if sum(flags) * 2 >= len(flags):
        return [True] * len(flags)
    return flags
