"""quizgen's Anki note types, one per item kind and look, with ids fixed forever.

Anki recognises a note type on re-import by its id, and its fields and card
templates by their own ids (since Anki 2.1.67; without them a renamed field
forks the note type into "... v1+"). So:

- The default look (the shipped templates and CSS) uses the kind's fixed id,
  drawn at random once (1 << 30 <= id < 1 << 31) and never to change for the same
  fields: a note type whose *fields* change gets a new id and name version
  ("quizgen cloze v2"). A new default template reaches learners as an update.
- A config with its own templates or CSS (a teacher's look for one class) gets
  note types of its own, "quizgen cloze v1 · <look>", so importing its decks never
  repaints another deck's cards. With ``anki.look_name`` set, id and name come
  from that name, and later changes to the look update those note types in
  place; without it, from the templates and CSS themselves.
- Every field and template has an int64 id derived from the note type id and
  its position: the same in every build.

Each kind's spec holds its note type; the config supplies templates and CSS.
"""

from __future__ import annotations

import hashlib
import json
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
_DEFAULT = AnkiConfig()


def _hash(*parts: object) -> int:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def part_id(model_id: int, part: str, ordinal: int) -> int:
    """The id of a note type's ``part`` ("field" or "template") at ``ordinal``: a
    positive int64, fixed for the note type (fields change only with its id)."""
    return 1 + _hash(model_id, part, ordinal) % ((1 << 62) - 1)


def _template(slot: CardSlot, note: NoteType, config: AnkiConfig) -> dict[str, Any]:
    card = config.templates.get(slot.template)
    front, back = (card.front, card.back) if card else note.templates[slot.template]
    if slot.only_if:
        # A card whose front renders empty is not made: this is how Anki's own
        # "optional reversed card" note type works, and it keeps the note type
        # the same whether reversed cards are on or off.
        front = f"{{{{#{slot.only_if}}}}}{front}{{{{/{slot.only_if}}}}}"
    return {"name": slot.name, "qfmt": front, "afmt": back}


def model_identity(note: NoteType, config: AnkiConfig) -> tuple[int, str]:
    """(id, name) of ``note``'s note type in ``config``'s look."""
    look = [_template(slot, note, config) for slot in note.cards], config.css
    if look == ([_template(slot, note, _DEFAULT) for slot in note.cards], _DEFAULT.css):
        return note.model_id, note.name
    name = " ".join(config.look_name.split())
    key: object = ["look", name] if name else ["content", look]
    digest = _hash(note.model_id, key)
    return (1 << 30) + digest % (1 << 30), f"{note.name} · {name or f'{digest:016x}'[:6]}"


def build_models(config: AnkiConfig) -> dict[str, genanki.Model]:
    """The note types of every registered kind, with the config's templates and CSS."""
    models: dict[str, genanki.Model] = {}
    for kind, note in _note_types().items():
        model_id, name = model_identity(note, config)
        templates = [
            _template(slot, note, config) | {"id": part_id(model_id, "template", i)}
            for i, slot in enumerate(note.cards)
        ]
        models[kind] = genanki.Model(
            model_id,
            name,
            fields=[
                {"name": field, "id": part_id(model_id, "field", i)}
                for i, field in enumerate(note.fields)
            ],
            templates=templates,
            css=config.css,
            model_type=genanki.Model.CLOZE if note.cloze else genanki.Model.FRONT_BACK,
        )
    return models
