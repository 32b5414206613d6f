"""Comprehension questions (hvem, hvad, hvor, hvornår, hvor mange, hvor længe, hvorfor,
ifølge hvem, hvem siger) built by transforming the article's own clauses: the drafts
both the ``question`` and the ``choice`` kinds make their items from.

One module per rule set: ``clause_rules`` (a phrase of a clause), ``reasons`` (why),
``speech`` (who said a quote), ``facts`` (who is X, what is X); ``pronouns`` names the
person a pronoun stands for, ``variants`` lists the other right answers."""

from __future__ import annotations

from quizgen.generate.article_memo import per_article
from quizgen.generate.context import GenerationContext
from quizgen.generate.grammar.clauses import clause_ids, clauses
from quizgen.generate.grammar.standalone import unusable
from quizgen.generate.questions.ambiguity import (
    place_answer,
    said_of_another,
    spelled_out_next,
)
from quizgen.generate.questions.clause_rules import clause_drafts
from quizgen.generate.questions.draft import QuestionDraft
from quizgen.generate.questions.facts import fact_drafts
from quizgen.generate.questions.periods import period_drafts
from quizgen.generate.questions.pronouns import with_names
from quizgen.generate.questions.reasons import why_drafts
from quizgen.generate.questions.speech import attributed_drafts, said_drafts
from quizgen.generate.questions.topic import about_topic, lead_words, topic_words

__all__ = ["ASKS", "QuestionDraft", "drafts"]


def drafts(ctx: GenerationContext) -> list[QuestionDraft]:
    """Every question the article's clauses allow, scored, of the kinds config asks for.
    Made once per article and config: the question and the choice kinds both ask."""
    config, made = per_article(
        ctx.analysis, ("question.drafts", id(ctx.config)), lambda: (ctx.config, _drafts(ctx))
    )
    return list(made) if config is ctx.config else list(_drafts(ctx))


def _drafts(ctx: GenerationContext) -> tuple[QuestionDraft, ...]:
    settings = ctx.config.questions
    phrasings = settings.phrasings
    grammar = ctx.language.grammar
    # "Roglic" untagged here is "Primoz Roglic" tagged elsewhere: a person.
    names = frozenset(
        word
        for e in ctx.analysis.entities
        if e.label == "PER"
        for word in e.text.split()
        if word[:1].isupper()
    )
    out: list[QuestionDraft] = []
    for sentence in ctx.analysis.sentences:
        if sentence.index in ctx.headings:
            continue
        previous = ctx.analysis.sentences[sentence.index - 1] if sentence.index else None
        found = [with_names(c, ctx.analysis) for c in clauses(sentence, grammar)]
        for clause in found:
            out.extend(clause_drafts(clause, phrasings, names))
            out.extend(why_drafts(clause, phrasings.why, previous, found))
            out.extend(period_drafts(clause, phrasings, clause_ids(clause)))
        out.extend(said_drafts(sentence, phrasings.said, grammar))
        out.extend(attributed_drafts(sentence, phrasings.said, grammar))
    out.extend(fact_drafts(ctx, phrasings))
    # "Hvem forklarer til TV2 Nord?" is asked only where one person speaks
    speakers = {d.answer.split()[-1].lower() for d in out if d.asks in ("source", "said")}
    if len(speakers) > 1:
        out = [d for d in out if not d.speaker_only]
    people = {e.text.split()[-1] for e in ctx.analysis.entities if e.label == "PER"}
    if len(people) < 2:
        # who said which words is a question only where the text names two people
        out = [d for d in out if d.asks != "said"]
    limit = settings.max_words
    # A question copies its sentence's words, typos too ("ankemylighed").
    topic = topic_words(ctx.analysis)
    lead = lead_words(ctx.analysis, frozenset(ctx.headings))
    opening = min(
        (s.index for s in ctx.analysis.sentences if s.index not in ctx.headings), default=0
    )
    typos = {s.index for s in ctx.analysis.sentences if unusable(s, grammar)}
    kept = [
        d
        for d in out
        if 4 <= len(d.prompt.split()) <= limit
        and d.sentence not in typos
        and d.asks in settings.kinds
        and not (d.asks in ("who", "what") and _trivial(ctx, d, topic, lead, opening))
        and not said_of_another(ctx.analysis, d, names, grammar)
        and not spelled_out_next(ctx.analysis, d, grammar)
        and not place_answer(ctx.analysis, d)
    ]
    # "Ifølge hvem er ...?" of the same sentence asks who said it already
    sourced = {d.sentence for d in kept if d.asks == "source"}
    return tuple(d for d in kept if d.asks != "said" or d.sentence not in sourced)


def _trivial(
    ctx: GenerationContext,
    d: QuestionDraft,
    topic: frozenset[str],
    lead: frozenset[str],
    opening: int,
) -> bool:
    """The answer is what the text is about, or whom it follows from its first sentence
    on (asked about the first sentence itself, that subject is still news)."""
    s = ctx.sentence(d.sentence)
    return about_topic(s, d.answer_ids, topic) or (
        d.sentence != opening and about_topic(s, d.answer_ids, lead)
    )


# "Hvem er talsmand fra SDF?" asks who, "Hvad er en humanitær korridor?" asks what; the
# finer kind stays in the tags.
ASKS = {"role": "who", "definition": "what", "said": "who"}
