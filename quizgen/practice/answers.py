"""Checking a learner's answer: forgiving where it matters for Danish, never silently.

Case, surrounding spaces and punctuation don't count; one small typo in a longer
word is accepted and pointed out; "ae"/"oe"/"aa" typed for æ/ø/å are accepted with
a note; the right word in another form is recognised as such. The result is a
value that says what happened and how the answer grades.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from rapidfuzz.distance import Levenshtein

from quizgen.config.practice import PracticeConfig
from quizgen.items import FALSE_ANSWER, TRUE_ANSWER, Item
from quizgen.practice.scheduler import Rating

Verdict = Literal["right", "typo", "spelling", "wrong_form", "wrong", "dont_know", "revealed"]

TYPED_KINDS = frozenset({"cloze", "question", "vocab"})
_TRUE_WORDS = frozenset({"t", "true", "s", "sand", "ja", "j", "rigtigt"})
_FALSE_WORDS = frozenset({"f", "false", "falsk", "nej", "n", "forkert"})

# Danish inflectional endings, longest first: enough to see that "husene" and
# "huset" are one word when the generator gave no list of forms.
_SUFFIXES = ("erne", "ende", "ene", "ede", "ets", "ens", "ers", "er", "et", "en", "es",
             "ne", "te", "de", "e", "r", "s", "t")
_MIN_STEM = 3
_COMMON_ZIPF = 3.0  # about once per million words and up
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_ANY_PUNCT = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")
_WORDS = re.compile(r"\w+")
_PARENTHESES = re.compile(r"\([^)]*\)")


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How forgiving checking is; from the ``practice`` config section."""

    typo_max_distance: int = 1
    typo_min_length: int = 4
    accept_digraphs: bool = True

    @classmethod
    def from_config(cls, config: PracticeConfig) -> Tolerance:
        return cls(config.typo_max_distance, config.typo_min_length, config.accept_digraphs)


@dataclass(frozen=True, slots=True)
class AnswerCheck:
    """What the learner's answer was worth."""

    verdict: Verdict
    rating: Rating  # the automatic grade; the learner may override it
    expected: str  # the answer as the text has it
    given: str = ""
    note: str = ""  # what to tell the learner beyond right/wrong

    @property
    def correct(self) -> bool:
        return self.verdict in ("right", "typo", "spelling", "revealed")


def normalize(text: str) -> str:
    """Casefolded, NFC, single-spaced, without punctuation at either end."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _SPACES.sub(" ", text).strip()
    return _EDGE_PUNCT.sub("", text)


def _loose(text: str) -> str:
    """``normalize`` with punctuation inside removed too ("H.C." = "HC")."""
    return _SPACES.sub(" ", _ANY_PUNCT.sub("", normalize(text))).strip()


def fold_digraphs(text: str) -> str:
    return text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


def danish_stem(word: str) -> str:
    """A crude stem: the word without its longest inflectional ending."""
    word = normalize(word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def is_self_graded(item: Item) -> bool:
    """A word card whose front already shows the word (as the generator's vocab cards
    do): nothing to type; the learner recalls, reveals the back and grades."""
    if item.kind != "vocab":
        return False
    lemma = normalize(item.extra.get("lemma", "") or item.lemma)
    return bool(lemma) and lemma in _WORDS.findall(normalize(item.prompt))


def known_forms(item: Item) -> frozenset[str]:
    """Every form of the answer's word the item knows of (lemma and listed forms).

    Forms may be "huset, huse" or, as the generator writes them,
    "huset (bestemt ental); huse (flertal)"."""
    raw: list[str] = [item.lemma, item.extra.get("lemma", "")]
    listed = _PARENTHESES.sub("", item.extra.get("forms", ""))
    for piece in re.split(r"[,;|/\n]", listed):
        raw.append(piece)
        raw.append(piece.strip().split(" ")[-1])  # "et hus" -> also "hus"
    return frozenset(f for f in (normalize(r) for r in raw) if f)


def check_answer(item: Item, given: str, tolerance: Tolerance = Tolerance()) -> AnswerCheck:
    """Judge ``given`` against ``item``. An empty answer means "I don't know"; a
    self-graded word card is simply revealed (graded Good unless the learner says)."""
    if is_self_graded(item):
        return AnswerCheck("revealed", Rating.Good, item.answer, given)
    if not given.strip():
        return AnswerCheck("dont_know", Rating.Again, item.answer, given,
                           f"The answer is «{item.answer}».")
    if item.kind == "truefalse":
        return _check_truefalse(item, given)
    if item.kind == "choice":
        return _check_exact(item, given)
    return _check_typed(item, given, tolerance)


def _check_truefalse(item: Item, given: str) -> AnswerCheck:
    word = normalize(given)
    meant = TRUE_ANSWER if word in _TRUE_WORDS else FALSE_ANSWER if word in _FALSE_WORDS else word
    changed = item.extra.get("changed", "")
    note = f"What the statement changed: {changed}." if changed else ""
    if meant == normalize(item.answer):
        return AnswerCheck("right", Rating.Good, item.answer, given, note)
    return AnswerCheck("wrong", Rating.Again, item.answer, given, note)


def _check_exact(item: Item, given: str) -> AnswerCheck:
    if _loose(given) in {_loose(a) for a in item.answers}:
        return AnswerCheck("right", Rating.Good, item.answer, given)
    return AnswerCheck("wrong", Rating.Again, item.answer, given)


def _check_typed(item: Item, given: str, tolerance: Tolerance) -> AnswerCheck:
    answers = [a for a in item.answers if a.strip()]
    typed = _loose(given)
    if typed in {_loose(a) for a in answers}:
        return AnswerCheck("right", Rating.Good, item.answer, given)
    if tolerance.accept_digraphs:
        for answer in answers:
            if fold_digraphs(typed) == fold_digraphs(_loose(answer)):
                return AnswerCheck("spelling", Rating.Good, item.answer, given,
                                   f"Right. With Danish letters it is written «{answer}».")
    # Another real form of the word is not a typo, even one letter away ("huse"/"huset").
    if typed in known_forms(item) or _same_stem(typed, (item.answer, item.lemma)):
        return _wrong_form(item, given)
    closest = _closest_within(typed, answers, tolerance)
    if closest is not None:
        return AnswerCheck("typo", Rating.Good, item.answer, given,
                           f"Accepted with a small typo: it is spelled «{closest}».")
    return AnswerCheck("wrong", Rating.Again, item.answer, given)


def _wrong_form(item: Item, given: str) -> AnswerCheck:
    wanted = ("the dictionary form is" if item.kind == "vocab" else "the text has")
    return AnswerCheck("wrong_form", Rating.Hard, item.answer, given,
                       f"Right word, wrong form: {wanted} «{item.answer}».")


def _closest_within(typed: str, answers: Iterable[str], tolerance: Tolerance) -> str | None:
    if tolerance.typo_max_distance <= 0:
        return None
    fold = fold_digraphs if tolerance.accept_digraphs else (lambda s: s)
    for answer in answers:
        target = _loose(answer)
        if len(target) < tolerance.typo_min_length:
            continue
        limit = tolerance.typo_max_distance
        if Levenshtein.distance(fold(typed), fold(target), score_cutoff=limit) <= limit:
            return None if is_common_word(typed) else answer
    return None


def is_common_word(text: str) -> bool:
    """A real, common Danish word: one letter from the answer, it is another word
    ("søn" for "søen"), not a typo."""
    from wordfreq import zipf_frequency  # loads its Danish list on first use (~0.1 s)

    return " " not in text and zipf_frequency(text, "da") >= _COMMON_ZIPF


def _same_stem(typed: str, words: Iterable[str]) -> bool:
    if " " in typed:
        return False
    stem = danish_stem(typed)
    if len(stem) < _MIN_STEM:
        return False
    return any(w and " " not in normalize(w) and danish_stem(w) == stem for w in words)


def answer_span(item: Item) -> tuple[int, int] | None:
    """Where the answer sits in ``item.source``, to mark it in feedback."""
    source, answer = item.source, item.answer
    if not answer or item.kind == "truefalse":
        return None
    end = item.answer_start + len(answer)
    if item.answer_start >= 0 and source[item.answer_start:end] == answer:
        return item.answer_start, end
    found = source.casefold().find(answer.casefold())
    return (found, found + len(answer)) if found >= 0 else None
