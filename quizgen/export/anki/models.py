"""quizgen's Anki note types, one per item kind, with ids fixed forever.

Anki recognises a note type on re-import by its id. These ids were drawn at
random once (genanki's advice: 1 << 30 <= id < 1 << 31) and must never change
for the same fields: a note type whose *fields* change gets a new id and a new
name version ("quizgen cloze v2"). Templates and CSS may change freely: a deck
built later carries a newer modification time, and Anki updates the note type.
"""

from __future__ import annotations

from typing import Any

import genanki

from quizgen.config.anki import AnkiConfig, CardTemplate
from quizgen.config.anki_templates import NOTE_FIELDS, NoteType

MODEL_IDS: dict[NoteType, int] = {
    "cloze": 1098128874,
    "vocab": 2076318940,
    "question": 1664730344,
    "choice": 1669972021,
    "truefalse": 2025972998,
}
MODEL_NAMES: dict[NoteType, str] = {kind: f"quizgen {kind} v1" for kind in MODEL_IDS}


def _template(name: str, card: CardTemplate, *, only_if: str = "") -> dict[str, Any]:
    front = card.front
    if only_if:
        # A card whose front renders empty is not made: this is how Anki's own
        # "optional reversed card" note type works, and it keeps the note type
        # the same whether reversed cards are on or off.
        front = f"{{{{#{only_if}}}}}{front}{{{{/{only_if}}}}}"
    return {"name": name, "qfmt": front, "afmt": card.back}


def _templates(kind: NoteType, config: AnkiConfig) -> list[dict[str, Any]]:
    templates = config.templates
    if kind == "vocab":
        return [
            _template("Dansk → betydning", templates.vocab),
            _template("Betydning → dansk", templates.vocab_reversed, only_if="Reverse"),
        ]
    card: CardTemplate = getattr(templates, kind)
    return [_template({"cloze": "Cloze"}.get(kind, "Kort"), card)]


def build_models(config: AnkiConfig) -> dict[NoteType, genanki.Model]:
    """The note types with the config's templates and CSS."""
    models: dict[NoteType, genanki.Model] = {}
    for kind, model_id in MODEL_IDS.items():
        models[kind] = genanki.Model(
            model_id,
            MODEL_NAMES[kind],
            fields=[{"name": name} for name in NOTE_FIELDS[kind]],
            templates=_templates(kind, config),
            css=config.css,
            model_type=genanki.Model.CLOZE if kind == "cloze" else genanki.Model.FRONT_BACK,
        )
    return models
