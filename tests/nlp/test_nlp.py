"""The spaCy boundary: hand-built Docs become plain, correct analysis values."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quizgen.analysis import Article
from quizgen.config.nlp import NlpConfig
from quizgen.nlp import Pipeline, _degraded_pipeline, analyze, doc_sentences, load_pipeline


def _doc() -> Doc:
    nlp = spacy.blank("da")
    words = ["Mustafa", "Bali", "taler", "med", "Reuters", ".", "Han", "smiler", "."]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, True, False, True, True, False, False],
        pos=["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"],
        lemmas=["Mustafa", "Bali", "tale", "med", "Reuters", ".", "han", "smile", "."],
        morphs=["", "", "Tense=Pres|VerbForm=Fin", "", "", "", "Case=Nom", "Tense=Pres", ""],
        heads=[2, 0, 2, 4, 2, 2, 7, 7, 7],
        deps=["nsubj", "flat", "ROOT", "case", "obl", "punct", "nsubj", "ROOT", "punct"],
        ents=["B-PER", "I-PER", "O", "O", "B-ORG", "O", "O", "O", "O"],
        sent_starts=[True, False, False, False, False, False, True, False, False],
    )


def test_nlp_doc_sentences_turns_a_doc_into_plain_sentences() -> None:
    sentences, entities = doc_sentences(_doc(), first_index=3, paragraph=1, offset=100)
    assert [s.text for s in sentences] == ["Mustafa Bali taler med Reuters.", "Han smiler."]
    first, second = sentences
    assert (first.index, second.index, first.paragraph) == (3, 4, 1)
    assert (first.start, second.start) == (100, 132)
    taler = first.tokens[2]
    assert (taler.lemma, taler.pos, taler.dep, taler.head) == ("tale", "VERB", "ROOT", 2)
    assert taler.feature("Tense") == "Pres"
    # heads are indices within the sentence, also in the second sentence
    assert [t.head for t in second.tokens] == [1, 1, 1]
    assert first.tokens[0].ent_type == "PER" and first.tokens[0].ent_iob == "B"
    assert first.tokens[-1].whitespace == ""
    assert [(e.text, e.label, e.sentence, e.start, e.end) for e in entities] == [
        ("Mustafa Bali", "PER", 3, 0, 2),
        ("Reuters", "ORG", 3, 4, 5),
    ]


def test_nlp_doc_sentences_token_offsets_match_sentence_text() -> None:
    sentences, _ = doc_sentences(_doc())
    for sentence in sentences:
        for token in sentence.tokens:
            assert sentence.text[token.idx : token.idx + len(token.text)] == token.text
        assert sentence.span_text(0, len(sentence)) == sentence.text


def test_nlp_analyze_keeps_paragraphs_and_article_offsets() -> None:
    text = "Første afsnit. Det har to sætninger.\n\nAndet afsnit står her."
    article = Article(id="a1", text=text, title="Test")
    pipeline = Pipeline(nlp=_degraded_pipeline(), info=load_pipeline(NlpConfig()).info)
    (analysis,) = analyze([article], pipeline)
    assert [s.paragraph for s in analysis.sentences] == [0, 0, 1]
    for sentence in analysis.sentences:
        assert text[sentence.start : sentence.start + len(sentence.text)] == sentence.text
    assert [s.index for s in analysis.sentences] == [0, 1, 2]


def test_nlp_analyze_several_articles_in_one_pass() -> None:
    pipeline = Pipeline(nlp=_degraded_pipeline(), info=load_pipeline(NlpConfig()).info)
    articles = [
        Article(id="a", text="En kort tekst.", title="A"),
        Article(id="b", text="En anden tekst. Med to sætninger.", title="B"),
    ]
    first, second = analyze(articles, pipeline)
    assert (first.article.id, len(first.sentences)) == ("a", 1)
    assert (second.article.id, len(second.sentences)) == ("b", 2)


def test_nlp_degraded_fallback_lemmatizes_by_lookup() -> None:
    doc = _degraded_pipeline()("Så løb hundene hjem.")
    assert [t.lemma_ for t in doc][2] == "hund"


def test_nlp_missing_configured_model_falls_back_with_warning() -> None:
    pipeline = load_pipeline(NlpConfig(model="da_no_such_pipeline"))
    assert "da_no_such_pipeline" in pipeline.info.warning
    assert "nlp.model" in pipeline.info.warning
