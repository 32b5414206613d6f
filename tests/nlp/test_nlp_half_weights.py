"""16-bit weights on disk, 32-bit in memory (quizgen/nlp/half_weights.py)."""

from __future__ import annotations

from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from quizgen.nlp.half_weights import FACTORY, restore_full, store_half

WORDS = ["Hunden", "gøede", "ad", "postbudet", "."]


def _tagger_pipeline() -> Language:
    nlp = spacy.blank("da")
    tagger = nlp.add_pipe("tagger")
    for tag in ("NOUN", "VERB", "ADP", "PUNCT"):
        tagger.add_label(tag)  # type: ignore[attr-defined]
    nlp.initialize()
    return nlp


def _dtypes(nlp: Language) -> set[str]:
    model = nlp.get_pipe("tagger").model  # type: ignore[attr-defined]
    return {
        str(numpy.asarray(node.get_param(name)).dtype)
        for node in model.walk()
        for name in node.param_names
        if node.has_param(name)
    }


def _scores(nlp: Language) -> numpy.ndarray:
    model = nlp.get_pipe("tagger").model  # type: ignore[attr-defined]
    return numpy.asarray(model.predict([Doc(nlp.vocab, words=WORDS)])[0])


def test_half_weights_halve_the_files_and_load_back_as_float32(tmp_path: Path) -> None:
    full = _tagger_pipeline()
    full.to_disk(tmp_path / "full")
    expected = _scores(full)

    assert store_half(full) > 0
    assert _dtypes(full) == {"float16"}
    full.add_pipe(FACTORY, last=True)
    full.to_disk(tmp_path / "half")

    def size(folder: Path) -> int:
        return (folder / "tagger" / "model").stat().st_size

    assert size(tmp_path / "half") < 0.6 * size(tmp_path / "full")
    loaded = spacy.load(tmp_path / "half")
    assert _dtypes(loaded) == {"float32"}
    # 16-bit rounding moves the scores a little, never the argmax here
    assert numpy.allclose(_scores(loaded), expected, atol=1e-2)
    assert (_scores(loaded).argmax(axis=1) == expected.argmax(axis=1)).all()


def test_half_weights_component_restores_weights_loaded_from_bytes() -> None:
    nlp = _tagger_pipeline()
    store_half(nlp)
    nlp.add_pipe(FACTORY, last=True)
    data = nlp.to_bytes()
    fresh = _tagger_pipeline()
    fresh.add_pipe(FACTORY, last=True)
    fresh.from_bytes(data)
    assert _dtypes(fresh) == {"float32"}


def test_half_weights_restore_is_a_no_op_on_float32_weights() -> None:
    nlp = _tagger_pipeline()
    assert restore_full(nlp) == 0
    assert _dtypes(nlp) == {"float32"}
