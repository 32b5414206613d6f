"""``generation`` and ``questions`` sections: what items are made, and how questions read."""

from __future__ import annotations

import itertools
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from quizgen.config.base import Section

Level = Literal["A1", "A2", "B1", "B2", "C1", "C2"]
LEVELS: tuple[Level, ...] = ("A1", "A2", "B1", "B2", "C1", "C2")
HintStyle = Literal["none", "lemma", "word_class", "first_letter", "gloss"]


class Counts(Section):
    cloze: int = Field(default=15, ge=0, le=1000)
    vocab: int = Field(default=25, ge=0, le=1000)
    question: int = Field(default=12, ge=0, le=1000)
    choice: int = Field(default=6, ge=0, le=1000)
    truefalse: int = Field(default=4, ge=0, le=1000)


class LevelBand(Section):
    min: Level = "B1"
    max: Level = "C2"

    @model_validator(mode="after")
    def _ordered(self) -> LevelBand:
        if LEVELS.index(self.min) > LEVELS.index(self.max):
            raise ValueError(f"min ({self.min}) is harder than max ({self.max})")
        return self


class ZipfLevels(Section):
    """Lowest word frequency (wordfreq Zipf scale) for each level; rarer words are C2.

    Zipf 6 is a word met once per thousand words, 3 once per million."""

    A1: float = Field(default=5.5, ge=0, le=8)
    A2: float = Field(default=5.0, ge=0, le=8)
    B1: float = Field(default=4.5, ge=0, le=8)
    B2: float = Field(default=4.0, ge=0, le=8)
    C1: float = Field(default=3.3, ge=0, le=8)

    @model_validator(mode="after")
    def _descending(self) -> ZipfLevels:
        values = [self.A1, self.A2, self.B1, self.B2, self.C1]
        if any(a < b for a, b in itertools.pairwise(values)):
            raise ValueError("each level needs a frequency at least as high as the next one")
        return self


class Generators(Section):
    """Which registered generator makes each kind, as ``name.vN``."""

    cloze: str = "cloze.v1"
    vocab: str = "vocab.v1"
    question: str = "question.v1"
    choice: str = "choice.v1"
    truefalse: str = "truefalse.v1"

    @field_validator("cloze", "vocab", "question", "choice", "truefalse")
    @classmethod
    def _registered(cls, name: str, info: ValidationInfo) -> str:
        # Imported here: the registry pulls in the generator modules.
        from quizgen.generate.registry import generator_problem

        problem = generator_problem(name, info.field_name)
        if problem:
            raise ValueError(problem)
        return name


class GenerationConfig(Section):
    kinds: tuple[Literal["cloze", "vocab", "question", "choice", "truefalse"], ...] = (
        "cloze",
        "vocab",
        "question",
        "choice",
        "truefalse",
    )
    counts: Counts = Counts()
    level: LevelBand = LevelBand()
    levels: ZipfLevels = ZipfLevels()
    hint: HintStyle = "lemma"
    seed: int = 0
    glossary: dict[str, str] = Field(default_factory=dict)
    # "auto": glosses from FreeDict's Danish-English dictionary when it is installed;
    # "none": no dictionary; or the path of a dictd ".index" file.
    dictionary: str = "auto"
    stoplist: tuple[str, ...] = ()
    items_per_target: int = Field(default=1, ge=1, le=10)
    generators: Generators = Generators()


class Phrasings(Section):
    """Question words; ``{role}`` and ``{term}`` are filled in from the article."""

    who: str = Field(default="Hvem", min_length=1)
    what: str = Field(default="Hvad", min_length=1)
    where: str = Field(default="Hvor", min_length=1)
    when: str = Field(default="Hvornår", min_length=1)
    how_many: str = Field(default="Hvor mange", min_length=1)
    source: str = Field(default="Ifølge hvem", min_length=1)
    role: str = "Hvem er {role}?"
    definition: str = "Hvad er {term}?"

    @field_validator("role")
    @classmethod
    def _has_role(cls, text: str) -> str:
        if "{role}" not in text:
            raise ValueError("must contain {role}, where the role from the article goes")
        return text

    @field_validator("definition")
    @classmethod
    def _has_term(cls, text: str) -> str:
        if "{term}" not in text:
            raise ValueError("must contain {term}, where the word being explained goes")
        return text


class QuestionsConfig(Section):
    phrasings: Phrasings = Phrasings()
    max_words: int = Field(default=28, ge=5, le=200)
