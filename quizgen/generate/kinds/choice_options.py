"""The wrong options of a multiple-choice item, each with why it was chosen: names of
the answer's type, numbers, times, sources, or words in the answer's exact form (see
``grammar.distractors``)."""

from __future__ import annotations

import random

from quizgen.analysis import Analysis, Entity, Sentence, Token
from quizgen.extract.syntax import is_agent_like, is_person_noun
from quizgen.generate.article_memo import per_article
from quizgen.generate.context import GenerationContext
from quizgen.generate.grammar import distractors as d
from quizgen.generate.grammar.distractor_slots import human
from quizgen.generate.grammar.word_distractors import WordOption
from quizgen.generate.grammar.word_forms import lemma_of
from quizgen.generate.questions import QuestionDraft

WANTED = 3  # distractors per item


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


def options_for(
    ctx: GenerationContext, draft: QuestionDraft, rng: random.Random
) -> list[tuple[str, str]]:
    """The wrong options of a question, each with why it was chosen."""
    sentence = ctx.sentence(draft.sentence)
    answer = draft.answer
    if draft.asks == "how_many":
        first = min(draft.answer_ids, default=0)
        before = sentence.span_text(0, first) if first else ""
        options = d.number_options(answer, before)
        return _why(d.pick(options, answer, sentence, rng, WANTED, shuffle=False), "number")
    if draft.asks == "when":
        return _why(d.pick(d.time_options(answer), answer, sentence, rng, WANTED), "time")
    if draft.asks == "source":
        found = [f.source for f in ctx.facts if f.kind == "attribution" and f.source]
        pool, spare = d.source_options(found)
        picked = d.pick(pool, answer, sentence, rng, WANTED, fallback=spare)
        return _why(picked, "another source in the article or a news agency")
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
        why = f"a name of type {labels[0]} like the answer's"
        if answer == text:
            return _why(d.pick(pool, answer, sentence, rng, WANTED, fallback=spare), why)
        # "i udkanten af Baghouz" -> "i udkanten af Mosul"
        swapped = [answer.replace(text, o) for o in pool if not d.mentioned(o, sentence.text)]
        spare_swapped = [answer.replace(text, o) for o in spare]
        picked = d.pick(swapped, answer, sentence, rng, WANTED, fallback=spare_swapped)
        return _why(picked, why)
    numbers = [i for i in draft.answer_ids if sentence.tokens[i].pos == "NUM"]
    if numbers:  # "180 millioner kroner": vary the number, not the noun
        at = answer.casefold().find(sentence.tokens[numbers[0]].text.casefold())
        if at < 0:  # the answer was rewritten around the number: nothing safe to vary
            return []
        number = answer[at : at + len(sentence.tokens[numbers[0]].text)]
        before = answer[:at]
        options = [answer.replace(number, o, 1) for o in d.number_options(number, before)]
        return _why(d.pick(options, answer, sentence, rng, WANTED, shuffle=False), "number")
    if draft.asks == "what" and len(draft.answer_ids) <= 3:
        # The phrase's own head (``arbejde`` in ``tyvens arbejde``), not a genitive in it.
        ids = set(draft.answer_ids)
        head = next((i for i in draft.answer_ids if sentence.tokens[i].head not in ids), -1)
        token = sentence.tokens[head]
        # Only a simple phrase ending in its noun: not "en del mennesker".
        if token.pos == "NOUN" and head == max(draft.answer_ids) and answer.endswith(token.text):
            # Other people in the article may be the same people ("elever"/"teenagere"):
            # "hvem" questions get names only (above), "hvad" ones no people at all.
            records = word_records(ctx, token, sentence, rng, no_people=True)
            reasons = {answer.replace(token.text, o.text): o.why for o in records}
            picked = d.pick(list(reasons), answer, sentence, rng, WANTED, shuffle=False)
            return [(o, reasons[o]) for o in picked]
    return []


def _why(options: list[str], why: str) -> list[tuple[str, str]]:
    return [(o, why) for o in options]


def split_reasons(chosen: list[tuple[str, str]]) -> tuple[list[str], tuple[str, ...]]:
    return [text for text, _ in chosen], tuple(why for _, why in chosen)


def word_records(
    ctx: GenerationContext, token: Token, sentence: Sentence, rng: random.Random, no_people: bool
) -> list[WordOption]:
    """Words in the answer's form; no people in the article when ``no_people`` (they
    may be the answer's people: "elever"/"teenagere")."""
    records = d.word_option_records(token, ctx.analysis, rng, sentence)
    if no_people:
        records = [o for o in records if not _is_agent_word(ctx, o.source)]
    # "havde vi lukket porten / vagten": a person where the text has a thing, or the
    # other way round, is ruled out by the verb, not by the text.
    person = _person(token.text, token, ctx)
    return [o for o in records if _person(o.text, token, ctx) == person]


def _person(text: str, token: Token, ctx: GenerationContext) -> bool:
    lemma = lemma_of(text, token.pos) or text
    probe = Token(i=0, text=text, lemma=lemma, pos=token.pos, morph=token.morph)
    return is_person_noun(probe, ctx.language.grammar) or human(lemma)
