"""Wrong options for a word of the text: other nouns or adjectives put into the answer's
exact form by the lexicon, each with the reason it was chosen.

A candidate comes from the article's words of the answer's class (any form: the lexicon
inflects its lemma), else from the frequency list near the answer's frequency. It is
refused when the lexicon does not know it in that class or also reads it as an
uninflected word (``retur``, ``igang``, ``eks`` of ``f. eks.``), when it cannot take the
answer's form or gender (``et stort [...]`` wants a neuter noun), when the thesaurus
relates it to the answer (synonym, hypernym, hyponym: it may be right as well), and when
it is a name or part of one (capitals, hyphens).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass

from quizgen.analysis import Analysis, Sentence, Token
from quizgen.extract.levels import zipf
from quizgen.generate.grammar.article_words import class_words, in_fixed_phrase
from quizgen.generate.grammar.frequency_words import frequency_lemmas
from quizgen.generate.grammar.word_forms import (
    Wanted,
    inflect_like,
    lemma_of,
    related,
    wanted_form,
)
from quizgen.generate.wordmatch import occurs_as_word
from quizgen.lang import get_language
from quizgen.lang.da.lexicon import lexicon
from quizgen.lang.grammar import Grammar

ENOUGH_FROM_ARTICLE = 6  # article words first; the frequency list only when they run out


@dataclass(frozen=True)
class WordOption:
    """A wrong option, the word it was made from and why it was chosen."""

    text: str
    source: str
    why: str


def sentence_of(token: Token, analysis: Analysis) -> Sentence | None:
    """The article sentence holding this very token (tests hand in loose tokens)."""
    for sentence in analysis.sentences:
        if token.i < len(sentence.tokens) and sentence.tokens[token.i] is token:
            return sentence
    return None


def word_choices(
    token: Token, sentence: Sentence, analysis: Analysis, rng: random.Random
) -> list[WordOption]:
    """Words of the answer's class in its exact form: the article's (shuffled), then,
    when fewer than ``ENOUGH_FROM_ARTICLE``, the frequency list's nearest in frequency."""
    language = get_language(analysis.article.language)
    wanted = wanted_form(token, sentence)
    if wanted is None or _selects_its_words(token, sentence, language.grammar):
        return []
    timed = token.lemma.lower() in language.grammar.time.nouns
    salt = rng.getrandbits(64)
    article = sorted(_from_article(token, wanted, analysis, timed), key=lambda o: _draw(salt, o))
    if len(article) >= ENOUGH_FROM_ARTICLE:
        return article
    taken = {o.text for o in article}
    target = zipf(token.text, language.code)
    time_nouns = language.grammar.time.nouns
    spare = [
        o
        for o in _from_frequency(wanted, target, language.code)
        if o.text not in taken and (o.source in time_nouns) == timed
    ]
    return article + sorted(spare[:12], key=lambda o: _draw(salt, o))


def _draw(salt: int, option: WordOption) -> bytes:
    """A random place for each option drawn from the option itself, not a shuffle of
    all of them: when a correction adds or removes one word of the article, the other
    items keep their options."""
    return hashlib.blake2b(f"{salt}:{option.text}".encode(), digest_size=8).digest()


def _selects_its_words(token: Token, sentence: Sentence, grammar: Grammar) -> bool:
    """``på jagt efter``, ``opmærksom på``: a word inside a fixed phrase, or an adjective
    that chooses its preposition, is ruled in by collocation, so other words are
    ruled out without reading the text."""
    if in_fixed_phrase(sentence, token, grammar):
        return True
    after = sentence.tokens[token.i + 1] if token.i + 1 < len(sentence.tokens) else None
    if after is not None and after.pos == "PROPN" and token.pos == "NOUN":
        return True  # "høvdingen Tamba": only a title or a kind of person goes before a name
    return token.pos == "ADJ" and after is not None and after.pos == "ADP"


def shows_another_form(token: Token, prompt: str) -> bool:
    """The prompt shows the answer's word in another form ("[reglen] ... den regel"):
    the learner reads the answer off the sentence."""
    lemma = lemma_of(token.text, token.pos)
    entry = lexicon().entry(lemma, token.pos) if lemma else None
    forms = {f.text for f in entry.forms} if entry else set()
    return any(occurs_as_word(form, prompt) for form in forms - {token.text})


def _usable(lemma: str | None, wanted: Wanted, code: str) -> str | None:
    """The candidate lemma in the answer's form, when it may stand as a wrong option.
    A comparative or superlative must be in use (the frequency list knows it): the
    spelling dictionary forms ``civilere`` and ``humanitærest`` too."""
    if lemma is None or lemma == wanted.lemma or related(lemma, wanted.lemma):
        return None
    if lemma_of(lemma, wanted.pos) != lemma:
        return None  # "første" is "først", which is an adverb first
    form = inflect_like(lemma, wanted)
    graded = any(r.feature("Degree") in ("Cmp", "Sup") for r in wanted.readings)
    if form is not None and graded and zipf(form, code) <= 0:
        return None
    return form


def _from_article(
    token: Token, wanted: Wanted, analysis: Analysis, timed: bool
) -> Iterator[WordOption]:
    language = get_language(analysis.article.language)
    seen: set[str] = set()
    for _, lowered, shown in class_words(analysis, token.pos, timed, language):
        if lowered in seen or lowered == token.text.lower() or not _plain(shown):
            continue
        seen.add(lowered)
        lemma = lemma_of(shown, wanted.pos)
        form = _usable(lemma, wanted, language.code)
        if form is not None and form not in seen:
            seen.add(form)
            why = f"article word '{shown}' (lemma {lemma}) put in the answer's form: {wanted.label}"
            yield WordOption(form, shown, why)


def _from_frequency(wanted: Wanted, target: float, code: str) -> Iterator[WordOption]:
    for lemma, frequency in frequency_lemmas(wanted.pos, target, code):
        form = _usable(lemma, wanted, code)
        if form is not None:
            why = (
                f"frequency list: {lemma} (Zipf {frequency:.1f}, answer {target:.1f}) "
                f"put in the answer's form: {wanted.label}"
            )
            yield WordOption(form, lemma, why)


def _plain(word: str) -> bool:
    """Not a name or part of one: ``AaB-spiller``, ``Ring`` (sentence-initial capitals
    are lowered before this)."""
    return word.isalpha() and word.islower()
