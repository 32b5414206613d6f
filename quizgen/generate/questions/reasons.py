"""Why-questions: ``Haven er grøn, fordi det har regnet ...`` -> ``Hvorfor er haven
grøn?`` (answer: ``fordi det har regnet ...``), from reason and purpose
clauses (``fordi``, ``idet``, ``da``, ``for at``), reason phrases (``på grund af``) and
``derfor`` after a short sentence that gives the reason."""

from __future__ import annotations

from quizgen.analysis import Sentence, Token
from quizgen.extract.syntax import kids, subtree_ids
from quizgen.generate.grammar.answers import phrase_text
from quizgen.generate.grammar.clauses import Clause, clause_ids
from quizgen.generate.questions.draft import QuestionDraft, make_draft
from quizgen.lang.grammar import Grammar

MAX_REASON_WORDS = 16  # a reason is stated briefly; a longer one is no short answer
MAX_PREVIOUS_WORDS = 14  # "Derfor ...": the whole sentence before is the reason
BONUS = 0.35  # few articles give many reasons: each is worth asking


def why_drafts(clause: Clause, wh: str, previous: Sentence | None) -> list[QuestionDraft]:
    """The why-questions a main clause allows."""
    if clause.subordinate or clause.antecedent is not None or clause.repaired:
        return []
    s = clause.sentence
    out: list[QuestionDraft | None] = []
    inside = clause_ids(clause)
    # a reason phrase may hang deeper than the clause's head ("flyttede ud til øen
    # på grund af ...")
    candidates = [
        t for t in s.tokens if t.head == clause.head or (t.i in inside and t.dep.startswith("obl"))
    ]
    for child in candidates:
        if child.i == clause.head:
            continue
        reason = reason_ids(s, child, clause)
        if reason:
            answer = reason - _edge_commas(s, reason)
            bare = answer - {t.i for t in kids(s, child.i, ("mark",))}
            out.append(
                make_draft(
                    clause,
                    "why",
                    wh,
                    reason,
                    answer,
                    accepted=(phrase_text(s, bare, clause.grammar),),
                    bonus=BONUS,
                    max_answer=MAX_REASON_WORDS,
                )
            )
    out.append(_therefore(clause, wh, previous))
    return [d for d in out if d is not None]


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
