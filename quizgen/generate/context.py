"""What every generator gets, and what it gives back."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cached_property

from quizgen.analysis import Analysis, Sentence
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

    def rng(self, salt: str) -> random.Random:
        """A generator's own random source: the same for the same seed, article and salt."""
        return random.Random(f"{self.config.generation.seed}:{self.article_id}:{salt}")

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
