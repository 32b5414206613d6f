"""``generation`` and ``questions`` sections: what items are made, and how questions read."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from quizgen.config.base import Section

Level = Literal["A1", "A2", "B1", "B2", "C1", "C2"]
HintStyle = Literal["none", "lemma", "word_class", "first_letter", "gloss"]


class Counts(Section):
    cloze: int = Field(default=15, ge=0, le=1000)
    vocab: int = Field(default=25, ge=0, le=1000)
    question: int = Field(default=12, ge=0, le=1000)
    choice: int = Field(default=6, ge=0, le=1000)
    truefalse: int = Field(default=4, ge=0, le=1000)


class LevelBand(Section):
    min: Level = "A2"
    max: Level = "C2"


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
    hint: HintStyle = "lemma"
    seed: int = 0
    glossary: dict[str, str] = {}
    stoplist: tuple[str, ...] = ()


class QuestionsConfig(Section):
    # Phrasings per question type; filled in by the generation issue.
    phrasings: dict[str, str] = {}
