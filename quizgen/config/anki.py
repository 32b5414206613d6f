"""``anki`` section: deck naming, card templates and styling, pronunciation."""

from __future__ import annotations

import re
import string
from typing import ClassVar

from pydantic import Field, ValidationInfo, field_validator

from quizgen.config import anki_templates as tpl
from quizgen.config.anki_templates import NOTE_FIELDS, SPECIAL_FIELDS, NoteType
from quizgen.config.base import Section

DECK_NAME_PLACEHOLDERS = ("title", "slug", "article_id")

_TAG = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
MAX_FORMAT_WIDTH = 200  # characters a placeholder may be padded or cut to
_NUMBER = re.compile(r"\d+")


def format_spec_problem(spec: str) -> str:
    """Why a placeholder's format spec (``title:>20``) is refused, or "" if it is fine.

    A width like ``>300000000`` would build a name of gigabytes; placeholders inside
    a spec would let an article's text choose the width.
    """
    if "{" in spec or "}" in spec:
        return "has a placeholder inside its format; write the width as a number"
    if any(int(digits) > MAX_FORMAT_WIDTH for digits in _NUMBER.findall(spec)):
        return f"asks for a width over {MAX_FORMAT_WIDTH} characters; use a smaller number"
    return ""


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
                f"{{{{{raw}}}}} names no field of the {note_type} note type "
                f"(fields: {', '.join(fields)})"
            )
            continue
        if name == "FrontSide" and side == "front":
            problems.append("{{FrontSide}} can only be used on the back")
        used.add(name)
        if marker in ("#", "^"):
            open_sections.append(name)
        elif marker == "/" and (not open_sections or open_sections.pop() != name):
            problems.append(f"{{{{/{name}}}}} closes a section that is not open")
    problems += [f"{{{{#{name}}}}} is never closed with {{{{/{name}}}}}" for name in open_sections]
    if template.count("{{") != template.count("}}"):
        problems.append("unbalanced {{ and }}")
    if side == "front" and not used & set(fields):
        problems.append("shows no field, so every card would be empty")
    if note_type == "cloze" and "cloze:Text" not in template.replace(" ", ""):
        problems.append("a cloze card needs {{cloze:Text}}")
    return problems


class CardTemplate(Section):
    """One card's two sides: HTML with Anki's ``{{Field}}`` placeholders.

    Subclassed per note type, so a mistake is reported at the very side
    (``anki.templates.question.front``) with the fields that side may use."""

    note_type: ClassVar[NoteType] = "question"
    front: str
    back: str

    @field_validator("front", "back")
    @classmethod
    def _names_only_real_fields(cls, value: str, info: ValidationInfo) -> str:
        problems = template_problems(value, cls.note_type, side=info.field_name or "front")
        if problems:
            raise ValueError("; ".join(problems))
        return value


class ClozeCard(CardTemplate):
    note_type: ClassVar[NoteType] = "cloze"


class VocabCard(CardTemplate):
    note_type: ClassVar[NoteType] = "vocab"


class QuestionCard(CardTemplate):
    note_type: ClassVar[NoteType] = "question"


class ChoiceCard(CardTemplate):
    note_type: ClassVar[NoteType] = "choice"


class TrueFalseCard(CardTemplate):
    note_type: ClassVar[NoteType] = "truefalse"


class Templates(Section):
    cloze: ClozeCard = ClozeCard(front=tpl.CLOZE_FRONT, back=tpl.CLOZE_BACK)
    vocab: VocabCard = VocabCard(front=tpl.VOCAB_FRONT, back=tpl.VOCAB_BACK)
    vocab_reversed: VocabCard = VocabCard(
        front=tpl.VOCAB_REVERSED_FRONT, back=tpl.VOCAB_REVERSED_BACK
    )
    question: QuestionCard = QuestionCard(front=tpl.QUESTION_FRONT, back=tpl.QUESTION_BACK)
    choice: ChoiceCard = ChoiceCard(front=tpl.CHOICE_FRONT, back=tpl.CHOICE_BACK)
    truefalse: TrueFalseCard = TrueFalseCard(front=tpl.TRUEFALSE_FRONT, back=tpl.TRUEFALSE_BACK)


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
            fields = [
                (n, spec) for _, n, spec, _ in string.Formatter().parse(value) if n is not None
            ]
        except ValueError as error:
            raise ValueError(
                f"{error}; write {{title}} for the article title, and {{{{ }}}} for a brace"
            ) from None
        allowed = ", ".join("{" + p + "}" for p in DECK_NAME_PLACEHOLDERS)
        for name, spec in fields:
            if name not in DECK_NAME_PLACEHOLDERS:
                raise ValueError(f"unknown placeholder {{{name}}}; use {allowed}")
            problem = format_spec_problem(spec or "")
            if problem:
                raise ValueError(f"{{{name}:{spec}}} {problem}")
        sample = value.format(title="T", slug="t", article_id="0")
        if any(not part.strip() for part in sample.split("::")):
            raise ValueError('a deck name must not be empty or have an empty part around "::"')
        return value
