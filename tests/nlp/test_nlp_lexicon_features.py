"""Lexicon columns in the tok2vec embedding (quizgen/nlp/lexicon_features.py)."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.tokens import Doc
from spacy.util import registry

from quizgen.nlp.lexicon_features import (
    ARCHITECTURE,
    lexicon_classes,
    lexicon_feature_extractor,
    lexicon_hash_embed,
    lexicon_readings,
)

ATTRS = ["NORM", "PREFIX", "SUFFIX", "SHAPE", "SPACY"]


def _doc(words: list[str]) -> Doc:
    return Doc(spacy.blank("da").vocab, words=words)


def test_lexicon_features_classes_of_listed_compound_and_unknown_forms() -> None:
    assert lexicon_classes("anmelder") == "NOUN|VERB"
    assert lexicon_classes("stenkiste") == "NOUN"
    # known only as a compound: the head's classes, marked
    assert lexicon_classes("koalitionsstyrke").startswith("+")
    assert lexicon_classes("xqzvbw") == ""


def test_lexicon_features_readings_carry_class_and_features() -> None:
    assert lexicon_readings("domme") == "NOUN:Definite=Ind|Gender=Com|Number=Plur"
    assert "VERB:" in lexicon_readings("mentes")
    assert "Tense=Past" in lexicon_readings("mentes")


def test_lexicon_features_extractor_appends_one_column_per_lexicon_attribute() -> None:
    doc = _doc(["Ruten", "var", "ekstrem", "."])
    model = lexicon_feature_extractor(ATTRS, ["CLASSES", "READINGS"])
    (features,), _ = model([doc], False)
    columns = numpy.asarray(features)
    assert columns.shape == (4, len(ATTRS) + 2)
    # the spaCy columns are doc.to_array's, unchanged
    assert (columns[:, : len(ATTRS)] == doc.to_array(ATTRS)).all()
    # same form, same key; different classes, different keys
    again = numpy.asarray(model([_doc(["ekstrem"])], False)[0][0])
    assert (again[0, len(ATTRS) :] == columns[2, len(ATTRS) :]).all()
    assert columns[0, len(ATTRS)] != columns[2, len(ATTRS)]


def test_lexicon_features_embedding_is_registered_and_embeds_every_token() -> None:
    assert registry.architectures.get(ARCHITECTURE) is lexicon_hash_embed
    model = lexicon_hash_embed(32, ATTRS, [100, 50, 50, 50, 10], ["CLASSES"], [20])
    docs = [_doc(["Stormen", "væltede", "træer", "."]), _doc(["Hej"])]
    model.initialize(X=docs)
    assert [y.shape for y in model.predict(docs)] == [(4, 32), (1, 32)]


def test_lexicon_features_rejects_unknown_or_unpaired_attributes() -> None:
    with pytest.raises(ValueError, match="unknown lexicon attribute"):
        lexicon_feature_extractor(ATTRS, ["GENDER"])
    with pytest.raises(ValueError, match="pair up"):
        lexicon_hash_embed(32, ATTRS, [100, 50, 50, 50, 10], ["CLASSES"], [20, 30])
