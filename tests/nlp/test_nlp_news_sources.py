"""The news-source look-up (quizgen/nlp/news_sources.py) against spaCy's entity_ruler."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from quizgen.nlp.news_sources import FACTORY, NewsSources

PATTERNS = [
    ("ORG", ["Reuters"]),
    ("ORG", ["Reuters'"]),
    ("ORG", ["TV", "2"]),
    ("ORG", ["Ritzaus", "Bureau"]),
    ("ORG", ["Ritzaus"]),
    ("ORG", ["AP"]),
]
WORDS = [
    "Det",
    "skriver",
    "Reuters'",
    "korrespondent",
    ",",
    "og",
    "Ritzaus",
    "Bureau",
    "siger",
    "til",
    "TV",
    "2",
    "at",
    "AP",
    ",",
    "TV",
    "og",
    "Reuters",
    "ved",
    "det",
    ".",
    "TV",
    "2",
]


def _pair(overwrite: bool) -> tuple[Language, NewsSources]:
    nlp = spacy.blank("da")
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": overwrite})
    ruler.add_patterns(  # type: ignore[attr-defined]
        [{"label": label, "pattern": [{"ORTH": w} for w in ws]} for label, ws in PATTERNS]
    )
    lookup = NewsSources(nlp, "news_sources", overwrite)
    lookup.add_patterns(PATTERNS)
    return nlp, lookup


def _ents(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.ent_iob_, t.ent_type_) for t in doc]


def test_news_sources_labels_what_the_entity_ruler_labels_on_a_clean_doc() -> None:
    nlp, lookup = _pair(overwrite=False)
    ruled = nlp.get_pipe("entity_ruler")(Doc(nlp.vocab, words=WORDS))
    looked = lookup(Doc(nlp.vocab, words=WORDS))
    assert _ents(looked) == _ents(ruled)
    # the longest name wins where two start at the same token
    assert "Ritzaus Bureau" in [e.text for e in looked.ents]
    assert [e.text for e in looked.ents].count("TV 2") == 2


def test_news_sources_keeps_or_overwrites_entities_as_the_ruler_does() -> None:
    for overwrite in (False, True):
        nlp, lookup = _pair(overwrite)
        docs = [Doc(nlp.vocab, words=WORDS) for _ in range(2)]
        for doc in docs:
            # a NER's entities: one overlapping "Ritzaus Bureau", one on "Reuters'"
            doc.ents = [Span(doc, 5, 8, "PER"), Span(doc, 2, 3, "LOC")]
        ruled = nlp.get_pipe("entity_ruler")(docs[0])
        looked = lookup(docs[1])
        assert _ents(looked) == _ents(ruled), overwrite
    assert ("Reuters'", "B", "ORG") in _ents(looked)


def test_news_sources_finds_nothing_in_a_doc_without_names() -> None:
    nlp, lookup = _pair(overwrite=False)
    assert lookup(Doc(nlp.vocab, words=["TV", "og", "2", "."])).ents == ()
    assert lookup(Doc(nlp.vocab, words=[])).ents == ()


def test_news_sources_patterns_survive_to_disk_and_back(tmp_path: Path) -> None:
    nlp = spacy.blank("da")
    lookup = nlp.add_pipe(FACTORY, config={"overwrite": True})
    lookup.add_patterns(PATTERNS)  # type: ignore[attr-defined]
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert again.get_pipe(FACTORY).patterns == lookup.patterns  # type: ignore[attr-defined]
    doc = again(" ".join(WORDS))
    assert [e.text for e in doc.ents][:3] == ["Reuters'", "Ritzaus Bureau", "TV 2"]
