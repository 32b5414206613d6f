"""``anki`` section: deck naming, card templates and styling, pronunciation."""

from __future__ import annotations

import re
import string
from contextvars import ContextVar
from typing import Any

from pydantic import (
    ConfigDict,
    Field,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)

from quizgen.config import anki_templates as tpl
from quizgen.config.anki_templates import (
    CLOZE_NOTE_TYPES,
    SPECIAL_FIELDS,
    note_fields,
    note_type_of,
)
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


def template_problems(template: str, note_type: str, *, side: str) -> list[str]:
    """What is wrong with one side of a card template, in words a teacher can act on."""
    fields = note_fields(note_type) or ()
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
    if note_type in CLOZE_NOTE_TYPES and "cloze:Text" not in template.replace(" ", ""):
        problems.append("a cloze card needs {{cloze:Text}}")
    return problems


# The note type the template being validated belongs to: set by ``Templates`` around
# each of its keys, so one ``CardTemplate`` class serves every note type and a
# mistake is still reported at the very side (``anki.templates.question.front``).
_NOTE_TYPE: ContextVar[str | None] = ContextVar("note_type", default=None)


class CardTemplate(Section):
    """One card's two sides: HTML with Anki's ``{{Field}}`` placeholders."""

    front: str
    back: str

    @field_validator("front", "back")
    @classmethod
    def _names_only_real_fields(cls, value: str, info: ValidationInfo) -> str:
        note_type = _NOTE_TYPE.get()
        if note_type is None:  # built outside a Templates section: nothing to check against
            return value
        problems = template_problems(value, note_type, side=info.field_name or "front")
        if problems:
            raise ValueError("; ".join(problems))
        return value


class Templates(Section):
    """Card templates by key: a note type's name, or a further card of it
    (``vocab_reversed``). A kind added later may add keys of its own."""

    model_config = ConfigDict(extra="allow", frozen=True)
    __pydantic_extra__: dict[str, CardTemplate]

    cloze: CardTemplate = CardTemplate(front=tpl.CLOZE_FRONT, back=tpl.CLOZE_BACK)
    vocab: CardTemplate = CardTemplate(front=tpl.VOCAB_FRONT, back=tpl.VOCAB_BACK)
    vocab_reversed: CardTemplate = CardTemplate(
        front=tpl.VOCAB_REVERSED_FRONT, back=tpl.VOCAB_REVERSED_BACK
    )
    question: CardTemplate = CardTemplate(front=tpl.QUESTION_FRONT, back=tpl.QUESTION_BACK)
    choice: CardTemplate = CardTemplate(front=tpl.CHOICE_FRONT, back=tpl.CHOICE_BACK)
    truefalse: CardTemplate = CardTemplate(front=tpl.TRUEFALSE_FRONT, back=tpl.TRUEFALSE_BACK)

    @field_validator("*", mode="wrap")
    @classmethod
    def _as_note_type(
        cls, value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
    ) -> Any:
        token = _NOTE_TYPE.set(note_type_of(info.field_name or ""))
        try:
            return handler(value)
        finally:
            _NOTE_TYPE.reset(token)

    @model_validator(mode="after")
    def _extra_keys(self) -> Templates:
        # Keys of later kinds: checked here, as field validators never see them.
        for key, card in (self.__pydantic_extra__ or {}).items():
            note_type = note_type_of(key)
            if note_fields(note_type) is None:
                raise ValueError(f"unknown note type '{key}'")
            for side in ("front", "back"):
                problems = template_problems(getattr(card, side), note_type, side=side)
                if problems:
                    raise ValueError(f"{key}.{side}: " + "; ".join(problems))
        return self

    def get(self, key: str) -> CardTemplate | None:
        found = getattr(self, key, None)
        return found if isinstance(found, CardTemplate) else None


class AudioConfig(Section):
    voice: str = Field(default="da", pattern=r"^[A-Za-z0-9_+\-]{1,40}$")
    speed: int = Field(default=150, ge=80, le=450)


class AnkiConfig(Section):
    deck_name: str = "Dansk::Læsning::{title}"
    reversed_vocab: bool = False
    audio: AudioConfig = AudioConfig()
    templates: Templates = Templates.model_validate({})
    css: str = tpl.CSS
    # Names a look (templates + CSS) other than the default: its note types are its own.
    look_name: str = Field(default="", max_length=60, pattern=r"^[^\x00-\x1f\x7f]*$")

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
