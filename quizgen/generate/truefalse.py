"""``truefalse.v1``: statements from the article, some made false by swapping an
entity, number or time for another of the same kind. The feedback is always the
true sentence."""

from __future__ import annotations

import random

from quizgen.analysis import Token
from quizgen.extract.facts import Fact
from quizgen.generate.context import Candidate, GenerationContext
from quizgen.generate.grammar import distractors as d
from quizgen.generate.grammar.clauses import quotes
from quizgen.generate.registry import register
from quizgen.items import FALSE_ANSWER, TRUE_ANSWER, Item
from quizgen.lang.da.words import FIRST_PERSON, PERSONAL_SUBJECTS

SWAPPABLE = ("time", "place", "quantity", "attribution", "role")


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
                id=ctx.item_id("truefalse", source, FALSE_ANSWER, statement),
                kind="truefalse",
                prompt=statement,
                answer=FALSE_ANSWER,
                source=source,
                article_id=ctx.article_id,
                tags=("truefalse", fact.kind),
                sentence_index=index,
                extra={"feedback": source, "changed": f"{old} → {new}"},
            )
            out.append(Candidate(item, round(1.1 - length_penalty, 3), f"s{index}", "false"))
        if index not in seen_true:
            seen_true.add(index)
            item = Item(
                id=ctx.item_id("truefalse", source, TRUE_ANSWER, source),
                kind="truefalse",
                prompt=source,
                answer=TRUE_ANSWER,
                source=source,
                article_id=ctx.article_id,
                tags=("truefalse", "true"),
                sentence_index=index,
                extra={"feedback": source},
            )
            out.append(Candidate(item, round(1.0 - length_penalty, 3), f"s{index}", "true"))
    return out
