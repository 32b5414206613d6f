"""Leaks between a true/false statement and another item of the deck.

- A false statement changes one detail of its sentence (a name, a number): another
  item that prints the true detail in the same context settles it before it is asked
  (review: a count changed in the statement, printed by a cloze of another sentence).
  The context is the words next to the detail in the source ("to ambulancereddere":
  the count's noun), so a name merely mentioned elsewhere gives nothing away.
- A statement prints many words of its sentence, among them, often, the answer of a
  question about another sentence ("Catharina" beside "Hvem fødte i bryggerset?").
  That tells the learner nothing unless the statement states the question's fact: its
  own sentence, or most of the words the question asks about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizgen.generate.wordmatch import MIN_STEM, occurs_as_stem, occurs_as_word
from quizgen.items import Item

CHANGED_DETAIL = frozenset({"entity", "number"})  # a negation changes no detail
CONTEXT = 3  # words either side of the detail that tie it to its fact
SAME_FACT_SHARE = 0.5  # of the question's own content words the statement must print
_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:-\w+)*")

Words = Callable[[str], tuple[str, ...]]


def _old(statement: Item) -> str:
    changed = str(getattr(statement.data, "changed", "") or "")
    return changed.split("→")[0].strip() if "→" in changed else ""


def detail_printed(statement: Item, other: Item, printed: tuple[str, ...], content: Words) -> bool:
    """``other`` prints the detail a false ``statement`` changes, with a word of its
    context in the source sentence: the statement is answered before it is read."""
    if statement.kind != "truefalse" or not CHANGED_DETAIL & set(statement.tags):
        return False
    old = _old(statement)
    text = " ".join(printed)
    if not old or not text or not occurs_as_word(old, text):
        return False
    return any(occurs_as_stem(w, text) for w in content(_context(statement.source, old)))


def _context(source: str, old: str) -> str:
    """The words of ``source`` up to ``CONTEXT`` either side of ``old``."""
    words = _WORD.findall(source)
    said = _WORD.findall(old)
    n = len(said)
    for k in range(len(words) - n + 1):
        if [w.lower() for w in words[k : k + n]] == [w.lower() for w in said]:
            return " ".join(words[max(0, k - CONTEXT) : k] + words[k + n : k + n + CONTEXT])
    return ""


def states_fact(statement: Item, question: Item, content: Words) -> bool:
    """The statement says what the question asks about: its own sentence, or at least
    half the question's content words (other than its question word)."""
    if statement.sentence_index == question.sentence_index and question.sentence_index >= 0:
        return True
    opener = question.prompt.split(maxsplit=1)[0].lower() if question.prompt.strip() else ""
    asked = [w for w in content(question.prompt) if len(w) >= MIN_STEM and w.lower() != opener]
    if not asked:
        return False
    shown = sum(1 for w in asked if occurs_as_stem(w, statement.prompt))
    return shown >= SAME_FACT_SHARE * len(asked)
