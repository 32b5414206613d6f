"""The ``choice`` kind: multiple choice (generator ``choice.v1``), from the
article's questions and gap sentences.

The options are the answer and three distractors of its own kind (see
``distractors``), in an order fixed by the item id."""

from __future__ import annotations

import random
from dataclasses import dataclass

from quizgen.analysis import Analysis, Entity, Sentence
from quizgen.config import anki_templates as tpl
from quizgen.extract.syntax import is_agent_like
from quizgen.generate.article_memo import per_article
from quizgen.generate.checking import AnswerCheck, Tolerance, check_exact
from quizgen.generate.context import Candidate, GenerationContext
from quizgen.generate.fieldhtml import escape, markdown, options_html
from quizgen.generate.grammar import distractors as d
from quizgen.generate.grammar.clauses import quotes
from quizgen.generate.grammar.standalone import standalone
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
from quizgen.generate.kinds.feedback import feedback_html
from quizgen.generate.kinds.registry import register_kind
from quizgen.generate.questions import ASKS, QuestionDraft, drafts
from quizgen.generate.registry import register
from quizgen.items import CLOZE_GAP, Item, KindData
from quizgen.lang.cards import CardWords

WANTED = 3  # distractors per item


@dataclass(frozen=True, slots=True)
class ChoiceData(KindData):
    feedback: str = ""  # shown after the answer when it says more than the source
    entity: str = ""
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
        if len(set(options)) < 4 or item.answer.lower() not in options:
            return "too few options"
        return ""


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


def _entity_in(ctx: GenerationContext, draft: QuestionDraft) -> tuple[str, str] | None:
    """The single entity inside the answer phrase, with its type."""
    found = [
        e
        for e in _entities_by_sentence(ctx.analysis).get(draft.sentence, ())
        if set(range(e.start, e.end)) <= set(draft.answer_ids)
    ]
    texts = {e.text for e in found}
    if len(texts) != 1:
        return None
    return found[0].text, found[0].label


def _head(sentence: Sentence, ids: tuple[int, ...]) -> int:
    inside = set(ids)
    return next((i for i in ids if sentence.tokens[i].head not in inside), ids[0] if ids else 0)


def _entities_by_sentence(analysis: Analysis) -> dict[int, list[Entity]]:
    """The article's entities under their sentence, in order (computed once per article)."""

    def build() -> dict[int, list[Entity]]:
        found: dict[int, list[Entity]] = {}
        for entity in analysis.entities:
            found.setdefault(entity.sentence, []).append(entity)
        return found

    return per_article(analysis, "entities_by_sentence", build)


def _is_agent_word(ctx: GenerationContext, word: str) -> bool:
    analysis = ctx.analysis
    agents = per_article(
        analysis,
        "agent_words",
        lambda: frozenset(t.text for _, t in analysis.tokens if is_agent_like(t)),
    )
    return word in agents


def options_for(ctx: GenerationContext, draft: QuestionDraft, rng: random.Random) -> list[str]:
    sentence = ctx.sentence(draft.sentence)
    answer = draft.answer
    if draft.asks == "how_many":
        first = min(draft.answer_ids, default=0)
        before = sentence.span_text(0, first) if first else ""
        options = d.number_options(answer, before)
        return d.pick(options, answer, sentence, rng, WANTED, shuffle=False)
    if draft.asks == "when":
        return d.pick(d.time_options(answer), answer, sentence, rng, WANTED)
    if draft.asks == "source":
        found = [f.source for f in ctx.facts if f.kind == "attribution" and f.source]
        pool, spare = d.source_options(found)
        return d.pick(pool, answer, sentence, rng, WANTED, fallback=spare)
    entity = _entity_in(ctx, draft)
    head = _head(sentence, draft.answer_ids)
    if entity is not None and (draft.asks == "where" or sentence.tokens[head].pos == "PROPN"):
        text, label = entity
        labels = ("PER",) if draft.asks == "role" else (label,)
        sources = {f.source for f in ctx.facts if f.kind == "attribution"}
        pool = [o for lab in labels for o in d.entity_options(ctx.analysis, lab)]
        if label == "LOC":  # whoever reports is no place, whatever the tagger says
            pool = [o for o in pool if o not in sources]
        spare = d.fallback_entities(*labels)
        if answer == text:
            return d.pick(pool, answer, sentence, rng, WANTED, fallback=spare)
        # "i udkanten af Baghouz" -> "i udkanten af Mosul"
        swapped = [answer.replace(text, o) for o in pool if not d.mentioned(o, sentence.text)]
        spare_swapped = [answer.replace(text, o) for o in spare]
        return d.pick(swapped, answer, sentence, rng, WANTED, fallback=spare_swapped)
    numbers = [i for i in draft.answer_ids if sentence.tokens[i].pos == "NUM"]
    if numbers:  # "180 millioner kroner": vary the number, not the noun
        at = answer.casefold().find(sentence.tokens[numbers[0]].text.casefold())
        if at < 0:  # the answer was rewritten around the number: nothing safe to vary
            return []
        number = answer[at : at + len(sentence.tokens[numbers[0]].text)]
        before = answer[:at]
        options = [answer.replace(number, o, 1) for o in d.number_options(number, before)]
        return d.pick(options, answer, sentence, rng, WANTED, shuffle=False)
    if draft.asks == "what" and len(draft.answer_ids) <= 3:
        # The phrase's own head (``arbejde`` in ``tyvens arbejde``), not a genitive in it.
        ids = set(draft.answer_ids)
        head = next((i for i in draft.answer_ids if sentence.tokens[i].head not in ids), -1)
        token = sentence.tokens[head]
        # Only a simple phrase ending in its noun: not "en del mennesker".
        if token.pos == "NOUN" and head == max(draft.answer_ids) and answer.endswith(token.text):
            words = d.word_options(token, ctx.analysis, rng)
            # Other people in the article may be the same people ("elever"/"teenagere"):
            # "hvem" questions get names only (above), "hvad" ones no people at all.
            words = [w for w in words if not _is_agent_word(ctx, w)]
            return d.pick(
                [answer.replace(token.text, w) for w in words],
                answer,
                sentence,
                rng,
                WANTED,
                shuffle=False,
            )
    return []


def _item(
    ctx: GenerationContext,
    prompt: str,
    answer: str,
    wrong: list[str],
    sentence: int,
    tag: str,
    asks: str = "",
    lemma: str = "",
    context: str = "",
) -> Item:
    source = ctx.sentence(sentence).text
    item_id = ctx.item_id("choice", source, answer, prompt)
    # Sorted, then shuffled from the item's anchor, not the body hash: the same options
    # come out in the same order whatever else in the article changed.
    options = sorted([answer, *wrong])
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
        data=ChoiceData(feedback=source, context=context),
    )


@register("choice.v1", kind="choice")
def make_choice(ctx: GenerationContext) -> list[Candidate]:
    out: list[Candidate] = []
    for draft in drafts(ctx):
        # Each item draws from its own random source: other items never change its options.
        rng = ctx.rng(f"choice:{draft.sentence}:{draft.asks}:{draft.answer}")
        wrong = options_for(ctx, draft, rng)
        if len(wrong) < WANTED:
            continue
        asks = ASKS.get(draft.asks, draft.asks)
        item = _item(ctx, draft.prompt, draft.answer, wrong, draft.sentence, draft.asks, asks)
        out.append(
            Candidate(
                item, draft.score + 0.2, f"{draft.sentence}:{draft.answer.lower()}", "question"
            )
        )
    for entry in ctx.vocabulary:
        occurrence = entry.occurrences[0]
        if len(occurrence.tokens) != 1 or occurrence.sentence in ctx.headings:
            continue
        if quotes(ctx.sentence(occurrence.sentence)):
            continue
        sentence = ctx.sentence(occurrence.sentence)
        token = sentence.tokens[occurrence.tokens[0]]
        if token.i == 0 or d.mentioned(token.text, sentence.text[: token.idx]):
            continue
        if token.pos == "VERB":
            continue  # other verbs too often fit the sentence as well ("presse"/"angribe")
        grammar = ctx.language.grammar
        shown = standalone(ctx.analysis, sentence, ctx.headings, grammar, keep=token.i)
        if shown is None:
            continue  # a fragment, or it leans on a sentence that cannot be printed
        rng = ctx.rng(f"choice:{sentence.index}:{token.i}")
        options = d.word_options(token, ctx.analysis, rng)
        if is_agent_like(token):  # "elever" / "teenagere" may be the same people
            options = [w for w in options if not _is_agent_word(ctx, w)]
        wrong = d.pick(
            options,
            token.text,
            sentence,
            rng,
            WANTED,
            shuffle=False,
        )
        if len(wrong) < WANTED:
            continue
        gapped = (
            sentence.text[: token.idx] + CLOZE_GAP + sentence.text[token.idx + len(token.text) :]
        )
        prompt = with_context(shown.context, shown.text(gapped))
        if d.mentioned(token.text, prompt):
            continue
        item = _item(
            ctx,
            prompt,
            token.text,
            wrong,
            sentence.index,
            "word",
            lemma=entry.lemma,
            context=shown.context,
        )
        out.append(Candidate(item, entry.score * 0.7 - shown.penalty, entry.lemma, "word"))
    return out
