"""Weights stored in 16 bits: ``store_half`` at packaging, ``quizgen_float32_weights`` at load.

The shipped pipeline must stay under 25 MB on disk, and three NERs behind a
vote (``entity_vote.py``) do not fit in 32-bit floats.  Packaging stores every
component's weights as float16, which halves the files; thinc computes in
float32 only, so the ``quizgen_float32_weights`` component, last in the
pipeline, turns them back into float32 as the pipeline is loaded: spaCy calls
the components' ``from_disk``/``from_bytes`` in pipeline order, so the last one
runs when every other weight is in place.  It does nothing to documents.

Measured on UD and UNER test, the 16-bit copy gives the same scores as the
32-bit original to within 0.05 (training/RESULTS.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, cast

import numpy
import srsly
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model
from thinc.types import Floats1d

FACTORY = "quizgen_float32_weights"


def _params(nlp: Language) -> Iterator[tuple[Model[Any, Any], str]]:
    seen: set[int] = set()
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            if node.id in seen:  # listeners and shared layers appear more than once
                continue
            seen.add(node.id)
            for name in node.param_names:
                if node.has_param(name):
                    yield node, name


def _cast(nlp: Language, source: str, target: str) -> int:
    count = 0
    for node, name in _params(nlp):
        value = numpy.asarray(node.get_param(name))
        if value.dtype == numpy.dtype(source):
            node.set_param(name, cast(Floats1d, value.astype(target)))
            count += 1
    return count


def store_half(nlp: Language) -> int:
    """Cast every float32 weight to float16 before ``nlp.to_disk``; returns how many."""
    return _cast(nlp, "float32", "float16")


def restore_full(nlp: Language) -> int:
    """Cast every float16 weight back to float32 (thinc's layers compute in float32)."""
    return _cast(nlp, "float16", "float32")


class Float32Weights:
    """Restores float32 weights when the pipeline is loaded; a no-op on documents."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        srsly.write_json(Path(path) / "cfg", {"dtype": "float16"})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Float32Weights:
        restore_full(self.nlp)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        data: bytes = srsly.msgpack_dumps({"dtype": "float16"})
        return data

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Float32Weights:
        restore_full(self.nlp)
        return self


@Language.factory(FACTORY)
def make_float32_weights(nlp: Language, name: str) -> Float32Weights:
    return Float32Weights(nlp, name)
