"""Questions from the facts extraction found: who a person is (``Mustafa Bali,
talsmand fra SDF`` -> ``Hvem er talsmand fra SDF?``) and what a term means."""

from __future__ import annotations

from quizgen.config.generation import Phrasings
from quizgen.extract.syntax import ids_text
from quizgen.generate.context import GenerationContext
from quizgen.generate.grammar.word_order import capitalise
from quizgen.generate.questions.draft import QuestionDraft
from quizgen.generate.questions.variants import variants


def fact_drafts(ctx: GenerationContext, p: Phrasings) -> list[QuestionDraft]:
    g = ctx.language.grammar
    out: list[QuestionDraft] = []
    for fact in ctx.facts:
        if fact.kind == "role" and fact.role:
            prompt = p.role.format(role=fact.role)
            out.append(
                QuestionDraft(
                    capitalise(prompt),
                    fact.entity,
                    variants(fact.entity, (), "PER", g),
                    "role",
                    fact.sentence_index,
                    tuple(range(*fact.span)),
                    "PER",
                    1.1,
                )
            )
        if fact.kind == "definition" and fact.term:
            s = ctx.sentence(fact.sentence_index)
            core = ids_text(s, range(fact.span[0], fact.span[1]))
            short = core.split(",")[0]
            prompt = p.definition.format(term=fact.term)
            out.append(
                QuestionDraft(
                    capitalise(prompt),
                    short,
                    (core,) if core != short else (),
                    "definition",
                    fact.sentence_index,
                    tuple(range(*fact.span)),
                    "noun",
                    1.1,
                )
            )
    return out
