"""Other ways to give a question's answer that are just as right: the full phrase and
its head, a surname for a full name, a number in digits or in words, with or without
its unit, with or without a leading preposition."""

from __future__ import annotations

from quizgen.extract.syntax import number_value
from quizgen.lang.grammar import Grammar

PERSON_LABELS = frozenset({"PER"})


def variants(answer: str, also: tuple[str, ...], label: str, grammar: Grammar) -> tuple[str, ...]:
    """The accepted answers besides ``answer``, in a stable order, without repeats."""
    out: list[str] = []
    for text in (answer, *also):
        if not text:
            continue
        out.append(text)
        out.extend(_without_preposition(text, grammar))
        out.extend(_number_forms(text, grammar))
        if label in PERSON_LABELS:
            out.extend(_surname(text))
    seen = {answer.lower()} | {w for w in grammar.clauses.relative_pronouns}
    unique: list[str] = []
    for text in out:
        if text.lower() not in seen:
            seen.add(text.lower())
            unique.append(text)
    return tuple(unique)


def _without_preposition(text: str, grammar: Grammar) -> list[str]:
    """``i Baghouz`` -> ``Baghouz``; ``siden 1902`` -> ``1902``."""
    first, _, rest = text.partition(" ")
    prepositions = grammar.clauses.locative_prepositions | {grammar.clauses.since}
    opening = " ".join(text.lower().split()[:3])
    if any(opening == f or opening.startswith(f + " ") for f in grammar.clauses.fixed_adverbials):
        return []  # "i alt tre sager": "alt tre sager" is no answer
    if rest and first.lower() in prepositions:
        return [rest]
    return []


def _number_forms(text: str, grammar: Grammar) -> list[str]:
    """``tre`` -> ``3``, ``3`` -> ``tre``; ``300 IS-krigere`` -> ``300``."""
    words = text.split()
    if not words:
        return []
    out: list[str] = []
    for n, word in enumerate(words):
        if grammar.numbers.decimal_mark in word.strip(grammar.numbers.decimal_mark):
            break  # "7,95": not "7" or "syv"
        value = number_value(word, grammar)
        if value is None or value != int(value) or (value == 1 and not word.isdigit()):
            continue  # ("en", "et" are articles as often as numbers)
        spelt = grammar.numbers.words
        other = str(int(value)) if not word.isdigit() else ""
        if word.isdigit() and int(value) < len(spelt):
            other = spelt[int(value)]
        if other:
            out.append(" ".join([*words[:n], other, *words[n + 1 :]]))
        if len(words) > n + 1:
            out.append(" ".join(words[: n + 1]))  # without the unit
            if other:
                out.append(" ".join([*words[:n], other]))
        break
    return out


def _surname(text: str) -> list[str]:
    """``Mustafa Bali`` -> ``Bali``."""
    words = text.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return [words[-1]]
    return []
