"""Leaks between two items of one deck: what one item prints that another asks.

A learner sees the whole deck, so an item is only as secret as every other item
lets it be. The rules across kinds:

- at most one cloze, choice or true/false item per source sentence (each shows
  nearly the whole sentence, so a second one would show the first one's answer),
  and no true/false statement from a sentence another item prints as its context;
- no two items ask for the same word ("savnet" as a cloze and as a vocabulary card);
- no item's prompt or options show another item's answer, as a word or in a form a
  short ending longer ("kølens" gives "kølen" away; a question may share a sentence
  on these terms); an answer of several words is given away when every content word
  of it is printed by one other item, in any of its forms ("nedlukningen af Danmark"
  by the cloze "[...] af Danmark" with the hint "nedlukning"); a cloze or choice gap
  inside a question's answer from the same sentence gives the rest of it away;
- one comprehension item per fact: a false statement never changes a question's
  answer (review: "siden 1903" asked, then "1903 → 1883" asked again);
- a statement beside other items: ``quizgen.generate.statement_leaks``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from quizgen.generate.statement_leaks import detail_printed, states_fact
from quizgen.generate.wordmatch import ENDING, MIN_STEM, latin1, occurs_as_stem
from quizgen.items import Item
from quizgen.lang import get_language

SENTENCE_KINDS = frozenset({"cloze", "choice", "truefalse"})
SHARED_SENTENCE = "sentence used by another item"
LEAK = "leaks another item's answer"
SAME_ANSWER = "asks what another item asks"
SAME_FACT = "tests the fact another item tests"
COMPREHENSION = frozenset({"question", "truefalse"})
# A short answer a learner types; a longer one (a definition, a reason) is a
# description whose words, seen scattered in a sentence, do not say what is asked.
MAX_PHRASE = 5
_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:-\w+)*")  # "2.000" is one word


# The deck compares every candidate with every kept item; an item's secrets, printed
# texts and their words are worked out once, not once a pair (items are frozen values).
@functools.lru_cache(maxsize=8192)
def secrets(item: Item) -> tuple[str, ...]:
    """What the item asks the learner to produce or pick: the words no other prompt may
    show. A true/false answer is a truth value, not a word of the text."""
    if item.kind == "truefalse":
        return ()
    asked = str(getattr(item.data, "asked", "") or "")  # vocabulary: the asked form
    found = (item.answer, *item.accepted, asked) if item.kind != "vocab" else (asked,)
    return tuple(dict.fromkeys(s for s in found if s.strip()))


def clash(kept: Item, item: Item) -> str:
    """Why ``item`` cannot stand beside ``kept`` (either way round), or ""."""
    if kept.id == item.id:
        return ""
    if (
        kept.kind in SENTENCE_KINDS
        and item.kind in SENTENCE_KINDS
        and kept.sentence_index == item.sentence_index
        and item.sentence_index >= 0
    ):
        return SHARED_SENTENCE
    if "truefalse" in (kept.kind, item.kind) and _context_of(kept, item):
        return SHARED_SENTENCE
    if same_fact(kept, item):
        return SAME_FACT
    if "truefalse" in (kept.kind, item.kind):
        if detail_printed(kept, item, printed(item), content_words) or detail_printed(
            item, kept, printed(kept), content_words
        ):
            return LEAK
        if _apart(kept, item):
            return ""
    mine, theirs = _face(kept), _face(item)
    if mine.lowered & theirs.lowered:
        return SAME_ANSWER
    if _stem_shown(mine, theirs, item) or _stem_shown(theirs, mine, kept):
        return LEAK
    if (mine.phrases and phrase_shown(kept, item)) or (theirs.phrases and phrase_shown(item, kept)):
        return LEAK
    if gap_in_answer(kept, item) or gap_in_answer(item, kept):
        return LEAK
    if _tail_shown(kept, theirs) or _tail_shown(item, mine):
        return LEAK
    if _offered(kept, item) or _offered(item, kept):
        return LEAK
    return ""


def _apart(kept: Item, item: Item) -> bool:
    """A question and a statement about different facts: the statement may print the
    question's answer among the other words of its own sentence."""
    if {kept.kind, item.kind} != COMPREHENSION:
        return False
    statement, question = (kept, item) if kept.kind == "truefalse" else (item, kept)
    return not states_fact(statement, question, content_words)


def _offered(question: Item, other: Item) -> bool:
    """A content word of a short question answer among another item's options: the
    options are the few words a learner weighs, so one of them names the answer
    (review: "malere" offered beside "Hvem ...?" answered "de unge malere")."""
    if question.kind != "question" or not other.choices:
        return False
    if len(question.answer.split()) > MAX_PHRASE:
        return False
    words = [w.lower() for w in content_words(question.answer)]
    offered = [w.lower() for option in other.choices for w in _words(option)]
    return any(_one_word(a, b) for a in words for b in offered)


def _one_word(a: str, b: str) -> bool:
    """Two forms of one word: they part only in their last letters ("kunstnere",
    "kunstnerne"; "specialisering", "specialiseringer"), not "billeder" and "billet"."""
    shared = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return shared >= MIN_STEM and shared >= max(len(a), len(b)) - 2


TAIL_MIN = 5  # "døren"; shorter endings ("huse") end too many unrelated words
TAIL_FIRST_PART = 3  # the shortest first part of a compound ("hoved-", "zulu-")


def _tail_shown(card: Item, other: _Face) -> bool:
    """A word card whose asked form another item prints as the last part of a compound:
    "vikingekongen" in a cloze shows the learner "kongen", the form "konge" asks for
    (review: rejected as a leak every time)."""
    form = card.answer.lower()
    if card.kind != "vocab" or len(form) < TAIL_MIN or other.runs is None:
        return False
    if _RUN.fullmatch(form) is None:
        return False
    return any(len(r) >= len(form) + TAIL_FIRST_PART and r.endswith(form) for r in other.runs)


GAP_KINDS = frozenset({"cloze", "choice"})


def gap_in_answer(gapped: Item, asked: Item) -> bool:
    """A cloze or choice item whose gap is a word of a question's answer from the same
    sentence: it prints the rest of that answer, and its hint or options the gap (review:
    "Netop [...] udstyr er en af årsagerne ..." with the hint "skole" beside
    "Hvad er en af årsagerne ...?" answered "skolernes udstyr")."""
    if gapped.kind not in GAP_KINDS or asked.kind != "question":
        return False
    if gapped.sentence_index != asked.sentence_index or gapped.sentence_index < 0:
        return False
    if len(asked.answer.split()) > MAX_PHRASE:
        return False  # a definition or reason: a description, not a phrase given back
    gap = gapped.answer.lower()
    return any(gap == w.lower() for w in _words(asked.answer))


@dataclass(frozen=True)
class _Face:
    """What ``clash`` reads of an item, worked out once: its secrets (each with its
    lowered form, None when not Latin-1, and whether it is one run of word characters),
    the runs of word characters its printed texts hold, lowered, and each of them up to
    ``ENDING`` characters shorter (None when a run is not Latin-1), and whether
    ``phrase_shown`` has a phrase of it to look for."""

    secrets: tuple[tuple[str, str | None, bool], ...]
    lowered: frozenset[str]
    runs: frozenset[str] | None
    stems: frozenset[str] | None
    phrases: bool


_RUN = re.compile(r"\w+")

# Faces by the item's identity: hashing a frozen item hashes every field, and the deck
# compares every candidate with every kept item. Each entry keeps its item alive, so
# an id is not reused while it is here; cleared when full.
_FACES_KEPT = 8192
_faces: dict[int, tuple[Item, _Face]] = {}


def _face(item: Item) -> _Face:
    known = _faces.get(id(item))
    if known is not None and known[0] is item:
        return known[1]
    texts = printed(item)
    # Only the word characters need be Latin-1 (a match is made of them): quotation
    # marks and dashes outside it (U+201C, U+2013) are no word characters in any case.
    found = [r for t in texts for r in _RUN.findall(t)]
    runs = frozenset(r.lower() for r in found) if all(map(latin1, found)) else None
    face = _Face(
        secrets=tuple(
            (s, s.lower() if latin1(s) else None, _RUN.fullmatch(s) is not None)
            for s in secrets(item)
        ),
        lowered=_lowered_secrets(item),
        runs=runs,
        stems=None if runs is None else frozenset(_shortened(runs)),
        phrases=any(1 < len(s.split()) <= MAX_PHRASE and content_words(s) for s in secrets(item)),
    )
    if len(_faces) >= _FACES_KEPT:
        _faces.clear()
    _faces[id(item)] = (item, face)
    return face


def _shortened(runs: Iterable[str]) -> Iterator[str]:
    for run in runs:
        for cut in range(ENDING + 1):
            if len(run) > cut:
                yield run[: len(run) - cut]


def _stem_shown(mine: _Face, theirs: _Face, item: Item) -> bool:
    """A secret of one item (``mine``) occurs as a stem in a text ``item`` prints
    (``theirs``), as ``occurs_as_stem`` says. Where both are Latin-1 and the secret is
    one run of word characters, that is decided from the runs of the printed texts:
    the secret is one of them (shorter than ``MIN_STEM``) or one of them a short ending
    shorter; ``occurs_as_stem`` is asked only for the other secrets."""
    for secret, low, one_run in mine.secrets:
        if low is not None and one_run and theirs.runs is not None and theirs.stems is not None:
            if low in (theirs.runs if len(secret) < MIN_STEM else theirs.stems):
                return True
        elif any(occurs_as_stem(secret, text) for text in printed(item)):
            return True
    return False


def same_fact(kept: Item, item: Item) -> bool:
    """A question and a true/false statement about one fact: a false statement that
    changes the question's answer ("1903 → 1883" beside "siden 1903"). (A statement
    that keeps the answer prints it: a leak.)"""
    if {kept.kind, item.kind} != COMPREHENSION:
        return False
    statement, asked = (kept, item) if kept.kind == "truefalse" else (item, kept)
    changed = str(getattr(statement.data, "changed", "") or "")
    old = changed.split("→")[0].strip() if "→" in changed else ""
    if not old:
        return False
    if any(_shows(w, s) for w in content_words(old) for s in secrets(asked)):
        return True
    # a short word content_words passes over, from the same sentence: "to" (→ "fem")
    # beside "Hvor mange ...?" -> "to"
    if statement.sentence_index != asked.sentence_index:
        return False
    said = tuple(w.lower() for w in _words(old))
    return any(_within(said, tuple(w.lower() for w in _words(s))) for s in secrets(asked))


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    n = len(part)
    return n > 0 and any(whole[k : k + n] == part for k in range(len(whole) - n + 1))


@functools.lru_cache(maxsize=8192)
def content_words(phrase: str) -> tuple[str, ...]:
    """The words of ``phrase`` that carry its content: not the short or function words
    ("af", "på", "der")."""
    function = get_language().grammar.vocabulary.function_words
    return tuple(
        w
        for w in _words(phrase)
        if w[:1].isdigit() or (len(w) >= MIN_STEM and w.lower() not in function)
    )


def phrase_shown(kept: Item, item: Item) -> bool:
    """An answer of several words whose every content word ``item`` prints (review:
    "sidste kamp i turneringen" beside the choice "Sidste kamp i [...]" offering
    "grundspillet")."""
    text = " ".join(printed(item))
    for secret in secrets(kept):
        words = content_words(secret)
        short = 1 < len(secret.split()) <= MAX_PHRASE
        if short and words and all(_shows(w, text) for w in words):
            return True
    return False


def _shows(word: str, text: str) -> bool:
    """``word`` is in ``text`` in some form: itself, a short ending longer, or a short
    ending shorter ("travlt" shown by the hint "travl")."""
    if occurs_as_stem(word, text):
        return True
    low = word.lower()
    return any(
        len(w) >= MIN_STEM and low.startswith(w.lower()) and len(low) - len(w) <= ENDING
        for w in _words(text)
    )


@functools.lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


@functools.lru_cache(maxsize=8192)
def _lowered_secrets(item: Item) -> frozenset[str]:
    return frozenset(s.lower() for s in secrets(item))


@functools.lru_cache(maxsize=8192)
def printed(item: Item) -> tuple[str, ...]:
    """What the learner reads on the item before answering: the prompt, the hint (a
    cloze shows its lemma) and every option. Its own answer is among the options, and
    may be another item's answer too: the choice "efter [...] onsdag" offers "dommen",
    which the card "dom -> bestemt ental?" asks for."""
    return (item.prompt, item.hint, *item.choices)


def _context_of(kept: Item, item: Item) -> bool:
    """One prints the other's sentence whole as its context: a statement is read off
    its own source sentence."""
    before = str(getattr(item.data, "context", "") or "")
    kept_before = str(getattr(kept.data, "context", "") or "")
    return (bool(before) and before == kept.source) or (
        bool(kept_before) and kept_before == item.source
    )
