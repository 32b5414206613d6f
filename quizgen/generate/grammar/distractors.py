"""Wrong options of the same kind as the answer, that are never also right.

Entities are replaced by entities of the same type, numbers by numbers of a
similar size, times by times of the same sort, and words by words of the same
class and inflection (a definite plural noun by definite plural nouns):
preferably from the article, else from wordfreq's Danish frequency list with a
check that the word has the right paradigm. A candidate is refused when it is
the answer's lemma, overlaps the answer (same referent: ``Reuters`` /
``nyhedsbureauet Reuters``) or occurs in the answer's own sentence (it may be
true there as well).
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from quizgen.analysis import Analysis, Sentence, Token
from quizgen.extract.syntax import (
    grammar_or_default,
    kids,
    number_value,
)
from quizgen.generate.article_memo import per_article
from quizgen.generate.grammar.article_words import form_agrees_with_morph
from quizgen.generate.grammar.word_distractors import WordOption, sentence_of, word_choices
from quizgen.generate.wordmatch import occurs_as_word
from quizgen.lang import get_language
from quizgen.lang.da.lexicon import lexicon
from quizgen.lang.grammar import Grammar

MAX_NAME_WORDS = 4  # "AP tale om mindst ti lastbiler ..." is no source to offer


def _clean(option: str) -> str:
    return option.strip(" ,.;:")


def _related(a: str, b: str) -> bool:
    """Same words, one inside the other, or compounds on the same name (``IS-krigere`` /
    ``IS-tropper``): the option might mean the same thing as the answer."""
    a, b = a.lower(), b.lower()
    if a == b or a in b or b in a:
        return True
    prefix_a, _, rest_a = a.rpartition("-")
    prefix_b, _, rest_b = b.rpartition("-")
    return bool(prefix_a) and (prefix_a == prefix_b or rest_a == rest_b)


def _acceptable(option: str, answer: str, sentence: Sentence, taken: list[str]) -> bool:
    option = _clean(option)
    if not option or _related(option, answer) or any(_related(option, t) for t in taken):
        return False
    # Mentioned in the answer's own sentence (or by its initials, Islamisk Stat / IS):
    # it may be true there too.
    initials = "".join(w[0] for w in option.split() if w[:1].isupper())
    if len(initials) > 1 and mentioned(initials, sentence.text):
        return False
    return not mentioned(option, sentence.text)


def mentioned(word: str, text: str) -> bool:
    """``word`` occurs in ``text`` as a whole word or phrase (any case)."""
    return occurs_as_word(word, text)


def pick(
    options: list[str],
    answer: str,
    sentence: Sentence,
    rng: random.Random,
    n: int = 3,
    shuffle: bool = True,
    fallback: Sequence[str] = (),
) -> list[str]:
    """Up to ``n`` acceptable options; ``fallback`` ones only when ``options`` run out."""
    pool = list(dict.fromkeys(options))
    spare = [f for f in dict.fromkeys(fallback) if f not in pool]
    if shuffle:
        rng.shuffle(pool)
        rng.shuffle(spare)
    pool += spare
    chosen: list[str] = []
    for option in pool:
        if len(chosen) == n:
            break
        if _acceptable(option, answer, sentence, chosen):
            chosen.append(_clean(option))
    return chosen


def entity_options(analysis: Analysis, label: str) -> list[str]:
    """Names of one type in the article, most mentioned first. A name's type is the one
    the tagger gave it most often; badly cut spans (``Baghouz for``) are left out."""
    return list(per_article(analysis, ("entity_options", label), lambda: _names(analysis, label)))


def _names(analysis: Analysis, label: str) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    labels: dict[str, dict[str, int]] = {}
    for entity in analysis.entities:
        last = analysis.sentences[entity.sentence].tokens[entity.end - 1]
        if last.dep == "nmod:poss" or last.feature("Case") == "Gen":
            continue  # "Aalborg Stiftstidendes": a genitive form, not a name to offer
        tokens = analysis.sentences[entity.sentence].tokens[entity.start : entity.end]
        if not any(t.pos == "PROPN" for t in tokens) or tokens[0].pos in ("NOUN", "DET"):
            continue  # "Byen Baghouz", "SDF-styrker": common nouns the tagger took for names
        text = entity.text.rstrip("'")
        words = text.split()
        if not words or not all(w[:1].isupper() or w[:1].isdigit() for w in (words[0], words[-1])):
            continue
        if entity.label == "PER" and (any(w[:1].islower() for w in words) or text.isupper()):
            continue  # "Tour de France", "AP" tagged as a person
        if _common_word_first(analysis.sentences[entity.sentence], entity.start, text):
            continue  # "'Ring, for nu ...'": a verb or noun capitalised by its place
        votes = labels.setdefault(text, {})
        votes[entity.label] = votes.get(entity.label, 0) + 1
        counts[text] = counts.get(text, 0) + 1
    typed = [t for t, v in labels.items() if max(sorted(v), key=lambda k: v[k]) == label]
    if label == "LOC":  # a place is somewhere: "i Syrien", "fra Irak", not "Vuelta a ..."
        located = _located(analysis, get_language(analysis.article.language).grammar)
        typed = [t for t in typed if t in located]
    # "Socialdemokratiets" is the genitive of "Socialdemokratiet", not another party.
    plain = [t for t in typed if not (t.endswith("s") and t[:-1] in counts)]
    return tuple(sorted(plain, key=lambda t: (-counts[t], t)))


def _common_word_first(sentence: Sentence, start: int, text: str) -> bool:
    """A one-word name first in its sentence (after punctuation only) that the lexicon
    knows as a common word and not as a name (``Ring``, not ``Lise``): the capital
    may be the sentence's."""
    if " " in text or any(t.pos != "PUNCT" for t in sentence.tokens[:start]):
        return False
    readings = lexicon().analyses(text, compounds=False)  # the lower case when unlisted
    return bool(readings) and all(a.pos != "PROPN" for a in readings)


def _located(analysis: Analysis, grammar: Grammar) -> set[str]:
    """Names of places that the article puts a preposition of place before (directly, or
    before the first of several: "i Syrien og Irak")."""
    found: set[str] = set()
    locative = grammar.clauses.locative_prepositions
    for entity in analysis.entities:
        sentence = analysis.sentences[entity.sentence]
        token = sentence.tokens[entity.start]
        heads = [token]
        up = sentence.tokens[token.head]
        # "i Syrien og Irak", "byen Baghouz", "i udkanten af Baghouz"
        if token.dep in ("conj", "flat", "appos") or up.lemma.lower() in grammar.nouns.place:
            heads.append(up)
        for head in heads:
            before = sentence.tokens[head.i - 1] if head.i > 0 else None
            cases = {t.text.lower() for t in kids(sentence, head.i, ("case",))}
            if cases & locative or (before is not None and before.text.lower() in locative):
                found.add(entity.text.rstrip("'"))
    return found


def source_options(
    sources: Sequence[str], grammar: Grammar | None = None
) -> tuple[list[str], list[str]]:
    """Who else reports in the article (a name, not a clause the parser took for one),
    then news agencies as a fallback."""
    named = [s for s in dict.fromkeys(sources) if len(s.split()) <= MAX_NAME_WORDS]
    return named, fallback_entities("ORG", grammar=grammar)[:4]


def fallback_entities(*labels: str, grammar: Grammar | None = None) -> list[str]:
    known = grammar_or_default(grammar).fallback_entities
    return [f for label in labels for f in known.get(label, ())]


def number_options(answer: str, before: str = "", grammar: Grammar | None = None) -> list[str]:
    """``300`` -> 150, 200, 500 ...; ``ti`` -> fem, tolv, tyve. After ``mindst``/``over``
    (in the answer or in ``before``, the text in front of it) only larger numbers are
    wrong; after ``højst``/``under`` only smaller ones."""
    numbers = grammar_or_default(grammar).numbers
    words = answer.split()
    number = words[-1]
    prefix = " ".join(words[:-1])
    value = number_value(number, grammar)
    if value is None:
        return []
    digits = number.replace(numbers.thousands_mark, "").replace(numbers.decimal_mark, "")
    if digits.isdigit() and numbers.decimal_mark not in number:
        factors = (0.5, 2, 1.5, 0.75, 3, 1.25, 0.25)
        raw = [value * f for f in factors]
        candidates = [_round_like(v, value) for v in raw]
        thousands = numbers.thousands_mark in number  # 1.600 in Danish
        texts = [
            f"{int(v):,}".replace(",", numbers.thousands_mark) if thousands else str(int(v))
            for v in candidates
            if v > 0 and v != value
        ]
    else:
        # Spread out (half, one and a half, double ...) so no reader could count either way.
        words_by_value = {numbers.values[w]: w for w in numbers.options}
        texts = []
        for factor in (1.5, 2, 0.5, 3, 0.7, 4):
            nearest = min(words_by_value, key=lambda v: (abs(v - value * factor), v))
            ratio = max(nearest, value) / max(min(nearest, value), 1)
            if nearest != value and ratio >= 1.4:
                texts.append(words_by_value[nearest])
    bound = f"{before} {prefix}".lower().split()
    tail1, tail2 = " ".join(bound[-1:]), " ".join(bound[-2:])
    if tail1 in numbers.lower_bounds or tail2 in numbers.lower_bounds:
        # "mindst fem" would be true as well: only larger numbers are wrong
        texts = [t for t in texts if (number_value(t, grammar) or 0) > value]
    elif tail1 in numbers.upper_bounds or tail2 in numbers.upper_bounds:
        texts = [t for t in texts if (number_value(t, grammar) or 0) < value]
    return [f"{prefix} {t}".strip() for t in texts[:6]]


def _round_like(value: float, original: float) -> float:
    if original >= 1000:
        step = 100.0
    elif original >= 100:
        step = 50.0
    elif original >= 20:
        step = 5.0
    else:
        step = 1.0
    return max(step, round(value / step) * step)


def time_options(answer: str, grammar: Grammar | None = None) -> list[str]:
    """Other weekdays, dayparts, months, years or durations in the frame of ``answer``:
    ``Tirsdag aften`` -> ``Onsdag aften``, ``Tirsdag morgen``; ``I 2017`` -> ``I 2016``."""
    time = grammar_or_default(grammar).time
    words = answer.split()
    out: list[str] = []

    def swap(position: int, new: str) -> None:
        old = words[position]
        new = new.capitalize() if old[:1].isupper() else new
        out.append(" ".join([*words[:position], new, *words[position + 1 :]]))

    for position, word in enumerate(words):
        lowered = word.lower()
        families = (time.weekdays, time.months, time.dayparts)
        family = next((f for f in families if lowered in f), None)
        clock = re.fullmatch(r"(\d{1,2})[.:](\d{2})(,?)", word)
        if clock:  # "01.38" -> "02.15": another time of day, not a number
            minutes = int(clock[1]) * 60 + int(clock[2])
            sep = "." if "." in word else ":"
            for delta in (-95, -40, 35, 80, 150):
                m = (minutes + delta) % (24 * 60)
                swap(position, f"{m // 60:02d}{sep}{m % 60:02d}{clock[3]}")
        elif family is not None:
            for other in family:
                if other != lowered:
                    swap(position, other)
        elif word.isdigit() and len(word) == 4:
            for delta in (-3, -2, -1, 1, 2, 4):
                swap(position, str(int(word) + delta))
        elif number_value(word, grammar) is not None:
            for option in number_options(word, grammar=grammar):
                swap(position, option)
    return out


def word_options(
    token: Token, analysis: Analysis, rng: random.Random, sentence: Sentence | None = None
) -> list[str]:
    """Words of the answer's class in its exact form (see ``word_distractors``)."""
    return [o.text for o in word_option_records(token, analysis, rng, sentence)]


def word_option_records(
    token: Token, analysis: Analysis, rng: random.Random, sentence: Sentence | None = None
) -> list[WordOption]:
    """``word_options`` with the word each was made from and why it was chosen. A form
    whose features contradict it (the tagger's singular ``IS-krigere``) gets none."""
    sentence = sentence or sentence_of(token, analysis)
    if sentence is None or not form_agrees_with_morph(token):
        return []
    return word_choices(token, sentence, analysis, rng)
