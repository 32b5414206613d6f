"""The NAME lexicon column for the NER's own embedding (quizgen/nlp/name_features.py)."""

from __future__ import annotations

import numpy
import spacy
from spacy.tokens import Doc

from quizgen.nlp.lexicon_features import lexicon_feature_extractor
from quizgen.nlp.name_features import (
    capitalisation,
    initial_flags,
    name_status,
    name_value,
    sentence_initial,
)


def _doc(words: list[str]) -> Doc:
    return Doc(spacy.blank("da").vocab, words=words)


def test_name_features_status_tells_names_from_common_words() -> None:
    assert name_status("Frederiksen") == "name"
    assert name_status("stormen") == "word"
    assert name_status("Stormen") == "word"  # a common word at a sentence's start
    assert name_status("koalitionsstyrke") == "part"
    assert name_status("2024") == "known"
    assert name_status("Xqzvbw") == "unknown"


def test_name_features_capitalisation_shapes() -> None:
    assert [capitalisation(w) for w in ["hus", "Hus", "EU", "McDonald", "2024", "Ø"]] == [
        "lower",
        "Title",
        "UPPER",
        "mixed",
        "none",
        "Title",
    ]


def test_name_features_sentence_initial_after_punctuation_quotes_and_dashes() -> None:
    doc = _doc(["Han", "sagde", ":", "«", "Nej", ".", "Mette", "og", "\u2013", "Lars", "kom"])
    assert [i for i in range(len(doc)) if sentence_initial(doc, i)] == [0, 3, 4, 6, 9]
    # the vectorised form the embedding uses says the same
    assert [i for i, flag in enumerate(initial_flags(doc)) if flag] == [0, 3, 4, 6, 9]
    assert initial_flags(_doc([])) == []


def test_name_features_column_differs_by_position_not_only_by_form() -> None:
    assert name_value("Frederiksen", True) == "Title|start|name"
    assert name_value("Frederiksen", False) == "Title|mid|name"
    doc = _doc(["Frederiksen", "mødte", "Frederiksen", "."])
    (features,), _ = lexicon_feature_extractor(["NORM"], ["NAME"])([doc], False)
    column = numpy.asarray(features)[:, 1]
    # same form, one at the start and one inside the sentence: different keys
    assert column[0] != column[2]
    # the form-only columns still give one key per form
    (plain,), _ = lexicon_feature_extractor(["NORM"], ["CLASSES"])([doc], False)
    assert numpy.asarray(plain)[0, 1] == numpy.asarray(plain)[2, 1]
