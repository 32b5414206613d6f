"""Checking a learner's answer: forgiving where it matters for Danish, never silently.

Case, surrounding spaces and punctuation don't count; one small typo in a longer
word is accepted and pointed out; "ae"/"oe"/"aa" typed for æ/ø/å are accepted with
a note; the right word in another form is recognised as such. The result is a
value that says what happened and how the answer grades.

The kinds' checkers (``quizgen.generate.kinds``) are built from these pieces; the
practice app only calls them, so these live below it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from fsrs import Rating
from rapidfuzz.distance import Levenshtein

from quizgen.config.practice import PracticeConfig
from quizgen.items import Item
from quizgen.lang import get_language

Verdict = Literal["right", "typo", "spelling", "wrong_form", "wrong", "dont_know", "revealed"]

_MIN_STEM = 3
_COMMON_ZIPF = 3.0  # about once per million words and up
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_ANY_PUNCT = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")
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


def loose(text: str) -> str:
    """``normalize`` with punctuation inside removed too ("H.C." = "HC")."""
    return _SPACES.sub(" ", _ANY_PUNCT.sub("", normalize(text))).strip()


def fold_digraphs(text: str) -> str:
    return text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


def danish_stem(word: str) -> str:
    """A crude stem: the word without its longest inflectional ending."""
    word = normalize(word)
    for suffix in get_language("da").cards.inflection_suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def forms_of(words: Iterable[str], listed: str) -> frozenset[str]:
    """Every form of a word: ``words`` (lemmas) and the ``listed`` forms, which may be
    "huset, huse" or, as the generator writes them, "huset (bestemt ental); huse (flertal)"."""
    raw = list(words)
    for piece in re.split(r"[,;|/\n]", _PARENTHESES.sub("", listed)):
        raw.append(piece)
        raw.append(piece.strip().split(" ")[-1])  # "et hus" -> also "hus"
    return frozenset(f for f in (normalize(r) for r in raw) if f)


def dont_know(item: Item, given: str) -> AnswerCheck:
    return AnswerCheck(
        "dont_know", Rating.Again, item.answer, given, f"The answer is «{item.answer}»."
    )


def check_truth(item: Item, given: str, changed: str) -> AnswerCheck:
    """A true/false answer, typed as the answer itself or any word the language accepts."""
    words = get_language("da").cards
    word = normalize(given)
    meant = (
        words.true_answer
        if word in words.true_words
        else words.false_answer
        if word in words.false_words
        else word
    )
    note = f"What the statement changed: {changed}." if changed else ""
    if meant == normalize(item.answer):
        return AnswerCheck("right", Rating.Good, item.answer, given, note)
    return AnswerCheck("wrong", Rating.Again, item.answer, given, note)


def check_exact(item: Item, given: str) -> AnswerCheck:
    if loose(given) in {loose(a) for a in item.answers}:
        return AnswerCheck("right", Rating.Good, item.answer, given)
    return AnswerCheck("wrong", Rating.Again, item.answer, given)


def check_typed(
    item: Item,
    given: str,
    tolerance: Tolerance,
    forms: frozenset[str],
    wanted: str = "the text has",
) -> AnswerCheck:
    """A typed answer; ``forms`` are the word's other forms, ``wanted`` says where the
    right form comes from ("the text has", "the dictionary form is")."""
    answers = _answer_variants(item.answers)
    typed = loose(given)
    if typed in {loose(a) for a in answers}:
        return AnswerCheck("right", Rating.Good, item.answer, given)
    if tolerance.accept_digraphs:
        for answer in answers:
            if fold_digraphs(typed) == fold_digraphs(loose(answer)):
                return AnswerCheck(
                    "spelling",
                    Rating.Good,
                    item.answer,
                    given,
                    f"Right. With Danish letters it is written «{answer}».",
                )
    # Another real form of the word is not a typo, even one letter away ("huse"/"huset").
    if typed in forms or _same_stem(typed, (item.answer, item.lemma)):
        return AnswerCheck(
            "wrong_form",
            Rating.Hard,
            item.answer,
            given,
            f"Right word, wrong form: {wanted} «{item.answer}».",
        )
    closest = _closest_within(typed, answers, tolerance)
    if closest is not None:
        return AnswerCheck(
            "typo",
            Rating.Good,
            item.answer,
            given,
            f"Accepted with a small typo: it is spelled «{closest}».",
        )
    return AnswerCheck("wrong", Rating.Again, item.answer, given)


def check_phrase(
    item: Item, given: str, tolerance: Tolerance, forms: frozenset[str]
) -> AnswerCheck:
    """A typed answer to a question about the text: as ``check_typed``, and also right
    when it names the answer in fewer or a few more words ("Bali" for "Mustafa Bali",
    "omkring 300" for "300", "tre hundrede" for "300", "SDF-styrkerne" for "de
    kurdisk ledede SDF-styrker"): the full answer is then shown in a note."""
    check = check_typed(item, given, tolerance, forms)
    if check.verdict != "wrong":
        return check
    typed = _content_words(spell_numbers(given))
    for answer in _answer_variants(item.answers):
        wanted = _content_words(spell_numbers(answer))
        if not typed or not wanted:
            continue
        part = all(_word_in(w, wanted, tolerance) for w in typed) and any(
            _word_in(w, (wanted[0], wanted[-1]), tolerance) for w in typed
        )
        more = all(_word_in(w, typed, tolerance) for w in wanted) and len(typed) - len(wanted) <= 1
        if part or more:
            return AnswerCheck(
                "right",
                Rating.Good,
                item.answer,
                given,
                f"Accepted. The text says «{item.answer}».",
            )
    return check


_FUNCTION_ZIPF = 6.0  # "i", "de", "en", "sig", "på": in any answer, they say nothing


def _content_words(text: str) -> list[str]:
    from wordfreq import zipf_frequency

    words = loose(text).split()
    return [w for w in words if w.isdigit() or zipf_frequency(w, "da") < _FUNCTION_ZIPF]


def _word_in(word: str, words: Iterable[str], tolerance: Tolerance) -> bool:
    """``word`` is one of ``words``, in another form, or with a typo in a long word."""
    for other in words:
        if word == other or (
            danish_stem(word) == danish_stem(other) and len(danish_stem(word)) >= _MIN_STEM
        ):
            return True
        if (
            len(other) >= max(5, tolerance.typo_min_length)
            and tolerance.typo_max_distance
            and Levenshtein.distance(word, other) <= tolerance.typo_max_distance
        ):
            return True
    return False


def spell_numbers(text: str) -> str:
    """Spelt-out numbers as digits: "tre hundrede" -> "300", "fyrre" -> "40"."""
    values = get_language("da").grammar.numbers.values
    out: list[str] = []
    run: list[int] = []
    for word in [*loose(text).split(), ""]:
        if word in values and not (word in ("en", "et") and not run):
            run.append(values[word])
            continue
        if word == "og" and run:
            continue
        if run:
            out.append(str(_number(run)))
            run = []
        if word:
            out.append(word)
    return " ".join(out)


def _number(values: list[int]) -> int:
    total = current = 0
    for value in values:
        if value in (100, 1000):
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current


def _answer_variants(answers: Iterable[str]) -> list[str]:
    """Each answer, and each without a grammar label in parentheses: the learner types
    "IS-krigere", not "IS-krigere (ubestemt flertal)"."""
    out: list[str] = []
    for answer in answers:
        for variant in (answer, _SPACES.sub(" ", _PARENTHESES.sub("", answer)).strip()):
            if variant.strip() and variant not in out:
                out.append(variant)
    return out


def _closest_within(typed: str, answers: Iterable[str], tolerance: Tolerance) -> str | None:
    if tolerance.typo_max_distance <= 0:
        return None
    fold = fold_digraphs if tolerance.accept_digraphs else (lambda s: s)
    for answer in answers:
        target = loose(answer)
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
    """Where the answer sits in ``item.source``."""
    source, answer = item.source, item.answer
    if not answer:
        return None
    end = item.answer_start + len(answer)
    if item.answer_start >= 0 and source[item.answer_start : end] == answer:
        return item.answer_start, end
    found = source.casefold().find(answer.casefold())
    return (found, found + len(answer)) if found >= 0 else None
