"""``question.v1``: comprehension questions (hvem, hvad, hvor, hvornår, hvor mange,
ifølge hvem) built by transforming the article's own clauses."""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.analysis import Sentence
from quizgen.config.generation import Phrasings
from quizgen.extract.phrases import is_place_phrase, is_time_phrase
from quizgen.extract.syntax import (
    OBJECT_DEPS,
    PERSONAL_PRONOUNS,
    PLACE_NOUNS,
    SPEECH_VERBS,
    TIME_NOUNS,
    base_dep,
    ids_text,
    kids,
    number_value,
    subtree_ids,
    word_bases,
)
from quizgen.generate.answers import (
    MAX_ANSWER_WORDS,
    answer_core,
    answer_label,
    asks_who,
    bare_noun,
    case_text,
    holds_a_clause,
    time_only,
)
from quizgen.generate.context import Candidate, GenerationContext
from quizgen.generate.danish import (
    Clause,
    capitalise,
    clause_ids,
    clauses,
    phrase_text,
    pronoun_subject,
    question,
    reporter,
    vague_pronouns,
)
from quizgen.generate.registry import register
from quizgen.items import Item


@dataclass(frozen=True)
class QuestionDraft:
    prompt: str
    answer: str
    accepted: tuple[str, ...]
    asks: str
    sentence: int
    answer_ids: tuple[int, ...]  # the answer's tokens in the sentence
    label: str  # what the answer is: PER/ORG/LOC entity, number, year, weekday, noun ...
    score: float


def drafts(ctx: GenerationContext) -> list[QuestionDraft]:
    """Every question the article's clauses allow, scored. Made once per context: the
    question and the choice generators both ask for them."""
    made = ctx.extras.get("question.drafts")
    if not isinstance(made, tuple):
        made = ctx.extras["question.drafts"] = tuple(_all_drafts(ctx))
    return list(made)


def _all_drafts(ctx: GenerationContext) -> list[QuestionDraft]:
    phrasings = ctx.config.questions.phrasings
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
        for clause in clauses(sentence):
            out.extend(_clause_drafts(clause, phrasings, names))
    out.extend(_fact_drafts(ctx, phrasings))
    limit = ctx.config.questions.max_words
    return [d for d in out if 4 <= len(d.prompt.split()) <= limit]


def _draft(
    clause: Clause,
    asks: str,
    wh: str,
    target: set[int],
    answer_ids: set[int],
    *,
    keep: set[int] | None = None,
    accepted: tuple[str, ...] = (),
    bonus: float = 0.0,
) -> QuestionDraft | None:
    s = clause.sentence
    adverbial = ""
    if pronoun_subject(clause, target):
        return None
    if clause.subordinate and asks != "source" and clause.antecedent is None:
        # Only a reported claim with a known source can be asked about, with the source.
        who = reporter(clause)
        if not who:
            return None
        adverbial = f"ifølge {who}"
    if holds_a_clause(s, answer_ids) or len(answer_ids) > MAX_ANSWER_WORDS:
        return None
    prompt = question(clause, wh, target, keep=keep, adverbial=adverbial)
    answer = phrase_text(s, answer_ids)
    if not prompt or not answer:
        return None
    full = phrase_text(s, target - (keep or set()))
    extra = tuple(
        a for a in (full, *accepted) if a and a != answer and a.lower() not in ("som", "der")
    )
    score = 1.0 + bonus - 0.5 * vague_pronouns(clause, target)
    score -= 0.04 * max(0, len(prompt.split()) - 16)
    score -= 0.1 * max(0, len(answer.split()) - 4)
    score -= 0.2 if clause.subordinate else 0.0
    head = max(answer_ids, key=lambda i: len(subtree_ids(s, i)))
    return QuestionDraft(
        capitalise(prompt),
        answer,
        extra,
        asks,
        s.index,
        tuple(sorted(answer_ids)),
        answer_label(s, head),
        round(score, 3),
    )


def _clause_drafts(
    clause: Clause, p: Phrasings, names: frozenset[str] = frozenset()
) -> list[QuestionDraft]:
    s = clause.sentence
    if clause.antecedent is not None:
        return [d for d in [_relative_draft(clause, p, names)] if d is not None]
    found: list[QuestionDraft | None] = []
    inside = clause_ids(clause)
    if clause.repaired:
        # The subject was found by word order, not by the parse: what it contains is
        # uncertain, so only ask about the time that stood first, and who reports it.
        return [d for d in _repaired_drafts(clause, p, inside) if d is not None]
    verb = s.tokens[clause.head]
    speech = verb.lemma.lower() in SPEECH_VERBS
    subj = s.tokens[clause.subject] if clause.subject is not None else None
    # Subject questions keep the word order.
    expletive = any(t.dep == "expl" for t in s.children(clause.head))
    if (
        subj is not None
        and not expletive  # "Der er tale om ...": "Hvad er der?" asks nothing
        and subj.text.lower() not in PERSONAL_PRONOUNS
    ):
        ids = subtree_ids(s, subj.i) & inside
        core = answer_core(s, subj.i) & ids
        if speech and (subj.ent_type or subj.pos == "PROPN"):
            found.append(_draft(clause, "source", p.who, ids, core, bonus=0.3))
        else:
            agent = asks_who(s, subj, names)
            found.append(
                _draft(clause, "who" if agent else "what", p.who if agent else p.what, ids, core)
            )
    for child in s.children(clause.head):
        if child.i not in inside:
            continue
        ids = subtree_ids(s, child.i) & inside
        dep = base_dep(child)
        if child.dep in OBJECT_DEPS and child.lemma.lower() in TIME_NOUNS:
            continue  # "Tirsdag aften" as an object: a misparse
        if child.dep in OBJECT_DEPS and bare_noun(s, child):
            continue  # "holde stik", "tage del": part of a fixed expression, not a thing
        if child.dep in OBJECT_DEPS and child.pos in ("NOUN", "PROPN", "ADJ"):
            agent = asks_who(s, child, names)
            core = answer_core(s, child.i) & ids
            found.append(
                _draft(clause, "who" if agent else "what", p.who if agent else p.what, ids, core)
            )
        elif dep in ("obl", "nmod") and case_text(s, child.i) == "ifølge":
            core = ids - {t.i for t in kids(s, child.i, ("case",))}
            if len(core) <= 6:  # a source is a name or a short phrase, not half the sentence
                found.append(_draft(clause, "source", p.source, ids, core, bonus=0.3))
        elif is_place_phrase(s, child):
            found.append(_draft(clause, "where", p.where, ids, ids, bonus=0.2))
        elif (
            is_time_phrase(s, child)
            and (dep in ("obl", "advmod") or child.dep == "obl:tmod" or child.i < clause.finite)
            and time_only(s, ids)
        ):
            found.append(_draft(clause, "when", p.when, ids, ids, bonus=0.2))
        elif dep in ("obl", "obj") and (nested := _final_place(s, child.i, ids)):
            # "i øde ørkenområder [i det centrale Syrien]"
            found.append(_draft(clause, "where", p.where, nested, nested, bonus=0.1))
    # "..., skriver AP": who reports the whole clause.
    who = reporter(clause)
    if who and not clause.subordinate and not pronoun_subject(clause, set()):
        q = question(clause, p.source, set())
        if q:
            found.append(
                QuestionDraft(
                    capitalise(q),
                    who,
                    (),
                    "source",
                    s.index,
                    (),
                    "ORG",
                    round(1.2 - 0.5 * vague_pronouns(clause, set()), 3),
                )
            )
    found.extend(_how_many(clause, p, inside))
    return [f for f in found if f is not None]


def _final_place(s: Sentence, i: int, inside: set[int]) -> set[int]:
    """A named place that ends a longer phrase: ``i det centrale Syrien`` in ``i mindre
    spredte grupper i øde ørkenområder i det centrale Syrien``; asked about on its own."""
    end = max(inside & subtree_ids(s, i), default=-1)
    for token in s.tokens:
        if token.i == i or token.i not in inside or token.dep != "nmod":
            continue
        ids = subtree_ids(s, token.i) & inside
        # only where the phrase itself is a place: "ørkenområder i Syrien", "bjerg i
        # Asturien"; not "adresse i Odense" or "ærtehøst i Danmark"
        bases = word_bases(s.tokens[token.head])
        placed = any(b.endswith(n) for b in bases for n in PLACE_NOUNS if len(n) > 2)
        if max(ids) == end and token.pos == "PROPN" and placed and is_place_phrase(s, token):
            return ids
    return set()


def _repaired_drafts(clause: Clause, p: Phrasings, inside: set[int]) -> list[QuestionDraft | None]:
    s = clause.sentence
    found: list[QuestionDraft | None] = []
    for child in s.children(clause.head):
        ids = subtree_ids(s, child.i) & inside
        if child.i < clause.finite and ids and is_time_phrase(s, child) and time_only(s, ids):
            found.append(_draft(clause, "when", p.when, ids, ids, bonus=0.1))
    who = reporter(clause)
    if who:
        q = question(clause, p.source, set())
        if q:
            found.append(QuestionDraft(capitalise(q), who, (), "source", s.index, (), "ORG", 1.0))
    return found


def _relative_draft(clause: Clause, p: Phrasings, names: frozenset[str]) -> QuestionDraft | None:
    """``... lastbiler ..., som forlader området via en humanitær korridor`` ->
    ``Hvad forlader området via en humanitær korridor?`` answered by the antecedent."""
    s = clause.sentence
    head = s.tokens[clause.antecedent or 0]
    if head.pos not in ("NOUN", "PROPN") or clause.subject is None:
        return None
    answer_ids = answer_core(s, head.i) - subtree_ids(s, clause.head)
    answer_ids -= {t.i for t in kids(s, head.i, ("case",))}
    agent = asks_who(s, head, names)
    asks, wh = ("who", p.who) if agent else ("what", p.what)
    draft = _draft(clause, asks, wh, {clause.subject}, answer_ids, bonus=-0.1)
    return draft


def _how_many(clause: Clause, p: Phrasings, inside: set[int]) -> list[QuestionDraft | None]:
    s = clause.sentence
    out: list[QuestionDraft | None] = []
    for child in s.children(clause.head):
        if child.i not in inside or child.pos != "NOUN":
            continue
        nums = [t for t in kids(s, child.i, ("nummod",)) if t.i < child.i]
        if (
            not nums
            or number_value(nums[0].text) is None
            or (child.lemma.lower() in ("år", "måned", "uge", "dag", "time", "minut"))
        ):
            continue
        num = nums[0]
        number_ids = {num.i} | {t.i for t in kids(s, num.i, ("advmod",))}
        np_ids = subtree_ids(s, child.i) & inside
        cases = {t.i for t in kids(s, child.i, ("case",)) if t.i < child.i}
        noun_words = [
            t.text
            for t in s.tokens[num.i + 1 : child.i + 1]
            if t.dep in ("amod", "compound") or t.i == child.i
        ]
        wh = f"{p.how_many} {' '.join(noun_words)}"
        if child.dep in ("nsubj", "nsubj:pass") and clause.subject == child.i:
            pass
        keep = cases  # "tale om": the preposition stays behind
        answer = phrase_text(s, number_ids)
        bare = phrase_text(s, {num.i})
        accepted: tuple[str, ...] = (bare,) if bare != answer else ()
        value = number_value(num.text)
        if value is not None and not num.text.isdigit():
            accepted += (str(int(value)),)
        out.append(
            _draft(
                clause, "how_many", wh, np_ids, number_ids, keep=keep, accepted=accepted, bonus=0.3
            )
        )
    return out


def _fact_drafts(ctx: GenerationContext, p: Phrasings) -> list[QuestionDraft]:
    out: list[QuestionDraft] = []
    for fact in ctx.facts:
        if fact.kind == "role" and fact.role:
            prompt = p.role.format(role=fact.role)
            out.append(
                QuestionDraft(
                    capitalise(prompt),
                    fact.entity,
                    (),
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


# "Hvem er talsmand fra SDF?" asks who, "Hvad er en humanitær korridor?" asks what; the
# finer kind stays in the tags.
ASKS = {"role": "who", "definition": "what"}


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
        )
        out.append(Candidate(item, d.score, f"{d.sentence}:{d.answer.lower()}", item.asks))
    return out
