"""Coverage: which sentences that carry a fact got a comprehension item (a question, a
question as multiple choice, a true/false statement), and why the others got none.
``quizgen inspect`` shows it, so that a teacher sees what the deck leaves unasked."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from quizgen.analysis import Sentence
from quizgen.extract.facts import Fact
from quizgen.generate.deck import SENTENCE_KINDS
from quizgen.generate.grammar.clauses import states_facts
from quizgen.items import Item
from quizgen.lang.grammar import Grammar

COMPREHENSION_KINDS = frozenset({"question", "truefalse"})

# Why a sentence with a fact has no comprehension item, from the first that applies.
HEADING = "a heading or fragment"
NOT_A_STATEMENT = "direct speech, a question or an instruction"
NO_CANDIDATE = "no question or statement could be made of it"
TAKEN = "its sentence went to a {kind} item"
NOT_CHOSEN = "its questions were not chosen (another item's answer, or enough items)"


@dataclass(frozen=True)
class Uncovered:
    sentence: int
    text: str
    facts: tuple[str, ...]  # the kinds of fact the sentence carries
    reason: str


@dataclass(frozen=True)
class Coverage:
    """Per article: sentences with facts, how many got a comprehension item, the rest."""

    with_facts: int = 0
    covered: int = 0
    uncovered: tuple[Uncovered, ...] = ()


def is_comprehension(item: Item) -> bool:
    """A question about the text: a question, a true/false statement, or a question
    asked as multiple choice (a choice item that asks who, what, why ...)."""
    return item.kind in COMPREHENSION_KINDS or (item.kind == "choice" and bool(item.asks))


def coverage(
    sentences: Sequence[Sentence],
    facts: Sequence[Fact],
    items: Sequence[Item],
    candidates: Iterable[Item],
    headings: frozenset[int],
    grammar: Grammar,
) -> Coverage:
    """``candidates`` are every comprehension item the generators proposed, chosen or not."""
    kinds: dict[int, list[str]] = {}
    for fact in facts:
        found = kinds.setdefault(fact.sentence_index, [])
        if fact.kind not in found:
            found.append(fact.kind)
    covered = {i.sentence_index for i in items if is_comprehension(i)}
    proposed: dict[int, set[str]] = {}
    for candidate in candidates:
        if is_comprehension(candidate):
            proposed.setdefault(candidate.sentence_index, set()).add(candidate.kind)
    # a cloze or word choice holds its sentence against true/false and choice items only
    taken = {
        i.sentence_index: i.kind
        for i in items
        if i.kind in SENTENCE_KINDS and not is_comprehension(i)
    }
    uncovered = []
    for index in sorted(kinds):
        if index in covered or not 0 <= index < len(sentences):
            continue
        sentence = sentences[index]
        reason = _reason(sentence, index, headings, proposed, taken, grammar)
        uncovered.append(Uncovered(index, sentence.text, tuple(kinds[index]), reason))
    return Coverage(len(kinds), len(kinds) - len(uncovered), tuple(uncovered))


def _reason(
    sentence: Sentence,
    index: int,
    headings: frozenset[int],
    proposed: dict[int, set[str]],
    taken: dict[int, str],
    grammar: Grammar,
) -> str:
    if index in headings:
        return HEADING
    if not states_facts(sentence, grammar):
        return NOT_A_STATEMENT
    if index not in proposed:
        return NO_CANDIDATE
    if index in taken and proposed[index] <= SENTENCE_KINDS:
        return TAKEN.format(kind=taken[index])
    return NOT_CHOSEN
