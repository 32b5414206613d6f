"""The whole config: one section per concern, each owned by its own module."""

from __future__ import annotations

from quizgen.config.anki import AnkiConfig
from quizgen.config.base import Section
from quizgen.config.generation import GenerationConfig, QuestionsConfig, TrueFalseConfig
from quizgen.config.nlp import InputConfig, NlpConfig
from quizgen.config.practice import PracticeConfig


class Config(Section):
    nlp: NlpConfig = NlpConfig()
    input: InputConfig = InputConfig()
    generation: GenerationConfig = GenerationConfig()
    questions: QuestionsConfig = QuestionsConfig()
    truefalse: TrueFalseConfig = TrueFalseConfig()
    anki: AnkiConfig = AnkiConfig()
    practice: PracticeConfig = PracticeConfig()
