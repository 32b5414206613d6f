"""Majority vote over several NER components: ``quizgen_entity_stash`` + ``quizgen_entity_vote``.

On UNER Danish-DDT a single NER trained on ~3,000 entities moves by about
±1.5 F1 from one random seed to the next, and the errors of different seeds
differ.  The shipped pipeline therefore runs three small NERs (seeds 0, 1, 2)
and keeps the entities that at least two of them found: UNER test F1 went
from a seed mean of 69.5 to 71.0 with the large NERs (training/RESULTS.md).

spaCy's NER treats entities already on the doc as fixed, and a token marked
"outside" as fixed too, so each NER must see a clean doc:

    ner -> quizgen_entity_stash(key="ner") -> ner_2 -> quizgen_entity_stash(key="ner_2")
        -> ner_3 -> quizgen_entity_stash(key="ner_3") -> quizgen_entity_vote

The stash moves ``doc.ents`` into ``doc.spans[key]`` and leaves the entity
annotation *missing*; the vote reads the span groups, writes the majority to
``doc.ents`` and removes the groups.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

STASH_FACTORY = "quizgen_entity_stash"
VOTE_FACTORY = "quizgen_entity_vote"

SpanKey = tuple[int, int, str]


class EntityStash:
    """Move the entities found so far into ``doc.spans[key]`` and clear them."""

    def __init__(self, name: str, key: str) -> None:
        self.name = name
        self.key = key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.key] = list(doc.ents)
        # "missing", not "outside": a preset O forbids the next NER any entity there.
        doc.set_ents([], default="missing")
        return doc


def majority(votes: Sequence[Sequence[SpanKey]], min_votes: int) -> list[SpanKey]:
    """Spans (start, end, label) proposed by at least ``min_votes`` voters, without overlaps.

    With three voters and two votes needed, two majority spans always share a
    voter and so cannot overlap; for other settings, more votes win, then the
    longer span, then the earlier one.
    """
    counts = Counter(span for voter in votes for span in set(voter))
    candidates = sorted(
        (span for span, n in counts.items() if n >= min_votes),
        key=lambda s: (-counts[s], -(s[1] - s[0]), s[0]),
    )
    taken: set[int] = set()
    chosen: list[SpanKey] = []
    for start, end, label in candidates:
        if taken.isdisjoint(range(start, end)):
            chosen.append((start, end, label))
            taken.update(range(start, end))
    return sorted(chosen)


class EntityVote:
    """Write the entities that at least ``min_votes`` of the stashed NERs agree on."""

    def __init__(self, name: str, keys: Sequence[str], min_votes: int) -> None:
        if not 1 <= min_votes <= len(keys):
            raise ValueError(f"min_votes must be between 1 and {len(keys)}, got {min_votes}")
        self.name = name
        self.keys = list(keys)
        self.min_votes = min_votes

    def __call__(self, doc: Doc) -> Doc:
        votes = [
            [(s.start, s.end, s.label_) for s in doc.spans[key]] if key in doc.spans else []
            for key in self.keys
        ]
        spans = [
            Span(doc, start, end, label) for start, end, label in majority(votes, self.min_votes)
        ]
        doc.set_ents(spans, default="outside")
        for key in self.keys:
            doc.spans.pop(key, None)
        return doc


@Language.factory(STASH_FACTORY, assigns=["doc.ents"], default_config={"key": "ner"})
def make_entity_stash(nlp: Language, name: str, key: str) -> EntityStash:
    return EntityStash(name, key)


@Language.factory(
    VOTE_FACTORY,
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={"keys": ["ner", "ner_2", "ner_3"], "min_votes": 2},
)
def make_entity_vote(nlp: Language, name: str, keys: list[str], min_votes: int) -> EntityVote:
    return EntityVote(name, keys, min_votes)
