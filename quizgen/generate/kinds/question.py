"""The ``question`` kind: comprehension questions answered in the learner's own
words (generator ``question.v1``, from the drafts in ``generate/questions.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.config import anki_templates as tpl
from quizgen.generate.checking import AnswerCheck, Tolerance, check_phrase
from quizgen.generate.context import Candidate, GenerationContext
from quizgen.generate.fieldhtml import escape
from quizgen.generate.kinds.base import CardSlot, FieldContext, KindSpec, NoteType, QualityRules
from quizgen.generate.kinds.registry import register_kind
from quizgen.generate.questions import ASKS, drafts
from quizgen.generate.registry import register
from quizgen.items import Item, KindData
from quizgen.lang.cards import CardWords


@dataclass(frozen=True, slots=True)
class QuestionData(KindData):
    pos: str = ""  # part of speech of the answer's head, when known
    entity: str = ""  # entity type of the answer, when known


@dataclass(frozen=True)
class QuestionSpec(KindSpec[QuestionData]):
    def note_type(self, words: CardWords) -> NoteType:
        return NoteType(
            "quizgen question v1",
            1664730344,
            tpl.NOTE_FIELDS["question"],
            (CardSlot("question", words.plain_card),),
            templates={"question": (tpl.QUESTION_FRONT, tpl.QUESTION_BACK)},
        )

    def anki_fields(self, item: Item, ctx: FieldContext) -> dict[str, str]:
        return {
            "Question": escape(item.prompt),
            "Answer": escape(item.answer),
            "Accepted": escape(" / ".join(item.accepted)),
            "Hint": escape(item.hint),
        }

    def check(self, item: Item, given: str, tolerance: Tolerance) -> AnswerCheck:
        return check_phrase(item, given, tolerance, self.forms(item))


QUESTION = register_kind(
    QuestionSpec(
        "question",
        QuestionData,
        label="Question",
        instruction="Type your answer, then Enter.",
        short_name="quest.",
        default_count=12,
        worksheet_position=1,
        quality=QualityRules(
            reflexive_answer=True, answer_hidden=True, question_mark=True, one_sentence=True
        ),
    )
)


@register("question.v1", kind="question")
def make_questions(ctx: GenerationContext) -> list[Candidate]:
    out: list[Candidate] = []
    for d in drafts(ctx):
        source = ctx.sentence(d.sentence).text
        item = Item(
            id=ctx.item_id("question", source, d.answer, d.asks),
            kind="question",
            prompt=d.prompt,
            answer=d.answer,
            source=source,
            article_id=ctx.article_id,
            accepted=d.accepted,
            asks=ASKS.get(d.asks, d.asks),
            tags=("question", d.asks),
            sentence_index=d.sentence,
            answer_start=source.find(d.answer) if d.answer in source else -1,
            data=QuestionData(),
        )
        out.append(Candidate(item, d.score, f"{d.sentence}:{d.answer.lower()}", item.asks))
    return out
