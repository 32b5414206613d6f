"""The ``truefalse`` kind: statements from the article (generator
``truefalse.v1``), some made false by swapping an entity, number or time for
another of the same kind. The feedback is always the true sentence."""

from __future__ import annotations

import random
from dataclasses import dataclass

from quizgen.analysis import Token
from quizgen.config import anki_templates as tpl
from quizgen.extract.facts import Fact
from quizgen.generate.checking import AnswerCheck, Tolerance, check_truth
from quizgen.generate.context import Candidate, GenerationContext
from quizgen.generate.fieldhtml import escape, markdown
from quizgen.generate.grammar import distractors as d
from quizgen.generate.grammar.clauses import quotes
from quizgen.generate.kinds.base import (
    AnswerMode,
    CardSlot,
    FieldContext,
    KindSpec,
    NoteType,
    QualityRules,
)
from quizgen.generate.kinds.feedback import feedback_html
from quizgen.generate.kinds.registry import register_kind
from quizgen.generate.registry import register
from quizgen.items import Item, KindData
from quizgen.lang import get_language
from quizgen.lang.cards import CardWords
from quizgen.lang.da.words import FIRST_PERSON, PERSONAL_SUBJECTS

SWAPPABLE = ("time", "place", "quantity", "attribution", "role")


@dataclass(frozen=True, slots=True)
class TrueFalseData(KindData):
    feedback: str = ""  # shown after the answer when it says more than the source
    changed: str = ""  # what made the statement false: "old → new"


@dataclass(frozen=True)
class TrueFalseSpec(KindSpec[TrueFalseData]):
    def note_type(self, words: CardWords) -> NoteType:
        return NoteType(
            "quizgen truefalse v1",
            2025972998,
            tpl.NOTE_FIELDS["truefalse"],
            (CardSlot("truefalse", words.plain_card),),
            templates={"truefalse": (tpl.TRUEFALSE_FRONT, tpl.TRUEFALSE_BACK)},
        )

    def anki_fields(self, item: Item, ctx: FieldContext) -> dict[str, str]:
        data = self.data(item)
        return {
            "Statement": escape(item.prompt),
            "Answer": escape(truth_label(item.answer, ctx.words)),
            "Feedback": feedback_html(item, data.feedback, data.changed, ctx.words),
        }

    def csv_front(self, item: Item, words: CardWords) -> str:
        return f"{words.true_or_false} {item.prompt}"

    def csv_answer(self, item: Item, words: CardWords) -> str:
        return truth_label(item.answer, words)

    def worksheet_task(self, item: Item, words: CardWords) -> list[str]:
        return [f"{markdown(item.prompt)} — {words.true_or_false_marks}"]

    def worksheet_key(self, item: Item, words: CardWords) -> str:
        verdict = words.true_verdict if item.answer == words.true_answer else words.false_verdict
        if item.answer == words.false_answer:
            return f"{verdict}. {words.in_the_text} {markdown(item.source)}"
        return verdict

    def answer_mode(self, item: Item) -> AnswerMode:
        return "truefalse"

    def practice_instruction(self, words: CardWords) -> str:
        return (f"Press t or s if it is true ({words.true_answer}), "
                f"f if it is false ({words.false_answer}).")  # fmt: skip

    def check(self, item: Item, given: str, tolerance: Tolerance) -> AnswerCheck:
        return check_truth(item, given, self.data(item).changed)

    def problem(self, item: Item) -> str:
        words = get_language().cards
        return "" if item.answer in (words.true_answer, words.false_answer) else "not true/false"


def truth_label(answer: str, words: CardWords) -> str:
    if answer == words.true_answer:
        return words.true_label
    if answer == words.false_answer:
        return words.false_label
    return answer


TRUEFALSE = register_kind(
    TrueFalseSpec(
        "truefalse",
        TrueFalseData,
        label="True or false?",
        instruction="Press t if it is true, f if it is false.",
        short_name="t/f",
        default_count=4,
        worksheet_position=3,
        quality=QualityRules(pronoun_answer=False),
        marks_answer=False,
    )
)


def _statement_ok(ctx: GenerationContext, index: int) -> bool:
    sentence = ctx.sentence(index)
    first = sentence.tokens[0]
    return (
        index not in ctx.headings
        and 6 <= len(sentence.tokens) <= 32
        and first.pos not in ("PRON", "CCONJ")  # "Det fortæller ...": needs the sentence before
        and first.text.lower() != "der"
        and not quotes(sentence)
        and not any(_points_back(t) for t in sentence.tokens)
    )


def _points_back(token: Token) -> bool:
    """``de``, ``disse``, ``vi``: the statement would need the sentences around it."""
    text = token.text.lower()
    if text in FIRST_PERSON or (token.pos == "DET" and text in ("disse", "denne", "dette")):
        return True
    return token.pos == "PRON" and token.dep.startswith("nsubj") and text in PERSONAL_SUBJECTS


def _swaps(ctx: GenerationContext, fact: Fact, rng: random.Random) -> list[tuple[str, str]]:
    """(old phrase, new phrase) pairs that make the sentence false."""
    sentence = ctx.sentence(fact.sentence_index)
    if fact.kind == "time":
        return [
            (fact.text, o) for o in d.pick(d.time_options(fact.text), fact.text, sentence, rng, 1)
        ]
    if fact.kind == "quantity":
        return [
            (fact.quantity, o)
            for o in d.pick(
                d.number_options(fact.quantity, sentence.span_text(0, fact.span[0])),
                fact.quantity,
                sentence,
                rng,
                1,
                shuffle=False,
            )
        ]
    if fact.kind in ("attribution", "role") and fact.label:
        if fact.kind == "attribution":
            found = [f.source for f in ctx.facts if f.kind == "attribution" and f.source]
            pool, spare = d.source_options(found)
        else:
            pool, spare = d.entity_options(ctx.analysis, "PER"), d.fallback_entities("PER")
        # A name for a name, a noun for a noun: "Skoleleder Peter Madsen", not
        # "Skoleleder undersøgelsen".
        same_kind = [o for o in pool if o[:1].isupper() == fact.text[:1].isupper()]
        picked = d.pick(same_kind, fact.text, sentence, rng, 1, fallback=spare)
        return [(fact.text, o) for o in picked]
    if fact.kind == "place":
        inside = [
            e
            for e in ctx.analysis.entities
            if e.sentence == fact.sentence_index
            and fact.span[0] <= e.start
            and e.end <= fact.span[1]
            and e.label == "LOC"
        ]
        if len(inside) == 1:
            name = inside[0].text
            sources = {f.source for f in ctx.facts if f.kind == "attribution"}
            pool = [o for o in d.entity_options(ctx.analysis, "LOC") if o not in sources]
            spare = d.fallback_entities("LOC")
            return [(name, o) for o in d.pick(pool, name, sentence, rng, 1, fallback=spare)]
    return []


@register("truefalse.v1", kind="truefalse")
def make_truefalse(ctx: GenerationContext) -> list[Candidate]:
    words = get_language().cards
    out: list[Candidate] = []
    sentences = {s.text for s in ctx.analysis.sentences}
    seen_true: set[int] = set()
    for fact in ctx.facts:
        index = fact.sentence_index
        if fact.kind not in SWAPPABLE or not _statement_ok(ctx, index):
            continue
        source = ctx.sentence(index).text
        length_penalty = 0.03 * max(0, len(source.split()) - 18)
        rng = ctx.rng(f"truefalse:{index}:{fact.kind}:{fact.text}")
        for old, new in _swaps(ctx, fact, rng):
            statement = source.replace(old, new, 1)
            if statement == source or statement in sentences:
                continue
            statement = statement[:1].upper() + statement[1:]
            item = Item(
                id=ctx.item_id("truefalse", source, words.false_answer, statement),
                kind="truefalse",
                prompt=statement,
                answer=words.false_answer,
                source=source,
                article_id=ctx.article_id,
                tags=("truefalse", fact.kind),
                sentence_index=index,
                data=TrueFalseData(feedback=source, changed=f"{old} → {new}"),
            )
            out.append(Candidate(item, round(1.1 - length_penalty, 3), f"s{index}", "false"))
        if index not in seen_true:
            seen_true.add(index)
            item = Item(
                id=ctx.item_id("truefalse", source, words.true_answer, source),
                kind="truefalse",
                prompt=source,
                answer=words.true_answer,
                source=source,
                article_id=ctx.article_id,
                tags=("truefalse", "true"),
                sentence_index=index,
                data=TrueFalseData(feedback=source),
            )
            out.append(Candidate(item, round(1.0 - length_penalty, 3), f"s{index}", "true"))
    return out
