"""Issue 12: whatever the input, the analysis is bounded (long paragraphs, long sentences)."""

from __future__ import annotations

import spacy

from quizgen.analysis import Article, PipelineInfo
from quizgen.nlp import (
    MAX_ANALYSED_CHARS,
    MAX_CHUNK_CHARS,
    MAX_SENTENCE_TOKENS,
    Pipeline,
    _paragraphs,
    analyze,
    doc_sentences,
)


def test_nlp_over_long_sentence_is_left_out() -> None:
    nlp = spacy.blank("da")
    nlp.add_pipe("sentencizer")
    text = "Det er kort. " + "ord " * (MAX_SENTENCE_TOKENS + 10) + "slut. Også kort."
    sentences, _ = doc_sentences(nlp(text))
    assert [s.text for s in sentences] == ["Det er kort.", "Også kort."]
    assert [s.index for s in sentences] == [0, 1]
    assert all(len(s.tokens) <= MAX_SENTENCE_TOKENS for s in sentences)


def test_nlp_long_paragraph_is_cut_into_pieces_at_sentence_ends() -> None:
    sentence = "Hun læste bogen i haven. "
    text = "Først.\n\n" + sentence * 2000 + "\n\n" + "ord " * 50_000
    pieces = list(_paragraphs(text))
    assert all(len(piece) <= MAX_CHUNK_CHARS for _, _, piece in pieces)
    assert all(text[offset : offset + len(piece)] == piece for _, offset, piece in pieces)
    assert {number for number, _, _ in pieces} == {0, 1, 2}  # pieces keep their paragraph
    assert all(piece.endswith(".") for number, _, piece in pieces if number == 1)


def test_nlp_short_paragraphs_are_as_before() -> None:
    text = "En.\n\n  To tre.  \n\nFire."
    assert list(_paragraphs(text)) == [(0, 0, "En."), (1, 7, "To tre."), (2, 18, "Fire.")]


def test_nlp_only_the_start_of_a_huge_article_is_analysed_and_said() -> None:
    nlp = spacy.blank("da")
    nlp.add_pipe("sentencizer")
    pipeline = Pipeline(nlp=nlp, info=PipelineInfo(name="blank:da"))
    text = "Hun læste bogen i haven.\n\n" * (MAX_ANALYSED_CHARS // 10)
    huge = Article(id="x", text=text, title="Stor", origin="stor.txt")
    small = Article(id="y", text="Kort tekst.", title="Lille")
    big_analysis, small_analysis = analyze([huge, small], pipeline)
    assert max(s.start for s in big_analysis.sentences) < MAX_ANALYSED_CHARS
    assert "stor.txt: only the first" in big_analysis.pipeline.warning
    assert small_analysis.pipeline.warning == ""
