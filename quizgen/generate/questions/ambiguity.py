"""Questions the rest of the text makes ambiguous or vague: a "hvem" whose predicate
the text also states of another person, a general answer ("forskellige ting") whose
concrete things the next sentence lists, and a "hvem" answered by a name the text
elsewhere tags as a place."""

from __future__ import annotations

from quizgen.analysis import Analysis, Sentence, Token
from quizgen.extract.syntax import is_person_noun, kids
from quizgen.generate.questions.draft import QuestionDraft
from quizgen.lang.grammar import Grammar

SUBJECTS = ("nsubj", "nsubj:pass")
PLACE_LABELS = ("LOC", "GPE")


def said_of_another(
    analysis: Analysis, d: QuestionDraft, names: frozenset[str], g: Grammar
) -> bool:
    """``Hvem åbnede en butik?`` where another sentence says the same of a second
    person (``Også Lise åbnede en butik``): two people fit. A predicate counted by
    another number says something else ("Hvem er 41 år?" beside one aged 38)."""
    if d.asks != "who" or not d.predicate:
        return False
    answer = {w.lower() for w in d.answer.split()}
    asked = {w.strip("?,.") for w in d.prompt.split()}
    for s in analysis.sentences:
        if s.index == d.sentence:
            continue
        for t in s.tokens:
            if t.lemma.lower() != d.predicate or t.pos in ("AUX", "ADP", "PUNCT"):
                continue
            if any(n.text not in asked for n in kids(s, t.i, ("nummod",))):
                continue
            if any(_other_person(s, k, answer, names, g) for k in kids(s, t.i, SUBJECTS)):
                return True
    return False


def _other_person(
    s: Sentence, subject: Token, answer: set[str], names: frozenset[str], g: Grammar
) -> bool:
    person = subject.ent_type == "PER" or subject.text in names or is_person_noun(subject, g)
    return person and subject.text.lower() not in answer


def spelled_out_next(analysis: Analysis, d: QuestionDraft, g: Grammar) -> bool:
    """``forskellige ting`` as the answer while the next sentence lists them (``Det kunne
    fx være ...``): the concrete things are the answer a reader gives."""
    if d.asks not in ("who", "what"):
        return False
    if not {w.lower() for w in d.answer.split()} & g.clauses.vague_quantifiers:
        return False
    following = [s for s in analysis.sentences if s.index == d.sentence + 1]
    marks = g.clauses.example_marks - {":"}
    return any(t.text.lower() in marks for s in following for t in s.tokens)


def place_answer(analysis: Analysis, d: QuestionDraft) -> bool:
    """``Hvem ...?`` answered by a name the text tags as a place somewhere (a town
    tagged a person in one sentence is still a town): every word of the answer is part
    of a place name; "Karen Lund" beside the town Lund, and "Italiens
    præsident", stay."""
    if d.asks != "who":
        return False
    places = {w for e in analysis.entities if e.label in PLACE_LABELS for w in e.text.split()}
    words = d.answer.split()
    return bool(words) and all(w in places for w in words)
