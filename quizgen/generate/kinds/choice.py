"""The ``choice`` kind: multiple choice (generator ``choice.v1``), from the
article's questions and gap sentences.

The options are the answer and three distractors of its own kind (see
``distractors``), in an order fixed by the item id."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from quizgen.analysis import Sentence, Token
from quizgen.config import anki_templates as tpl
from quizgen.extract.syntax import is_agent_like
from quizgen.extract.vocabulary import Occurrence, VocabEntry
from quizgen.generate.checking import AnswerCheck, Tolerance, check_exact
from quizgen.generate.context import Candidate, GenerationContext
from quizgen.generate.fieldhtml import escape, markdown, options_html
from quizgen.generate.grammar import distractors as d
from quizgen.generate.grammar.clauses import quotes
from quizgen.generate.grammar.distractor_slots import possessive_slip
from quizgen.generate.grammar.standalone import standalone
from quizgen.generate.grammar.word_distractors import shows_another_form
from quizgen.generate.kinds.base import (
    AnswerMode,
    CardSlot,
    FieldContext,
    KindSpec,
    NoteType,
    QualityRules,
    with_context,
    without_context,
)
from quizgen.generate.kinds.choice_options import WANTED, options_for, split_reasons, word_records
from quizgen.generate.kinds.feedback import feedback_html
from quizgen.generate.kinds.registry import register_kind
from quizgen.generate.questions import ASKS, drafts
from quizgen.generate.registry import register
from quizgen.items import CLOZE_GAP, Item, KindData
from quizgen.lang.cards import CardWords

# An imported item with two good distractors is kept; generation wants WANTED of them.
FEWEST = 2
TOO_FEW = "too few good distractors"
OCCURRENCES = 3  # places in the text a vocabulary word is tried at
# The deck keeps a handful of gap items, from the best words; trying every word of a
# long article (each against the article's other words) costs the square of its length.
WORD_ENTRIES = 150


@dataclass(frozen=True, slots=True)
class ChoiceData(KindData):
    feedback: str = ""  # shown after the answer when it says more than the source
    entity: str = ""
    distractors: str = ""  # one line per wrong option: "option: why it was chosen"
    context: str = ""  # the sentence before, printed first when this one leans on it


@dataclass(frozen=True)
class ChoiceSpec(KindSpec[ChoiceData]):
    def note_type(self, words: CardWords) -> NoteType:
        return NoteType(
            "quizgen choice v1",
            1669972021,
            tpl.NOTE_FIELDS["choice"],
            (CardSlot("choice", words.plain_card),),
            templates={"choice": (tpl.CHOICE_FRONT, tpl.CHOICE_BACK)},
        )

    def anki_fields(self, item: Item, ctx: FieldContext) -> dict[str, str]:
        return {
            "Question": escape(item.prompt),
            "Options": options_html(item, mark_answer=False),
            "Marked": options_html(item, mark_answer=True),
            "Answer": escape(item.answer),
            "Feedback": feedback_html(item, self.data(item).feedback, "", ctx.words),
        }

    def own_prompt(self, item: Item) -> str:
        return without_context(item.prompt, self.data(item).context)

    def csv_front(self, item: Item, words: CardWords) -> str:
        if not item.choices:
            return item.prompt
        options = "\n".join(f"{chr(ord('A') + i)}) {c}" for i, c in enumerate(item.choices))
        return f"{item.prompt}\n{options}"

    def csv_answer(self, item: Item, words: CardWords) -> str:
        if item.answer in item.choices:
            return f"{chr(ord('A') + item.choices.index(item.answer))}) {item.answer}"
        return item.answer

    def worksheet_task(self, item: Item, words: CardWords) -> list[str]:
        return [markdown(item.prompt), ""] + [f"   - [ ] {markdown(o)}" for o in item.choices]

    def answer_mode(self, item: Item) -> AnswerMode:
        return "choice"

    def check(self, item: Item, given: str, tolerance: Tolerance) -> AnswerCheck:
        return check_exact(item, given)

    def problem(self, item: Item) -> str:
        options = [o.lower() for o in item.choices]
        if len(set(options)) < len(options) or item.answer.lower() not in options:
            return "too few options"  # the same option twice, or the answer missing
        return TOO_FEW if len(options) <= FEWEST else ""


CHOICE = register_kind(
    ChoiceSpec(
        "choice",
        ChoiceData,
        label="Multiple choice",
        instruction="Press 1-4 to choose.",
        default_count=6,
        worksheet_position=2,
        quality=QualityRules(reflexive_answer=True, answer_hidden=True, one_sentence=True),
    )
)


def _item(
    ctx: GenerationContext,
    prompt: str,
    answer: str,
    wrong: list[str],
    sentence: int,
    tag: str,
    asks: str = "",
    lemma: str = "",
    why: tuple[str, ...] = (),
    context: str = "",
) -> Item:
    source = ctx.sentence(sentence).text
    item_id = ctx.item_id("choice", source, answer, prompt)
    # Sorted, then shuffled from the item's anchor, not the body hash: the same options
    # come out in the same order whatever else in the article changed.
    options = sorted([answer, *wrong])
    reasons = "\n".join(f"{option}: {reason}" for option, reason in zip(wrong, why, strict=False))
    ctx.rng("choice-order", source, prompt, answer).shuffle(options)
    return Item(
        id=item_id,
        kind="choice",
        prompt=prompt,
        answer=answer,
        source=source,
        article_id=ctx.article_id,
        choices=tuple(options),
        asks=asks,
        tags=("choice", tag),
        lemma=lemma,
        sentence_index=sentence,
        answer_start=source.find(answer),
        data=ChoiceData(feedback=source, distractors=reasons, context=context),
    )


def _word_slots(ctx: GenerationContext) -> Iterator[tuple[VocabEntry, Occurrence]]:
    """Every vocabulary word at each of its first few places in the text: when one
    sentence is taken by another item, or shows another's answer, the next may not."""
    for entry in ctx.vocabulary[:WORD_ENTRIES]:
        for occurrence in entry.occurrences[:OCCURRENCES]:
            yield entry, occurrence


@register("choice.v1", kind="choice")
def make_choice(ctx: GenerationContext) -> list[Candidate]:
    out: list[Candidate] = []
    for draft in drafts(ctx):
        if possessive_slip(ctx.sentence(draft.sentence)):
            continue  # the source's error would be printed as Danish
        # Each item draws from its own random source: other items never change its options.
        rng = ctx.rng(f"choice:{draft.sentence}:{draft.asks}:{draft.answer}")
        wrong, why = split_reasons(options_for(ctx, draft, rng))
        if len(wrong) < WANTED:
            continue  # fewer but right items: a weak last option is worse than none
        asks = ASKS.get(draft.asks, draft.asks)
        item = _item(
            ctx, draft.prompt, draft.answer, wrong, draft.sentence, draft.asks, asks, why=why
        )
        out.append(
            Candidate(
                item, draft.score + 0.2, f"{draft.sentence}:{draft.answer.lower()}", "question"
            )
        )
    for entry, occurrence in _word_slots(ctx):
        found = _word_candidate(ctx, entry, occurrence)
        if found is not None:
            out.append(found)
    return out


def _word_candidate(
    ctx: GenerationContext, entry: VocabEntry, occurrence: Occurrence
) -> Candidate | None:
    """A gap choice for the word at ``occurrence``, pending: its options are made only
    if selection would keep it (``Candidate.complete``)."""
    if len(occurrence.tokens) != 1 or occurrence.sentence in ctx.headings:
        return None
    sentence = ctx.sentence(occurrence.sentence)
    if quotes(sentence):
        return None
    if possessive_slip(sentence):
        return None  # "sin position ... med dens institutioner": a source error
    token = sentence.tokens[occurrence.tokens[0]]
    if token.i == 0 or d.mentioned(token.text, sentence.text[: token.idx]):
        return None
    if token.pos == "VERB":
        return None  # other verbs too often fit the sentence as well ("presse"/"angribe")
    grammar = ctx.language.grammar
    shown = standalone(ctx.analysis, sentence, ctx.headings, grammar, keep=token.i)
    if shown is None:
        return None  # a fragment, or it leans on a sentence that cannot be printed
    gapped = sentence.text[: token.idx] + CLOZE_GAP + sentence.text[token.idx + len(token.text) :]
    prompt = with_context(shown.context, shown.text(gapped))
    if d.mentioned(token.text, prompt) or shows_another_form(token, prompt):
        return None
    slot = _Slot(ctx, entry.lemma, token, sentence, prompt, shown.context)
    score = entry.score * 0.7 - shown.penalty
    return Candidate(slot.item([], ()), score, entry.lemma, "word", complete=slot.complete)


@dataclass(frozen=True)
class _Slot:
    """A word gap whose options are not made yet."""

    ctx: GenerationContext
    lemma: str
    token: Token
    sentence: Sentence
    prompt: str
    context: str

    def item(self, wrong: list[str], why: tuple[str, ...]) -> Item:
        index = self.sentence.index
        answer = self.token.text
        return _item(
            self.ctx,
            self.prompt,
            answer,
            wrong,
            index,
            "word",
            lemma=self.lemma,
            why=why,
            context=self.context,
        )

    def complete(self) -> Item | None:
        token, sentence = self.token, self.sentence
        rng = self.ctx.rng(f"choice:{sentence.index}:{token.i}")
        # "elever" / "teenagere" may be the same people
        records = word_records(self.ctx, token, sentence, rng, no_people=is_agent_like(token))
        reasons = {o.text: o.why for o in records}
        wrong = d.pick(list(reasons), token.text, sentence, rng, WANTED, shuffle=False)
        if len(wrong) < WANTED:
            return None
        return self.item(wrong, tuple(reasons[o] for o in wrong))
