"""The ``truefalse`` kind: statements from the article (generator
``truefalse.v1``). A true statement says a sentence another way
(``generate.statements.paraphrase``); a false one changes one thing the text settles
(``generate.statements.falsify``). ``changed`` records what differs from the sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from quizgen.analysis import Sentence
from quizgen.config import anki_templates as tpl
from quizgen.generate.checking import AnswerCheck, Tolerance, check_truth
from quizgen.generate.context import Candidate, GenerationContext
from quizgen.generate.fieldhtml import escape, markdown
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
from quizgen.generate.statements.eligible import (
    antecedent,
    opens_with_link,
    resolved,
    statement_ok,
    subject_pronoun,
)
from quizgen.generate.statements.falsify import Article, falsehoods
from quizgen.generate.statements.paraphrase import Rewrite
from quizgen.generate.statements.shape import main_clause
from quizgen.generate.statements.truths import true_statements
from quizgen.items import Item, KindData
from quizgen.lang import get_language
from quizgen.lang.cards import CardWords
from quizgen.lang.grammar import Grammar


@dataclass(frozen=True, slots=True)
class TrueFalseData(KindData):
    feedback: str = ""  # shown after the answer when it says more than the source
    changed: str = ""  # what differs from the sentence: "old → new" (false), "word order" (true)


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
        words = get_language().cards  # a spec check has no context: the default language
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


def _plain(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _groups(share: float, count: int) -> tuple[int, int]:
    """Selection groups for false and true statements: selection takes one from each
    group in turn, so 3 false groups and 1 true group keep about 3 false in 4."""
    ratio = Fraction(share).limit_denominator(max(count, 2))
    return ratio.numerator, ratio.denominator - ratio.numerator


def _spread(found: list[Candidate], groups: int, label: str) -> list[Candidate]:
    ranked = sorted(found, key=lambda c: (-c.score, c.item.id))
    return [
        Candidate(c.item, c.score, c.target, f"{label}{n % groups}", c.notes)
        for n, c in enumerate(ranked)
    ]


_SCORES = {
    "entity": 1.05,
    "number": 1.0,
    "negation": 0.9,
    "voice": 1.05,
    "cleft": 0.95,
    "cleft on the subject": 0.85,  # nearer a copy than a cleft on a time or place
    # "Siden 1903 har ..." -> "Det er siden 1903, at ...": the source's order kept, so
    # taken only when nothing else is left
    "cleft on the fronted adverbial": 0.0,
    "relative": 1.0,
    "apposition": 0.9,
    "subclause": 0.95,
    "source": 0.9,
    "word_order": 0.7,
    "reduce": 0.6,
    "synonym": 0.6,
}


def _bounded(change: str, grammar: Grammar) -> bool:
    """ "300 = mere end 200": a count said as a bound it passes."""
    bounds = (*grammar.numbers.lower_bounds, *grammar.numbers.upper_bounds)
    said = change.partition(" = ")[2].lower()
    return any(said.startswith(f"{b} ") for b in bounds)


def _candidate(
    ctx: GenerationContext, index: int, rewrite: Rewrite, answer: str, tag: str
) -> Candidate:
    source = ctx.sentence(index).text
    item = Item(
        id=ctx.item_id("truefalse", source, answer, rewrite.text),
        kind="truefalse",
        prompt=rewrite.text,
        answer=answer,
        source=source,
        article_id=ctx.article_id,
        tags=("truefalse", tag, rewrite.kind),
        sentence_index=index,
        data=TrueFalseData(feedback=source, changed=rewrite.changed),
    )
    penalty = 0.03 * max(0, len(source.split()) - 18)
    parts = rewrite.changed.split(";")
    kind = _SCORES.get(parts[0], _SCORES.get(rewrite.kind, 0.9))
    if any(_bounded(p, ctx.language.grammar) for p in parts[1:]):
        kind = max(kind, _SCORES["number"])  # a count to work out, on top of the construction
    score = round(kind - penalty, 3)
    return Candidate(item, score, f"s{index}", tag)


def _statements(ctx: GenerationContext, index: int) -> tuple[list[Rewrite], list[Rewrite]]:
    """(true, false) statements from one sentence."""
    grammar = ctx.language.grammar
    settings = ctx.config.truefalse
    sentence = ctx.sentence(index)
    name = antecedent(ctx.analysis, index, grammar)
    if name:
        sentence = resolved(sentence, name, subject_pronoun(sentence, grammar) or 0)
    if _plain(sentence.text) == _plain(ctx.analysis.article.title):
        return [], []  # the headline
    entities = ctx.analysis.entities
    people = {e.text for e in entities if e.sentence == index and e.label == "PER"}
    person = name or (people.pop() if len(people) == 1 else "")
    if not statement_ok(sentence, ctx.headings, entities, grammar, pronouns=False):
        return [], []
    if not statement_ok(sentence, ctx.headings, entities, grammar):
        # A pronoun points outside the sentence: only a part of it without one may serve.
        parts = ("relative", "apposition", "subclause")
        allowed = tuple(p for p in settings.paraphrases if p in parts)
        made = true_statements(sentence, None, grammar, allowed, person)
        return _unlinked(made, sentence, grammar), []
    shape = main_clause(sentence)
    right = true_statements(sentence, shape, grammar, settings.paraphrases, person)
    if shape is None:
        return right, []
    rng = ctx.rng(f"truefalse:{index}")
    article = Article(ctx.analysis, grammar)
    wrong = falsehoods(shape, article, settings.falsifications, rng)
    return _unlinked(right, sentence, grammar), _unlinked(wrong, sentence, grammar)


def _unlinked(found: list[Rewrite], sentence: Sentence, grammar: Grammar) -> list[Rewrite]:
    return [r for r in found if not opens_with_link(r.text, sentence, grammar)]


def _lead(ctx: GenerationContext) -> int:
    """The article's first sentence of running text: a lead that names the topic, as a
    headline does. Its statements (review s23: the lead with "ikke" put in) are answered
    by anyone who read the first line."""
    title = _plain(ctx.analysis.article.title)
    return next(
        (
            s.index
            for s in ctx.analysis.sentences
            if s.index not in ctx.headings and _plain(s.text) != title
        ),
        -1,
    )


def _mirrored(changed: str) -> str:
    """ "B → A" for "A → B": two names swapped for each other in two statements, which
    read side by side settle each other."""
    old, _, new = changed.partition(" → ")
    return f"{new} → {old}" if new else ""


@register("truefalse.v1", kind="truefalse")
def make_truefalse(ctx: GenerationContext) -> list[Candidate]:
    words = ctx.language.cards
    sources = {_plain(s.text) for s in ctx.analysis.sentences}
    true: list[Candidate] = []
    false: list[Candidate] = []
    changes: set[str] = set()
    lead = _lead(ctx)
    for sentence in ctx.analysis.sentences:
        if sentence.index == lead:
            continue
        right, wrong = _statements(ctx, sentence.index)
        for rewrite in right:
            if _plain(rewrite.text) not in sources:  # never a copy of a sentence
                true.append(_candidate(ctx, sentence.index, rewrite, words.true_answer, "true"))
        for rewrite in wrong:
            if rewrite.changed in changes or _mirrored(rewrite.changed) in changes:
                continue  # "to → fem" twice: one fact, asked once; "A → B" beside "B → A"
            changes.add(rewrite.changed)
            if _plain(rewrite.text) not in sources:
                false.append(_candidate(ctx, sentence.index, rewrite, words.false_answer, "false"))
    count = ctx.config.generation.counts.get("truefalse") or TRUEFALSE.default_count
    false_groups, true_groups = _groups(ctx.config.truefalse.false_share, count)
    return [
        *(_spread(false, false_groups, "false") if false_groups else []),
        *(_spread(true, true_groups, "true") if true_groups else []),
    ]
