"""``anki`` section: deck naming, card templates and styling, pronunciation."""

from __future__ import annotations

import re
import string

from pydantic import Field, ValidationInfo, field_validator

from quizgen.config import anki_templates as tpl
from quizgen.config.anki_templates import NOTE_FIELDS, SPECIAL_FIELDS, NoteType
from quizgen.config.base import Section

DECK_NAME_PLACEHOLDERS = ("title", "slug", "article_id")

_TAG = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)


class CardTemplate(Section):
    """One card's two sides: HTML with Anki's ``{{Field}}`` placeholders."""

    front: str
    back: str


class Templates(Section):
    cloze: CardTemplate = CardTemplate(front=tpl.CLOZE_FRONT, back=tpl.CLOZE_BACK)
    vocab: CardTemplate = CardTemplate(front=tpl.VOCAB_FRONT, back=tpl.VOCAB_BACK)
    vocab_reversed: CardTemplate = CardTemplate(
        front=tpl.VOCAB_REVERSED_FRONT, back=tpl.VOCAB_REVERSED_BACK
    )
    question: CardTemplate = CardTemplate(front=tpl.QUESTION_FRONT, back=tpl.QUESTION_BACK)
    choice: CardTemplate = CardTemplate(front=tpl.CHOICE_FRONT, back=tpl.CHOICE_BACK)
    truefalse: CardTemplate = CardTemplate(front=tpl.TRUEFALSE_FRONT, back=tpl.TRUEFALSE_BACK)

    @field_validator("*")
    @classmethod
    def _names_only_real_fields(cls, value: CardTemplate, info: ValidationInfo) -> CardTemplate:
        name = info.field_name or ""
        note_type: NoteType = "vocab" if name == "vocab_reversed" else name  # type: ignore[assignment]
        problems = template_problems(value.front, note_type, side="front")
        problems += template_problems(value.back, note_type, side="back")
        if problems:
            raise ValueError("; ".join(problems))
        return value


class AudioConfig(Section):
    voice: str = Field(default="da", pattern=r"^[A-Za-z0-9_+\-]{1,40}$")
    speed: int = Field(default=150, ge=80, le=450)


class AnkiConfig(Section):
    deck_name: str = "Dansk::Læsning::{title}"
    reversed_vocab: bool = False
    audio: AudioConfig = AudioConfig()
    templates: Templates = Templates()
    css: str = tpl.CSS

    @field_validator("deck_name")
    @classmethod
    def _known_placeholders(cls, value: str) -> str:
        try:
            names = [name for _, name, _, _ in string.Formatter().parse(value) if name is not None]
        except ValueError as error:
            raise ValueError(
                f"{error}; write {{title}} for the article title, and {{{{ }}}} for a brace"
            ) from None
        allowed = ", ".join("{" + p + "}" for p in DECK_NAME_PLACEHOLDERS)
        for name in names:
            if name not in DECK_NAME_PLACEHOLDERS:
                raise ValueError(f"unknown placeholder {{{name}}}; use {allowed}")
        sample = value.format(title="T", slug="t", article_id="0")
        if any(not part.strip() for part in sample.split("::")):
            raise ValueError('a deck name must not be empty or have an empty part around "::"')
        return value


def template_problems(template: str, note_type: NoteType, *, side: str) -> list[str]:
    """What is wrong with one side of a card template, in words a teacher can act on."""
    fields = NOTE_FIELDS[note_type]
    known = set(fields) | SPECIAL_FIELDS
    problems: list[str] = []
    open_sections: list[str] = []
    used: set[str] = set()
    for match in _TAG.finditer(template):
        raw = match.group(1).strip()
        marker = raw[:1] if raw[:1] in "#^/" else ""
        name = raw[len(marker) :].split(":")[-1].strip()
        if name not in known:
            problems.append(
                f"{side}: {{{{{raw}}}}} names no field of the {note_type} note type "
                f"(fields: {', '.join(fields)})"
            )
            continue
        if name == "FrontSide" and side == "front":
            problems.append(f"{side}: {{{{FrontSide}}}} can only be used on the back")
        used.add(name)
        if marker in ("#", "^"):
            open_sections.append(name)
        elif marker == "/" and (not open_sections or open_sections.pop() != name):
            problems.append(f"{side}: {{{{/{name}}}}} closes a section that is not open")
    problems += [
        f"{side}: {{{{#{name}}}}} is never closed with {{{{/{name}}}}}" for name in open_sections
    ]
    if template.count("{{") != template.count("}}"):
        problems.append(f"{side}: unbalanced {{{{ and }}}}")
    if side == "front" and not used & set(fields):
        problems.append(f"{side}: shows no field, so every card would be empty")
    if note_type == "cloze" and "cloze:Text" not in template.replace(" ", ""):
        problems.append(f"{side}: a cloze card needs {{{{cloze:Text}}}}")
    return problems
