"""What a kind of item is: its typed data, Anki note type, CSV, worksheet and
practice behaviour, and quality rules, as one ``KindSpec``.

Exporters, the practice app and the TUI look a kind's spec up by name and call
it; only the spec modules in this package know what a kind's data holds. A spec
subclasses ``KindSpec``, overriding what differs from the defaults below.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

from quizgen.generate.checking import AnswerCheck, Tolerance, check_typed, forms_of
from quizgen.generate.fieldhtml import GAP_LINE, markdown
from quizgen.items import Item, KindData
from quizgen.lang.cards import CardWords

# How practice asks for the answer: typed, one of the options, true or false, or
# not at all (the learner recalls, turns the card and grades).
AnswerMode = Literal["typed", "choice", "truefalse", "self"]

D = TypeVar("D", bound=KindData)


@dataclass(frozen=True)
class CardSlot:
    """One card of a note type: its template's key under ``anki.templates``, the
    name Anki shows, and a field that must be filled for the card to exist."""

    template: str
    name: str
    only_if: str = ""


@dataclass(frozen=True)
class NoteType:
    """An Anki note type. ``model_id`` and ``fields`` are its identity in Anki: a
    change of fields needs a new id and name version (see export/anki/models.py)."""

    name: str
    model_id: int
    fields: tuple[str, ...]
    cards: tuple[CardSlot, ...]
    cloze: bool = False
    # Default (front, back) per template key, for keys the config does not set.
    templates: Mapping[str, tuple[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class FieldContext:
    """What a note's fields need besides the item."""

    title: str  # the article title, escaped
    words: CardWords
    reverse: bool = False  # reversed cards switched on
    audio_tag: str = ""  # ``[sound:...]`` for the item's spoken word


@dataclass(frozen=True)
class QualityRules:
    """Which of the shared quality rules (generate/quality.py) apply to a kind."""

    pronoun_answer: bool = True  # a personal pronoun is no answer
    reflexive_answer: bool = False  # nor "sin første prøve"
    answer_hidden: bool = False  # the answer must not be readable in the prompt
    one_gap: bool = False  # exactly one CLOZE_GAP in the prompt
    question_mark: bool = False
    one_sentence: bool = False
    capitalised: bool = True  # the prompt starts upper-case


@dataclass(frozen=True)
class WordCard:
    """A word the deck teaches: what the reading screen shows when it is selected."""

    item_id: str
    lemma: str
    pos: str = ""  # UPOS
    word_class: str = ""  # the generator's wording, e.g. "substantiv"
    gloss: str = ""
    gender: str = ""
    article: str = ""  # en / et for nouns
    forms: str = ""
    example: str = ""
    level: str = ""


@dataclass(frozen=True)
class KindSpec(Generic[D]):
    """One kind of item. The methods take the item and read its data as ``D``."""

    name: str
    data_type: type[D]
    label: str  # practice: the card's title
    instruction: str  # practice: how to answer
    default_count: int = 10  # when generation.counts does not name the kind
    worksheet_position: int = 100  # worksheet sections go in this order
    quality: QualityRules = QualityRules()
    wrong_form_wording: str = "the text has"  # "Right word, wrong form: <this> «...»"
    marks_answer: bool = True  # feedback marks the answer in the source sentence
    reversible: bool = False  # anki.reversed_vocab adds a reversed card
    short_name: str = ""  # a narrow table column's heading, when the name is too wide

    @property
    def default_generator(self) -> str:
        return f"{self.name}.v1"

    # -- data ---------------------------------------------------------------------

    def data(self, item: Item) -> D:
        """The item's data, or the empty data when it has none."""
        return item.data if isinstance(item.data, self.data_type) else self.data_type()

    def own_prompt(self, item: Item) -> str:
        """The prompt without the context printed before it: what the shape rules
        (one gap, one sentence, a capital first) look at."""
        return item.prompt

    def from_legacy(self, extra: Mapping[str, str]) -> D:
        """The data from an item written before data was typed (its ``extra`` dict)."""
        names = {f.name for f in dataclasses.fields(self.data_type)}  # type: ignore[arg-type]
        known = {k: str(v) for k, v in extra.items() if k in names}
        entity = extra.get("ent_type", "") or extra.get("entity", "")
        if entity and "entity" in names:
            known["entity"] = entity
        return self.data_type(**known)

    # -- Anki -----------------------------------------------------------------------

    def note_type(self, words: CardWords) -> NoteType:
        raise NotImplementedError

    def anki_fields(self, item: Item, ctx: FieldContext) -> dict[str, str]:
        """Field values by name; ``Source`` and ``Article`` default to the escaped
        sentence and title."""
        raise NotImplementedError

    def facets(self, item: Item) -> tuple[str, str]:
        """Part of speech and entity type, for ``pos::`` and ``ent::`` tags."""
        data = self.data(item)
        return str(getattr(data, "pos", "")), str(getattr(data, "entity", ""))

    def spoken_word(self, item: Item) -> str:
        """The word ``--audio`` pronounces for the note, or ""."""
        return ""

    # -- CSV and worksheets ------------------------------------------------------

    def csv_front(self, item: Item, words: CardWords) -> str:
        return item.prompt

    def csv_answer(self, item: Item, words: CardWords) -> str:
        return item.answer

    def meaning(self, item: Item) -> str:
        """What the item's word means, for a line of its own under the answer, or ""."""
        return ""

    def worksheet_section(self, words: CardWords) -> tuple[str, str]:
        """Heading and instruction of the kind's worksheet section."""
        return words.worksheet_sections.get(self.name, (self.label, self.instruction))

    def worksheet_task(self, item: Item, words: CardWords) -> list[str]:
        return [markdown(item.prompt), "", f"   {GAP_LINE}{GAP_LINE}{GAP_LINE}"]

    def worksheet_key(self, item: Item, words: CardWords) -> str:
        also = ", ".join(markdown(a) for a in item.accepted)
        return f"{markdown(item.answer)}" + (f" ({words.also}: {also})" if item.accepted else "")

    # -- practice -------------------------------------------------------------------

    def answer_mode(self, item: Item) -> AnswerMode:
        return "typed"

    def practice_instruction(self, words: CardWords) -> str:
        return self.instruction

    def forms(self, item: Item) -> frozenset[str]:
        """Every form of the answer's word the item knows of (lemma and listed forms)."""
        return forms_of((item.lemma,), str(getattr(self.data(item), "forms", "")))

    def check(self, item: Item, given: str, tolerance: Tolerance) -> AnswerCheck:
        """Judge a non-empty answer."""
        return check_typed(item, given, tolerance, self.forms(item), self.wrong_form_wording)

    def marked_example(self, item: Item) -> str:
        """The source with the word in ``**``, when the kind marks it so; else ""."""
        return ""

    def word_card(self, item: Item) -> WordCard | None:
        """The word the item teaches, when it is a word card."""
        return None

    # -- quality ----------------------------------------------------------------------

    def problem(self, item: Item) -> str:
        """The kind's own reason an item is unusable (after the shared rules), or ""."""
        return ""


def with_context(context: str, prompt: str) -> str:
    """The prompt as printed: the sentence it leans on first, when there is one."""
    return f"{context} {prompt}" if context else prompt


def without_context(prompt: str, context: str) -> str:
    return prompt.removeprefix(f"{context} ") if context else prompt
