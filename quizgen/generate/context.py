"""What every generator gets, and what it gives back."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from quizgen.analysis import Analysis, Sentence, normalise
from quizgen.config.schema import Config
from quizgen.extract.facts import Fact
from quizgen.extract.vocabulary import VocabEntry
from quizgen.items import Item, stable_id
from quizgen.lang import Language, get_language


@dataclass(frozen=True)
class Candidate:
    """A generated item before selection. ``target`` is the lemma or fact it tests:
    config decides how many items may share one. ``group`` spreads the selection
    (questions: what they ask; true/false: true or false)."""

    item: Item
    score: float
    target: str
    group: str = ""
    notes: tuple[str, ...] = ()
    # Pending: ``item`` lacks what is costly to make (a gap choice's options), and this
    # makes the whole item, or None when it cannot be made. Selection calls it only for
    # a candidate it would keep (``quality.select``): most candidates are never kept.
    complete: Callable[[], Item | None] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class GenerationContext:
    analysis: Analysis
    vocabulary: tuple[VocabEntry, ...]
    facts: tuple[Fact, ...]
    config: Config

    @cached_property
    def language(self) -> Language:
        """The article's language: every word list generation reads comes from it."""
        return get_language(self.analysis.article.language)

    @property
    def article_id(self) -> str:
        return self.analysis.article.id

    def rng(self, salt: str, *anchor: str) -> random.Random:
        """A random source of its own for one item: the same for the same seed, article
        identity, ``salt`` and ``anchor`` (the item's sentence and what it asks, compared
        normalised). Not seeded from ``article_id``, a hash of the whole body: correcting
        one word would then redraw every distractor and statement in the article."""
        identity = self.analysis.article.identity
        parts = (str(self.config.generation.seed), identity, salt, *map(normalise, anchor))
        return random.Random("\x1f".join(parts))

    def sentence(self, index: int) -> Sentence:
        return self.analysis.sentences[index]

    def item_id(self, kind: str, source: str, answer: str, *more: str) -> str:
        return stable_id(self.article_id, kind, source, answer, *more)

    @cached_property
    def headings(self) -> frozenset[int]:
        """Sentences that are headings or fragments: no finite verb, no final stop, or
        half a quotation."""
        out = set()
        tagged = any(t.pos for _, t in self.analysis.tokens)  # no tags: degraded pipeline
        for s in self.analysis.sentences:
            has_verb = not tagged or any(
                t.pos in ("VERB", "AUX")
                and t.feature("VerbForm") in ("Fin", "")
                and t.feature("Tense")
                for t in s.tokens
            )
            ends = s.text.rstrip()[-1:] in (".", "!", "?", ":", '"', "»", ")")
            # An odd number of quotation marks: a piece of a quotation, cut mid-way.
            straight = sum(t.text == '"' for t in s.tokens)
            if not has_verb or not ends or len(s.tokens) < 4 or straight % 2:
                out.add(s.index)
        return frozenset(out)
