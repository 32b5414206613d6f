"""The NER majority vote (quizgen/nlp/entity_vote.py), on hand-built Docs."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from quizgen.nlp.entity_vote import STASH_FACTORY, VOTE_FACTORY, EntityVote, majority

WORDS = ["Mustafa", "Bali", "fra", "SDF", "sagde", "til", "Reuters", "i", "Baghouz", "."]


def _doc(nlp: Language, ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(nlp.vocab, words=WORDS)
    doc.set_ents([Span(doc, s, e, label) for s, e, label in ents], default="missing")
    return doc


def test_entity_vote_majority_keeps_spans_two_of_three_voters_found() -> None:
    votes = [
        [(0, 2, "PER"), (3, 4, "ORG"), (8, 9, "LOC")],
        [(0, 2, "PER"), (3, 4, "LOC"), (6, 7, "ORG")],
        [(1, 2, "PER"), (3, 4, "ORG"), (6, 7, "ORG"), (8, 9, "ORG")],
    ]
    # same span, different label: a vote for the label, not for the span
    assert majority(votes, 2) == [(0, 2, "PER"), (3, 4, "ORG"), (6, 7, "ORG")]


def test_entity_vote_majority_resolves_overlaps_by_votes_then_length() -> None:
    votes = [[(0, 2, "PER")], [(0, 2, "PER")], [(1, 2, "PER")], [(1, 2, "PER")], [(1, 2, "PER")]]
    assert majority(votes, 2) == [(1, 2, "PER")]
    assert majority([[(0, 2, "PER")], [(1, 2, "PER")]], 1) == [(0, 2, "PER")]


def test_entity_vote_majority_counts_a_voter_once_per_span() -> None:
    assert majority([[(3, 4, "ORG"), (3, 4, "ORG")], []], 2) == []


def test_entity_vote_rejects_impossible_vote_counts() -> None:
    with pytest.raises(ValueError, match="min_votes"):
        EntityVote("vote", ["a", "b"], 3)


def test_entity_vote_stash_leaves_entities_missing_for_the_next_ner() -> None:
    nlp = spacy.blank("da")
    stash = nlp.add_pipe(STASH_FACTORY, config={"key": "ner"})
    doc = stash(_doc(nlp, [(0, 2, "PER"), (3, 4, "ORG")]))
    assert [(s.text, s.label_) for s in doc.spans["ner"]] == [
        ("Mustafa Bali", "PER"),
        ("SDF", "ORG"),
    ]
    assert doc.ents == ()
    # missing (0), not outside (2): a preset O would forbid the next NER any entity
    assert {t.ent_iob for t in doc} == {0}


def test_entity_vote_pipeline_writes_the_majority_and_drops_the_stash() -> None:
    nlp = spacy.blank("da")
    for key in ("ner", "ner_2", "ner_3"):
        nlp.add_pipe(STASH_FACTORY, name=f"stash_{key}", config={"key": key})
    vote = nlp.add_pipe(VOTE_FACTORY)
    doc = _doc(nlp, [])
    proposals = {
        "ner": [(0, 2, "PER"), (6, 7, "ORG")],
        "ner_2": [(0, 2, "PER"), (8, 9, "LOC")],
        "ner_3": [(6, 7, "ORG"), (8, 9, "LOC"), (3, 4, "ORG")],
    }
    for key, ents in proposals.items():
        doc.set_ents([Span(doc, s, e, label) for s, e, label in ents], default="missing")
        doc = nlp.get_pipe(f"stash_{key}")(doc)
    doc = vote(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Mustafa Bali", "PER"),
        ("Reuters", "ORG"),
        ("Baghouz", "LOC"),
    ]
    assert doc[3].ent_iob_ == "O"  # one vote for SDF is not enough
    assert not any(key in doc.spans for key in proposals)
