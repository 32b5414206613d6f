"""A question draft, and how a clause and the phrase it asks about become one."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from quizgen.analysis import Sentence
from quizgen.extract.syntax import subtree_ids
from quizgen.generate.grammar.answers import (
    MAX_ANSWER_WORDS,
    answer_label,
    holds_a_clause,
    phrase_text,
)
from quizgen.generate.grammar.clause_context import pronoun_subject, reporter, vague_pronouns
from quizgen.generate.grammar.clauses import Clause, clause_ids
from quizgen.generate.grammar.word_order import capitalise, linking_adverbs, question
from quizgen.generate.questions.precision import imprecise
from quizgen.generate.questions.variants import variants
from quizgen.lang.grammar import Grammar


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
    # "Hvem forklarer til TV2 Nord?": nothing but who spoke is asked; any speaker of the
    # article may fit
    speaker_only: bool = False
    predicate: str = ""  # the lemma of the clause's head: what the question says of the answer


def unresolved_pronoun(clause: Clause, target: set[int]) -> bool:
    """``Hvad fik hende til ...``: a pronoun or possessive left in the question whose
    person or thing the question does not name (and that no name could replace)."""
    s = clause.sentence
    pointing = clause.grammar.pronouns.pointing
    named = dict(clause.names)
    left = clause_ids(clause) - target
    for i in sorted(left):
        token = s.tokens[i]
        pronoun = token.pos == "PRON" or token.feature("Poss") == "Yes"
        if not pronoun or token.text.lower() not in pointing or i in named:
            continue
        # "Hvem har forskerne spurgt om deres søvnvaner?": a noun before it in the
        # question can be what it stands for
        if not any(s.tokens[k].pos in ("NOUN", "PROPN") for k in left if k < i):
            return True
    return False


def _pointing_answer(clause: Clause, answer_ids: set[int]) -> bool:
    """A pronoun or possessive in the answer that no noun before it in the sentence can
    stand for (the answer is printed as the text has it: a name found for it in an
    earlier sentence would not show)."""
    s = clause.sentence
    pointing = clause.grammar.pronouns.pointing
    for i in answer_ids:
        token = s.tokens[i]
        pronoun = token.pos == "PRON" or token.feature("Poss") == "Yes"
        if not pronoun or token.text.lower() not in pointing:
            continue
        if not any(t.pos in ("NOUN", "PROPN") for t in s.tokens[:i]):
            return True
    return False


def counted_back(s: Sentence, kept: set[int]) -> bool:
    """A number after a definite "de"/"disse" left in the question: ``de to byer`` counts
    what an earlier sentence named."""
    for i in kept:
        before = s.tokens[i - 1] if i > 0 else None
        if s.tokens[i].pos != "NUM" or before is None or before.pos != "DET":
            continue
        if before.feature("PronType") in ("Dem", "Art") and before.feature("Definite") != "Ind":
            return True
    return False


def anchor_cut(s: Sentence, kept: set[int], removed: set[int], grammar: Grammar) -> bool:
    """A relative time word left in the question (``dagen før``, ``senere``) while the
    time it counts from (``d. 1. juni``) went into the answer."""
    time = grammar.time
    anchors = time.nouns | frozenset(time.months) | frozenset(time.weekdays)
    if not any(s.tokens[i].lemma.lower() in anchors for i in removed):
        return False
    return any(
        s.tokens[i].text.lower() in time.adverbs
        and not s.children(i)
        # "dagen før", parsed as a preposition: after a time noun it counts from it
        and (s.tokens[i].pos != "ADP" or (i > 0 and s.tokens[i - 1].lemma.lower() in anchors))
        for i in kept
    )


def list_member(s: Sentence, answer_ids: set[int]) -> bool:
    """An answer that is one member of a list the text gives whole (review: "Hvad sendte
    Mette ...?" -> "Ida", of "et maleri af ham selv, den lille Ida og
    de tre fiskere"): the other members are right answers too."""
    for i in answer_ids:
        token = s.tokens[i]
        # "et maleri af ham selv[, den lille Ida og de tre fiskere]": a
        # list the parser hung as an apposition, left out of the answer
        for c in s.children(i):
            listed = c.dep == "appos" and any(k.dep == "conj" for k in s.children(c.i))
            if c.i not in answer_ids and (c.dep == "conj" or listed):
                return True
        if token.head in answer_ids and token.head != i:
            continue
        if token.dep == "conj" and s.tokens[token.head].pos in ("NOUN", "PROPN", "PRON"):
            return True
    return False


def garbled_answer(s: Sentence, answer_ids: set[int], grammar: Grammar) -> bool:
    """An answer no teacher would give: a negated phrase (``ingen stor have``:
    what the place lacks, asked as what it has), a chunk with a subordinator (``da et
    hovedstød``)."""
    tokens = [s.tokens[i] for i in sorted(answer_ids)]
    if any(t.text.lower() in grammar.statements.negatives for t in tokens):
        return True
    return any(t.pos == "SCONJ" for t in tokens)


def compares_outside(s: Sentence, ids: set[int], grammar: Grammar) -> bool:
    """A comparative with nothing in the sentence to compare with (``endnu
    voldsommere``: than what, the text before says); "flere", "mere" count, they stay."""
    bounds = [b.split() for b in (*grammar.numbers.lower_bounds, *grammar.numbers.upper_bounds)]
    counting = {b[0] for b in bounds}
    # "mere end", "færre end": the word that opens what is compared with
    than = Counter(b[-1] for b in bounds if len(b) == 2).most_common(1)
    standard = than[0][0] if than else ""
    return any(
        s.tokens[i].feature("Degree") == "Cmp"
        and s.tokens[i].pos in ("ADJ", "ADV")
        and s.tokens[i].text.lower() not in counting
        and not any(t.text.lower() == standard for t in s.tokens[i + 1 :])
        for i in ids
    )


def make_draft(
    clause: Clause,
    asks: str,
    wh: str,
    target: set[int],
    answer_ids: set[int],
    *,
    keep: set[int] | None = None,
    accepted: tuple[str, ...] = (),
    bonus: float = 0.0,
    max_answer: int = MAX_ANSWER_WORDS,
) -> QuestionDraft | None:
    """The question that asks for ``target`` (answered by ``answer_ids``), or None when
    it would not read as a teacher's question."""
    s = clause.sentence
    adverbial = ""
    if pronoun_subject(clause, target) or unresolved_pronoun(clause, target):
        return None
    if counted_back(s, clause_ids(clause) - target - answer_ids):
        return None  # "Hvad deler de to lande?": which two, the sentence before says
    if anchor_cut(s, clause_ids(clause) - target, target | answer_ids, clause.grammar):
        return None  # "..., mens koret dagen før synger i Odense?": before what, the answer says
    first_person = clause.grammar.pronouns.first_person
    if any(s.tokens[i].text.lower() in first_person for i in target | answer_ids):
        return None  # "min mand" out of a quote: whose husband, outside it?
    if _pointing_answer(clause, answer_ids):
        return None  # "hans udtalelser" as the answer: whose, the text before says
    if clause.subordinate and asks not in ("source", "why") and clause.antecedent is None:
        # Only a reported claim with a known source can be asked about, with the source.
        who = reporter(clause)
        if not who:
            return None
        adverbial = f"ifølge {who}"
    # (a reason is a whole clause, with its own subject and object)
    whole = asks == "why"
    if (holds_a_clause(s, answer_ids) and not whole) or len(answer_ids) > max_answer:
        return None
    if not whole and garbled_answer(s, answer_ids, clause.grammar):
        return None
    if not whole and list_member(s, answer_ids):
        return None
    if not whole and compares_outside(s, answer_ids, clause.grammar):
        return None
    if imprecise(clause, asks, target, answer_ids):
        return None
    prompt = question(clause, wh, target, keep=keep, adverbial=adverbial)
    answer = phrase_text(s, answer_ids, clause.grammar)
    if not prompt or not answer:
        return None
    full = phrase_text(s, (target - (keep or set())) - linking_adverbs(clause), clause.grammar)
    head = max(answer_ids, key=lambda i: len(subtree_ids(s, i)))
    label = answer_label(s, head)
    extra = variants(answer, (full, *accepted), label, clause.grammar)
    score = 1.0 + bonus - 0.5 * vague_pronouns(clause, target)
    score -= 0.04 * max(0, len(prompt.split()) - 16)
    score -= 0.1 * max(0, len(answer.split()) - 4)
    score -= 0.2 if clause.subordinate else 0.0
    return QuestionDraft(
        capitalise(prompt),
        answer,
        extra,
        asks,
        s.index,
        tuple(sorted(answer_ids)),
        label,
        round(score, 3),
        predicate=s.tokens[clause.head].lemma.lower(),
    )
