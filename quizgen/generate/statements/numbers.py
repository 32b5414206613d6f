"""Another number for a false statement, written as the text writes numbers: digits
stay digits (with the same thousands mark and decimals), words stay words, years stay
plausible years; never a near miss a reader cannot be sure of."""

from __future__ import annotations

import random
import re

from quizgen.generate.statements.shape import Shape
from quizgen.lang.grammar import Grammar

_DIGITS = re.compile(r"^\d{1,3}(\.\d{3})+$|^\d+(,\d+)?$")


def _value(text: str, grammar: Grammar) -> float | None:
    numbers = grammar.numbers
    if text.lower() in numbers.values:
        return float(numbers.values[text.lower()])
    if not _DIGITS.match(text):
        return None
    plain = text.replace(numbers.thousands_mark, "").replace(numbers.decimal_mark, ".")
    return float(plain)


def _write(value: float, like: str, grammar: Grammar) -> str:
    numbers = grammar.numbers
    decimals = len(like.split(numbers.decimal_mark)[1]) if numbers.decimal_mark in like else 0
    text = f"{value:,.{decimals}f}".replace(",", "\0").replace(".", numbers.decimal_mark)
    mark = numbers.thousands_mark if numbers.thousands_mark in like else ""
    return text.replace("\0", mark)


def _far(n: float, value: float) -> bool:
    return 2 * value <= n <= 3 * value or 2 * n <= value <= 3 * n


def _year(value: float, text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1000 <= value <= 2100


def other_number(text: str, grammar: Grammar, rng: random.Random, latest: int) -> str | None:
    """A clearly different number in the same notation, or None. ``latest`` is the
    latest year the article names: a changed year does not go past it."""
    value = _value(text, grammar)
    if value is None or value < 2:
        return None  # "en"/"et" and 1 agree with the noun: another number would not
    words = grammar.numbers.words
    if text.lower() in grammar.numbers.values:
        # Words stay words: two or three times as many or as few, never the
        # neighbour ("to" -> "tre"), and only words that are one number by themselves.
        pool = [w for n, w in enumerate(words) if n >= 2 and _far(n, value)]
        return rng.choice(pool) if pool and value < len(words) else None
    if _year(value, text):
        shifts = [s for s in (-30, -20, -10, 10, 20, 30) if value + s <= max(latest, value)]
        return str(int(value + rng.choice(shifts)))
    factor = rng.choice((2.0, 3.0, 0.5) if value >= 4 else (2.0, 3.0))
    new = value * factor
    if "," not in text and new != int(new):
        return None
    return _write(new, text, grammar)


def settled(shape: Shape, i: int, grammar: Grammar) -> bool:
    """Would another number here be plainly false, and no more? Not after "de" ("de to
    byer" counts what was named before), not where the things are named after it ("to
    reddere, Anna og Bo"), not of a fraction ("tre fjerdedele"), not with a subject
    of two ("Både X og Y har plads til 90": together or each?)."""
    tokens = shape.sentence.tokens
    token = tokens[i]
    before = tokens[i - 1] if i > 0 else None
    if before is not None and before.pos == "DET" and before.text.lower() in ("de", "disse"):
        return False
    noun = tokens[token.head]
    if noun.lemma.lower() in grammar.statements.fraction_nouns:
        return False
    if before is not None and before.text.lower() in grammar.statements.reference_nouns:
        return False  # "kapitel 8" -> "kapitel 24": a name changed, nothing asked
    if any(
        c.dep in ("appos", "conj") and c.pos == "PROPN" for c in shape.sentence.children(noun.i)
    ):
        return False
    head = shape.subject.head
    pairs = [t for t in tokens if t.dep in ("conj", "cc") and t.head == head]
    joined = [t for t in tokens if t.dep == "cc" and tokens[t.head].head == head]
    return not (pairs or joined)  # "Både X og Y": two subjects, not "aktioner fra X og Y"


def clock(shape: Shape, i: int, grammar: Grammar) -> bool:
    before = shape.sentence.tokens[i - 1].text.lower() if i > 0 else ""
    return before in grammar.statements.clock_words


def other_hour(text: str, rng: random.Random) -> str | None:
    """Another hour of the day, three to six hours away: "klokken 23" -> "klokken 19"."""
    if not text.isdigit() or not 0 <= int(text) <= 23:
        return None
    hour = int(text)
    hours = [h for k in (3, 4, 5, 6) for h in (hour - k, hour + k) if 0 <= h <= 23]
    new = rng.choice(hours)
    return f"{new:0{len(text)}d}"


def restated(text: str, grammar: Grammar) -> str | None:
    """The same count said as a bound it passes: "fire" -> "mere end tre", "2.000" ->
    "mere end 1.000"; true, yet the reader must compare two numbers. None for years,
    fractions and numbers too small to have a bound below them."""
    value = _value(text, grammar)
    if value is None or value < 3 or value != int(value) or _year(value, text):
        return None
    numbers = grammar.numbers
    bound = next((b for b in numbers.lower_bounds if " " in b and b.split()[0] != b), "")
    if not bound:
        return None
    if text.lower() in numbers.values:
        lower = int(value) - 1
        return f"{bound} {numbers.words[lower]}" if lower < len(numbers.words) else None
    magnitude = 10 ** (len(str(int(value))) - 1)
    lower = (int(value) // magnitude) * magnitude
    lower = lower - magnitude if lower == value else lower
    return f"{bound} {_write(float(lower), text, grammar)}" if lower >= 3 else None
