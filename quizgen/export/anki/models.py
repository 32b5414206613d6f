"""quizgen's Anki note types, one per item kind, with ids fixed forever.

Anki recognises a note type on re-import by its id. The ids were drawn at
random once (genanki's advice: 1 << 30 <= id < 1 << 31) and must never change
for the same fields: a note type whose *fields* change gets a new id and a new
name version ("quizgen cloze v2"). Templates and CSS may change freely: a deck
built later carries a newer modification time, and Anki updates the note type.
Each kind's spec holds its note type; the config supplies templates and CSS.
"""

from __future__ import annotations

from typing import Any

import genanki

from quizgen.config.anki import AnkiConfig
from quizgen.generate.kinds import CardSlot, NoteType, kind_specs
from quizgen.lang import get_language


def _note_types() -> dict[str, NoteType]:
    words = get_language().cards
    return {spec.name: spec.note_type(words) for spec in kind_specs()}


MODEL_IDS: dict[str, int] = {kind: note.model_id for kind, note in _note_types().items()}
MODEL_NAMES: dict[str, str] = {kind: note.name for kind, note in _note_types().items()}


def _template(slot: CardSlot, note: NoteType, config: AnkiConfig) -> dict[str, Any]:
    card = config.templates.get(slot.template)
    front, back = (card.front, card.back) if card else note.templates[slot.template]
    if slot.only_if:
        # A card whose front renders empty is not made: this is how Anki's own
        # "optional reversed card" note type works, and it keeps the note type
        # the same whether reversed cards are on or off.
        front = f"{{{{#{slot.only_if}}}}}{front}{{{{/{slot.only_if}}}}}"
    return {"name": slot.name, "qfmt": front, "afmt": back}


def build_models(config: AnkiConfig) -> dict[str, genanki.Model]:
    """The note types of every registered kind, with the config's templates and CSS."""
    models: dict[str, genanki.Model] = {}
    for kind, note in _note_types().items():
        models[kind] = genanki.Model(
            note.model_id,
            note.name,
            fields=[{"name": name} for name in note.fields],
            templates=[_template(slot, note, config) for slot in note.cards],
            css=config.css,
            model_type=genanki.Model.CLOZE if note.cloze else genanki.Model.FRONT_BACK,
        )
    return models
