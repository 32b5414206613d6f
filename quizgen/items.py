"""Quiz items: the plain values every generator produces and every consumer
(Anki export, worksheets, the practice app) reads.

Which kinds exist, and what each one's ``data`` holds, is the kind registry's
business (``quizgen.generate.kinds``); an item only names its kind.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


class KindData:
    """What one kind of item knows beyond the common fields. Each kind subclasses
    this with a frozen dataclass of its own (``VocabData``, ...)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Item:
    """One quiz item.

    ``prompt`` is what a learner sees. For ``cloze`` it is the source sentence
    with the target replaced by ``CLOZE_GAP``; ``answer_start`` locates the answer
    in ``source`` so exporters can write Anki's ``{{c1::...}}`` syntax
    themselves (with escaping). For ``truefalse`` the prompt is the statement and
    the answer is the language's true or false answer; ``source`` is always the
    true sentence from the article.
    """

    id: str
    kind: str  # a registered kind: cloze, vocab, question, choice, truefalse, ...
    prompt: str
    answer: str
    source: str  # the article sentence the item comes from
    article_id: str = ""
    accepted: tuple[str, ...] = ()  # other answers that count as right
    choices: tuple[str, ...] = ()  # multiple choice: every option, answer included, display order
    asks: str = ""  # questions: who, what, where, when, how_many, source, ...
    level: str = ""  # CEFR-like band: A1 ... C2
    tags: tuple[str, ...] = ()
    hint: str = ""
    answer_start: int = -1  # character offset of the answer in ``source``; -1 if absent
    lemma: str = ""  # lemma of the answer when it is one word (for "right word, wrong form")
    sentence_index: int = -1  # index of ``source`` in the analysis
    data: KindData | None = None  # the kind's own fields; None: all of them empty

    @property
    def answers(self) -> tuple[str, ...]:
        """The answer and every accepted alternative."""
        return (self.answer, *self.accepted)


CLOZE_GAP = "[...]"


def stable_id(*parts: str) -> str:
    """A short id that depends only on ``parts``: the same input gives the same id."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:16]
