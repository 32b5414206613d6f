"""``quizgen_news_sources``: the news-source names of ``training/gazetteer`` as ORG.

The same entities as spaCy's ``entity_ruler`` with one ``ORTH`` pattern per name
(0.3.x shipped that), at a fraction of its cost: the ruler's ``Matcher`` walks every
token through 121 patterns (~9 µs/word, a third of a NER), while here one vectorised
look-up finds the tokens that can start a name and only those are compared.  Matches
are chosen and written exactly as ``EntityRuler.set_annotations`` does (longest
first, then earliest; with ``overwrite`` False a span touching an entity is left
alone), so swapping one for the other changes no entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

FACTORY = "quizgen_news_sources"
_FILE = "patterns.json"

Match = tuple[str, int, int]


class NewsSources:
    """Label every occurrence of the stored token sequences, as an entity ruler would."""

    def __init__(self, nlp: Language, name: str, overwrite: bool) -> None:
        self.name = name
        self.overwrite = overwrite
        self.strings = nlp.vocab.strings
        self.patterns: list[tuple[str, tuple[str, ...]]] = []
        self._by_first: dict[int, list[tuple[str, tuple[int, ...]]]] = {}
        self._firsts = numpy.zeros(0, dtype="uint64")

    def add_patterns(self, patterns: Iterable[tuple[str, Sequence[str]]]) -> None:
        """(label, token texts) pairs: ("ORG", ("TV", "2"))."""
        for label, words in patterns:
            self.patterns.append((label, tuple(words)))
            orths = tuple(self.strings.add(w) for w in words)
            self._by_first.setdefault(orths[0], []).append((label, orths))
        self._firsts = numpy.array(sorted(self._by_first), dtype="uint64")

    def matches(self, doc: Doc) -> list[Match]:
        """Every (label, start, end) occurrence, longest first, then earliest."""
        orths = doc.to_array([ORTH]).reshape(-1)
        found: set[Match] = set()
        for i in numpy.flatnonzero(numpy.isin(orths, self._firsts)).tolist():
            for label, seq in self._by_first[int(orths[i])]:
                end = i + len(seq)
                if end <= len(doc) and tuple(orths[i:end].tolist()) == seq:
                    found.add((label, i, end))
        return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def __call__(self, doc: Doc) -> Doc:
        # EntityRuler.set_annotations, step for step (its quirks included)
        entities = list(doc.ents)
        new_entities = []
        seen: set[int] = set()
        for label, start, end in self.matches(doc):
            if not self.overwrite and any(t.ent_type for t in doc[start:end]):
                continue
            if start not in seen and end - 1 not in seen:
                new_entities.append(Span(doc, start, end, label=label))
                entities = [e for e in entities if not (e.start < end and e.end > start)]
                seen.update(range(start, end))
        doc.ents = entities + new_entities
        return doc

    def to_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / _FILE, [[label, list(words)] for label, words in self.patterns])

    def from_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> NewsSources:
        stored: list[Any] = srsly.read_json(Path(path) / _FILE)
        self.patterns, self._by_first = [], {}
        self.add_patterns((label, words) for label, words in stored)
        return self


@Language.factory(FACTORY, assigns=["doc.ents"], default_config={"overwrite": False})
def make_news_sources(nlp: Language, name: str, overwrite: bool) -> NewsSources:
    return NewsSources(nlp, name, overwrite)
