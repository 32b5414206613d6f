"""``quizgen.LexiconHashEmbed.v1``: spaCy's ``MultiHashEmbed`` plus what the lexicon
says a word form can be.

The tagger alone reads ``anmelder`` as a verb and ``stenkiste`` as an adjective on
text it never saw; Stavekontrolden lists every form's possible classes and
features.  This embedding adds one hashed column per lexicon attribute to spaCy's
``NORM``/``PREFIX``/``SUFFIX``/... columns, so the shared ``tok2vec`` (and with it
the morphologizer, lemmatizer and parser) learns how far to trust the lexicon:

* ``CLASSES``: the sorted set of the form's classes (``"NOUN|VERB"``); for a form
  the lexicon only knows as a compound, the head's classes marked ``+``
  (``"+NOUN|VERB"`` for ``koalitionsstyrke``); ``""`` when nothing is known;
* ``READINGS``: the sorted set of class + UD features of every reading
  (``"NOUN:Definite=Ind|Gender=Com|Number=Plur"`` for ``domme``);
* ``NAME``: name or common word by the lexicon, capitalisation, sentence-initial
  (``quizgen/nlp/name_features.py``; the only column that reads the token's context).

The values are computed from the token text with the shipped lexicon (no
component has to run first, so training needs nothing but this architecture)
and memoised per form.  Registered in spaCy's ``architectures`` registry (also
through the ``spacy_architectures`` entry point), so ``spacy.load()`` and
``spacy train`` find it wherever quizgen is installed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

import numpy
import spacy.strings as spacy_strings
from spacy.attrs import ORTH
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)
from thinc.types import Floats2d, Ints2d, Ragged

from quizgen.lang.da.lexicon import lexicon
from quizgen.nlp.name_features import initial_flags, name_value

ARCHITECTURE = "quizgen.LexiconHashEmbed.v1"
LEXICON_ATTRS = ("CLASSES", "READINGS", "NAME")


def lexicon_classes(text: str) -> str:
    """The form's possible classes, "+"-marked when only its compound head is known."""
    readings = lexicon().analyses(text)
    classes = "|".join(sorted({a.pos for a in readings}))
    return "+" + classes if readings and readings[0].compound else classes


def lexicon_readings(text: str) -> str:
    """Every reading's class and UD features, sorted: "NOUN:Definite=Ind|Number=Plur;..."."""
    readings = lexicon().analyses(text)
    return ";".join(sorted({f"{a.pos}:{a.feats}" for a in readings}))


_GETTERS: dict[str, Callable[[str, bool], str]] = {
    "CLASSES": lambda text, initial: lexicon_classes(text),
    "READINGS": lambda text, initial: lexicon_readings(text),
    "NAME": name_value,
}


def _hash(value: str) -> int:
    """spaCy's 64-bit string hash (its StringStore keys); the stub omits the function."""
    return cast(Callable[[str], int], spacy_strings.hash_string)(value)  # type: ignore[attr-defined]


class _Memo:
    """(form, sentence-initial) -> the hashed lexicon columns; a text repeats its
    words, training its corpus."""

    def __init__(self, attrs: Sequence[str]) -> None:
        unknown = [a for a in attrs if a not in _GETTERS]
        if unknown:
            raise ValueError(f"unknown lexicon attribute(s) {unknown}; known: {list(_GETTERS)}")
        self.getters = [_GETTERS[a] for a in attrs]
        self.in_context = "NAME" in attrs
        self.rows: dict[tuple[int, bool], list[int]] = {}

    def row(self, strings: StringStore, orth: int, initial: bool) -> list[int]:
        found = self.rows.get((orth, initial))
        if found is None:
            text = strings[orth]
            found = self.rows[orth, initial] = [_hash(get(text, initial)) for get in self.getters]
        return found

    def columns(self, doc: Doc) -> list[list[int]]:
        orths = doc.to_array(ORTH).tolist()
        # only NAME reads the position; the other columns skip the context check
        flags = initial_flags(doc) if self.in_context else [False] * len(doc)
        return [self.row(doc.vocab.strings, o, f) for o, f in zip(orths, flags, strict=True)]


def lexicon_feature_extractor(
    columns: Sequence[str], lexicon_attrs: Sequence[str]
) -> Model[list[Doc], list[Ints2d]]:
    """spaCy's ``FeatureExtractor`` with the lexicon columns appended on the right."""
    memo = _Memo(lexicon_attrs)
    spacy_columns: list[int | str] = list(columns)

    def forward(
        model: Model[list[Doc], list[Ints2d]], docs: list[Doc], is_train: bool
    ) -> tuple[list[Ints2d], Callable[[Any], list[Any]]]:
        features = []
        for doc in docs:
            attrs = doc.to_array(spacy_columns).reshape((len(doc), len(spacy_columns)))
            extra = numpy.array(memo.columns(doc), dtype="uint64")
            both = numpy.hstack([attrs, extra.reshape((len(doc), len(memo.getters)))])
            features.append(model.ops.asarray2i(cast(Ints2d, both), dtype="uint64"))
        return features, lambda d_features: []

    return Model("extract_lexicon_features", forward, attrs={"columns": spacy_columns})


def lexicon_hash_embed(
    width: int,
    attrs: list[str],
    rows: list[int],
    lexicon_attrs: list[str],
    lexicon_rows: list[int],
) -> Model[list[Doc], list[Floats2d]]:
    """``spacy.MultiHashEmbed.v2`` (no static vectors) with lexicon columns: one
    ``HashEmbed`` per spaCy attribute, then one per lexicon attribute, a Maxout on top."""
    if len(rows) != len(attrs) or len(lexicon_rows) != len(lexicon_attrs):
        raise ValueError("attrs/rows and lexicon_attrs/lexicon_rows must pair up")
    all_rows = [*rows, *lexicon_rows]
    # Seeds as MultiHashEmbed gives them (8, 9, ...), so the spaCy columns hash alike.
    embeddings: list[Model[Ints2d, Floats2d]] = [
        HashEmbed(width, n_rows, column=i, seed=8 + i, dropout=0.0)
        for i, n_rows in enumerate(all_rows)
    ]
    max_out: Model[Ragged, Ragged] = with_array(
        Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True)
    )
    model: Model[list[Doc], list[Floats2d]] = chain(
        lexicon_feature_extractor(attrs, lexicon_attrs),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        max_out,
        ragged2list(),
    )
    return model


# A call, not a decorator: catalogue's decorator is untyped.
registry.architectures.register(ARCHITECTURE, func=lexicon_hash_embed)
