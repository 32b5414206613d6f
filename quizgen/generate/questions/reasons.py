"""Why-questions: ``Haven er grøn, fordi det har regnet ...`` -> ``Hvorfor er haven
grøn?`` (answer: ``fordi det har regnet ...``), from reason and purpose
clauses (``fordi``, ``idet``, ``da``, ``for at``, ``så han kunne ...``), reason phrases
(``på grund af``), ``derfor`` after a short sentence that gives the reason or after
the clause it is joined to (``X, og derfor Y``), and results (``X, så Y``: why Y?
because X)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quizgen.analysis import Sentence, Token
from quizgen.extract.syntax import kids, subtree_ids
from quizgen.generate.grammar.answers import phrase_text
from quizgen.generate.grammar.clause_context import pronoun_subject, vague_pronouns
from quizgen.generate.grammar.clauses import Clause, clause_ids
from quizgen.generate.grammar.word_order import capitalise, question, subordinate_order
from quizgen.generate.questions.draft import QuestionDraft, make_draft, unresolved_pronoun
from quizgen.lang.grammar import Grammar

MAX_REASON_WORDS = 16  # a reason is stated briefly; a longer one is no short answer
MAX_PREVIOUS_WORDS = 14  # "Derfor ...": the whole sentence before is the reason
BONUS = 0.35  # few articles give many reasons: each is worth asking


def why_drafts(
    clause: Clause, wh: str, previous: Sentence | None, others: Sequence[Clause] = ()
) -> list[QuestionDraft]:
    """The why-questions a clause allows; ``others`` are the other clauses of its sentence
    (one of them may give its reason)."""
    if clause.antecedent is not None or clause.repaired:
        return []
    if clause.subordinate:
        return [d for d in [_result(clause, wh, others)] if d is not None]
    s = clause.sentence
    out: list[QuestionDraft | None] = []
    inside = clause_ids(clause)
    # a reason phrase may hang deeper than the clause's head ("flyttede ud til øen
    # på grund af ...")
    candidates = [
        t
        for t in s.tokens
        if t.head == clause.head
        or (t.i in inside and t.dep.startswith("obl") and not _under_verb(s, t, clause.head))
    ]
    for child in candidates:
        if child.i == clause.head:
            continue
        reason = reason_ids(s, child, clause)
        if reason:
            out.append(_reason_draft(clause, wh, child, reason))
    out.append(_therefore(clause, wh, previous))
    out.append(_and_therefore(clause, wh, others))
    return [d for d in out if d is not None]


def _under_verb(s: Sentence, token: Token, head: int) -> bool:
    """``svarer, at de ligger vågne på grund af skærmen``: a phrase under another verb
    gives that verb's reason, not the clause's."""
    seen: set[int] = set()
    i = token.head
    while i != head and i not in seen and s.tokens[i].head != i:
        if s.tokens[i].pos in ("VERB", "AUX"):
            return True
        seen.add(i)
        i = s.tokens[i].head
    return False


def _reason_draft(clause: Clause, wh: str, child: Token, reason: set[int]) -> QuestionDraft | None:
    s = clause.sentence
    answer = reason - _edge_commas(s, reason)
    bare = answer - {t.i for t in kids(s, child.i, ("mark",))}
    commas = sum(1 for i in answer if s.tokens[i].is_punct)
    draft = make_draft(
        clause,
        "why",
        wh,
        reason,
        answer,
        accepted=(phrase_text(s, bare, clause.grammar),),
        bonus=BONUS,
        max_answer=MAX_REASON_WORDS + commas,
    )
    so = clause.grammar.clauses.so
    if draft is None or not _so_that(s, child, clause.grammar) or draft.answer.startswith(so):
        return draft
    # "så han kunne skifte": an answer keeps the "så" a phrase loses ("så store skibe")
    return replace(draft, answer=f"{so} {draft.answer}")


def reason_ids(s: Sentence, child: Token, clause: Clause) -> set[int]:
    """The reason or purpose ``child`` gives for its clause, with the comma before it;
    empty when it gives none."""
    g = clause.grammar
    ids = subtree_ids(s, child.i)
    # "bygger reder og flyver sydpå, for at undgå vinteren": a reason after a second
    # verb explains that verb, whatever the parse says
    later_verb = any(
        c.dep == "conj" and c.pos in ("VERB", "AUX") and c.i < child.i
        for c in s.children(clause.head)
    )
    if later_verb:
        return set()
    if _reason_clause(s, child, clause, g):
        return ids | _edge_commas(s, ids)
    words = [s.tokens[i].text.lower() for i in sorted(ids)]
    if child.dep.startswith("obl") and any(
        tuple(words[: len(p)]) == p and len(words) > len(p) for p in g.clauses.reason_prepositions
    ):
        return ids | _edge_commas(s, ids)
    return set()


def _reason_clause(s: Sentence, child: Token, clause: Clause, g: Grammar) -> bool:
    """A clause under ``child`` (an adverbial clause, or a copular one the parser hung as
    a nominal: ``idet det er højre side``) opened by a reason or purpose word."""
    marks = [t.text.lower() for t in kids(s, child.i, ("mark",))]
    if not marks:
        return False
    purpose = g.clauses.purpose_marks
    if tuple(marks[: len(purpose)]) == purpose and child.feature("VerbForm") == "Inf":
        return True
    if marks[0] in g.clauses.reason_marks:
        return True
    if _so_that(s, child, g) and _modal(s, child, g):
        return True  # "..., så han kunne skifte": what it was for
    # "da" is "because" after a clause in the present ("Han er elev, da ..."), "when"
    # after one in the past ("Hun stod i haven, da ...")
    ambiguous = marks[0] in g.clauses.ambiguous_reason_marks
    return ambiguous and child.i > clause.finite and _tense(s, clause.finite) == "Pres"


def _tense(s: Sentence, i: int) -> str:
    return s.tokens[i].feature("Tense")


def _edge_commas(s: Sentence, ids: set[int]) -> set[int]:
    edges = {min(ids) - 1, max(ids) + 1}
    return {i for i in edges if 0 <= i < len(s.tokens) and s.tokens[i].text == ","}


def _therefore(clause: Clause, wh: str, previous: Sentence | None) -> QuestionDraft | None:
    """``Derfor vokser marsken stadig`` after a short sentence: that sentence is why."""
    s = clause.sentence
    g = clause.grammar
    therefore = [
        c
        for c in kids(s, clause.head, ("advmod",))
        if c.text.lower() == g.clauses.therefore and not s.children(c.i)
    ]
    if not therefore or previous is None or previous.paragraph != s.paragraph:
        return None
    if s.tokens[clause.head].dep == "conj":
        return None  # "X, og derfor Y": X is why (``_and_therefore``)
    if kids(s, clause.head, ("advcl",)):
        return None  # "Derfor skal den give mening, når ...": the when is part of the why
    if any(t.text.lower() in g.clauses.additive_adverbs for t in previous.tokens):
        return None  # "... skal også vises ...": one of several reasons
    words = [t for t in previous.tokens if not t.is_punct]
    if not 3 <= len(words) <= MAX_PREVIOUS_WORDS or previous.text.rstrip()[-1:] != ".":
        return None
    if any(t.text == "," or t.dep in ("conj", "cc", "mark") for t in previous.tokens):
        return None  # two statements or more: which one is the reason is unclear
    reason = phrase_text(previous, {t.i for t in previous.tokens}, g)
    draft = make_draft(clause, "why", wh, {therefore[0].i}, {therefore[0].i}, bonus=BONUS)
    if draft is None:
        return None
    because = f"{g.clauses.because} {reason}"
    return QuestionDraft(
        draft.prompt, reason, (because,), "why", s.index, (), "clause", draft.score
    )


def _so_that(s: Sentence, child: Token, g: Grammar) -> bool:
    """A clause opened by ``så`` with its subject before its verb: ``..., så han kunne
    skifte`` (not ``så går vandet``, then the water breaks)."""
    marks = kids(s, child.i, ("mark",))
    if not marks or marks[0].text.lower() != g.clauses.so or child.dep != "advcl":
        return False
    subjects = kids(s, child.i, ("nsubj", "nsubj:pass", "expl"))
    verbs = [t.i for t in (*kids(s, child.i, ("aux", "cop")), child) if t.i > marks[0].i]
    return bool(subjects) and bool(verbs) and subjects[0].i < min(verbs)


def _modal(s: Sentence, child: Token, g: Grammar) -> bool:
    helpers = kids(s, child.i, ("aux",))
    return any(t.text.lower() in g.statements.modals for t in helpers)


def _because(clause: Clause, leave_out: set[int]) -> tuple[str, set[int]] | None:
    """``fordi`` and ``clause`` without ``leave_out``, as the answer to a why-question;
    None when its subject or a pronoun in it points outside it."""
    if clause.subordinate or clause.repaired or clause.antecedent is not None:
        return None
    if pronoun_subject(clause, set()) or unresolved_pronoun(clause, set()):
        return None
    ids = clause_ids(clause) - leave_out
    text = subordinate_order(clause, ids)
    if not text or len(text.split()) > MAX_REASON_WORDS:
        return None
    return f"{clause.grammar.clauses.because} {text}", ids


def _result(clause: Clause, wh: str, others: Sequence[Clause]) -> QuestionDraft | None:
    """``Der er travlt, så de får at vide, at ...`` -> ``Hvorfor får de at vide, at ...?``
    (``fordi der er travlt``): a result clause, the clause before it is why."""
    s = clause.sentence
    g = clause.grammar
    head = s.tokens[clause.head]
    if not _so_that(s, head, g) or _modal(s, head, g):
        return None
    main = next((c for c in others if c.head == head.head), None)
    if main is None:
        return None
    because = _because(main, subtree_ids(s, head.i))
    if because is None:
        return None
    return _asked_with(clause, wh, because)


def _and_therefore(clause: Clause, wh: str, others: Sequence[Clause]) -> QuestionDraft | None:
    """``..., stoffet er giftigt, og derfor er det vigtigt, at ...`` -> ``Hvorfor er det
    vigtigt, at ...?`` (``fordi stoffet er giftigt``): the clause it is joined to is why."""
    s = clause.sentence
    g = clause.grammar
    head = s.tokens[clause.head]
    therefore = [
        c
        for c in kids(s, clause.head, ("advmod",))
        if c.text.lower() == g.clauses.therefore and not s.children(c.i)
    ]
    if not therefore or head.dep != "conj":
        return None
    main = next((c for c in others if c.head == head.head), None)
    if main is None:
        return None
    because = _because(main, subtree_ids(s, head.i))
    return None if because is None else _asked_with(clause, wh, because)


def _asked_with(clause: Clause, wh: str, because: tuple[str, set[int]]) -> QuestionDraft | None:
    """The why-question of the whole clause (its "så" or "derfor" left out)."""
    if pronoun_subject(clause, set()) or unresolved_pronoun(clause, set()):
        return None
    prompt = question(clause, wh, set())
    if not prompt:
        return None
    answer, ids = because
    bare = answer.split(" ", 1)[1]
    score = 1.0 + BONUS - 0.5 * vague_pronouns(clause, set())
    score -= 0.04 * max(0, len(prompt.split()) - 16) + 0.1 * max(0, len(answer.split()) - 4)
    return QuestionDraft(
        capitalise(prompt),
        answer,
        (bare,),
        "why",
        clause.sentence.index,
        tuple(sorted(ids)),
        "clause",
        round(score, 3),
    )
