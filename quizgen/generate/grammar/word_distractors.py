"""Wrong options for a word of the text: other nouns or adjectives put into the answer's
exact form by the lexicon, each with the reason it was chosen.

A candidate comes from the article's words of the answer's class (any form: the lexicon
inflects its lemma), else from the frequency list near the answer's frequency. It is
refused when the lexicon does not know it in that class or also reads it as an
uninflected word (``retur``, ``igang``, ``eks`` of ``f. eks.``), when it cannot take the
answer's form or gender (``et stort [...]`` wants a neuter noun), when the thesaurus
relates it to the answer (synonym, hypernym, hyponym: it may be right as well), when
the text uses it in the answer's frame (``distractor_frames``: said of the same thing,
it may be right), when it is a gradable adjective (a description, which may be true as
well), and when it is a name or part of one (capitals, hyphens).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace

from quizgen.analysis import Analysis, Sentence, Token
from quizgen.extract.levels import compound_zipf, zipf
from quizgen.generate.grammar.article_words import class_words, in_fixed_phrase
from quizgen.generate.grammar.distractor_fit import could_fit, imperative_noun, joined_adjectives
from quizgen.generate.grammar.distractor_frames import frame, shares_frame
from quizgen.generate.grammar.distractor_slots import (
    SHORTEST_HEAD,
    bare_singular,
    closed_slot,
    countable,
    descriptive,
    locative,
    overlapping_times,
    place,
    spans_time,
    timed,
)
from quizgen.generate.grammar.frequency_words import frequency_lemmas
from quizgen.generate.grammar.gap_forms import reads_as_verb
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
# Every gap tries the article's words of its class; a long article's first few dozen
# usable ones are choice enough, and trying all of them for every gap would make
# generation grow with the square of the article's length.
ARTICLE_OPTIONS = 40


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
    if closed_slot(token, sentence, language.grammar) or reads_as_verb(token, sentence):
        return []  # "[minder] i stilen om": a verb among nouns is told apart on grammar
    if joined_adjectives(token):
        return []
    of_time = timed(token.lemma, language.grammar)
    if bare_singular(sentence, token) and not of_time:  # "ingen panik", not "ingen bil"
        wanted = replace(wanted, mass=True)
    grammar = language.grammar
    listed = token.lemma.lower() in grammar.time.nouns
    # "i en lille [lejlighed]": a place wants places; "måde", "læser" are ruled out.
    of_place = locative(token, sentence, grammar) and place(token.lemma, grammar)
    # "i [...] 2018-2019": a word of time wants words of time, and only it does.
    salt = rng.getrandbits(64)
    fits = could_fit(token, sentence, wanted.lemma, wanted.pos, analysis)
    article = sorted(
        (
            o
            for o in itertools.islice(
                _from_article(token, sentence, wanted, analysis, listed), ARTICLE_OPTIONS
            )
            if _fits_time(o.source, of_time, wanted.lemma, grammar)
            and _fits_place(o.text, of_place, grammar)
            and not fits(o.text, o.source, True)
        ),
        key=lambda o: _draw(salt, o),
    )
    if len(article) >= ENOUGH_FROM_ARTICLE:
        return article
    taken = {o.text for o in article}
    target = zipf(token.text, language.code)
    code = language.code
    if of_time:
        found = _from_time_nouns(wanted, grammar, code)
    elif of_place:  # few words near the answer's frequency are places
        found = _from_place_nouns(wanted, grammar, code)
    else:
        found = _from_frequency(wanted, target, code)
    spare = [
        o
        for o in found
        if o.text not in taken
        and _fits_time(o.source, of_time, wanted.lemma, grammar)
        and _fits_place(o.text, of_place, grammar)
        and not fits(o.text, o.source, False)
    ]
    return article + sorted(spare[:12], key=lambda o: _draw(salt, o))


def _fits_place(word: str, of_place: bool, grammar: Grammar) -> bool:
    return not of_place or place(lemma_of(word, "NOUN") or word, grammar)


def _fits_time(word: str, of_time: bool, answer: str, grammar: Grammar) -> bool:
    """A word of time for a word of time, and none that may overlap it ("mandage" for
    "hverdage"); no word of time for another word."""
    lemma = lemma_of(word, "NOUN") or word
    if not of_time:
        return not timed(lemma, grammar)
    return timed(lemma, grammar) and not overlapping_times(lemma, answer, grammar)


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


# Every gap tries every article word of its class: the answer for one word in one
# wanted form is worked out once.
@functools.lru_cache(maxsize=65536)
def _usable(lemma: str | None, wanted: Wanted, code: str) -> str | None:
    """The candidate lemma in the answer's form, when it may stand as a wrong option.
    A comparative or superlative must be in use (the frequency list knows it): the
    spelling dictionary forms ``civilere`` and ``humanitærest`` too."""
    if lemma is None or lemma == wanted.lemma or related(lemma, wanted.lemma):
        return None
    if lemma_of(lemma, wanted.pos) != lemma:
        return None  # "første" is "først", which is an adverb first
    if wanted.mass and countable(lemma):
        return None
    if wanted.pos == "ADJ" and descriptive(lemma):
        return None  # "rolige" beside "gode", "glade": a description may be true as well
    form = inflect_like(lemma, wanted)
    if form is not None and wanted.pos == "NOUN" and imperative_noun(lemma, form, code):
        return None
    graded = any(r.feature("Degree") in ("Cmp", "Sup") for r in wanted.readings)
    if form is not None and graded and zipf(form, code) <= 0:
        return None
    return form


def _from_article(
    token: Token, sentence: Sentence, wanted: Wanted, analysis: Analysis, timed: bool
) -> Iterator[WordOption]:
    language = get_language(analysis.article.language)
    around = frame(sentence, token, language.code)
    # "opdelt i to [kvoter]" beside "studiepladserne": a word the sentence shows in
    # another form, or as the head of a compound, is read off the sentence as wrong, or
    # may be right.
    in_sentence = {t.lemma.lower() for t in sentence.tokens if t.i != token.i}
    seen: set[str] = set()
    for _, lowered, shown in class_words(analysis, token.pos, timed, language):
        if lowered in seen or lowered == token.text.lower() or not _plain(shown):
            continue
        if not _stands_alone(shown, wanted.pos, language.code):
            continue
        seen.add(lowered)
        lemma = lemma_of(shown, wanted.pos)
        if lemma is not None and _shown_in(lemma, in_sentence):
            continue
        if shares_frame(shown, lemma or shown, around, analysis):
            continue  # the text says it with the answer's words: maybe of the same thing
        form = _usable(lemma, wanted, language.code)
        if form is not None and form not in seen:
            seen.add(form)
            why = f"article word '{shown}' (lemma {lemma}) put in the answer's form: {wanted.label}"
            yield WordOption(form, shown, why)


def _shown_in(lemma: str, lemmas: set[str]) -> bool:
    """``plads`` in ``studieplads``: the lemma, or the head of a compound there."""
    short = len(lemma) < SHORTEST_HEAD
    return lemma in lemmas or (not short and any(w.endswith(lemma) for w in lemmas))


def _from_frequency(wanted: Wanted, target: float, code: str) -> Iterator[WordOption]:
    for lemma, frequency in frequency_lemmas(wanted.pos, target, code):
        if any(r.pos == "VERB" for r in lexicon().analyses(lemma)):
            continue  # "fornemmer" is listed as a noun, but everyone reads a verb
        form = _usable(lemma, wanted, code)
        if form is not None:
            why = (
                f"frequency list: {lemma} (Zipf {frequency:.1f}, answer {target:.1f}) "
                f"put in the answer's form: {wanted.label}"
            )
            yield WordOption(form, lemma, why)


@functools.lru_cache(maxsize=65536)
def _stands_alone(word: str, pos: str, code: str) -> bool:
    """Not also a verb form (``Marker``, ``glip`` of ``glippe``: the tagger may have
    made a noun of an imperative) and a word in use (``adskillelig`` is listed, but
    no one writes it: a typo of ``adskillig`` in the source)."""
    readings = lexicon().analyses(word)
    if any(r.pos == "VERB" for r in readings):
        return False
    lemma = lemma_of(word, pos)
    return lemma is not None and compound_zipf(lemma, code) > 0


def _from_time_nouns(wanted: Wanted, grammar: Grammar, code: str) -> Iterator[WordOption]:
    """The language's words of time that name a stretch of it (``uge``, ``efterår``;
    not ``jul`` or ``klokke``): few are near the answer in frequency."""
    for lemma in sorted(grammar.time.nouns):
        if not spans_time(lemma, grammar):
            continue
        form = _usable(lemma_of(lemma, wanted.pos), wanted, code)
        if form is not None:
            yield WordOption(
                form, lemma, f"a word of time put in the answer's form: {wanted.label}"
            )


def _from_place_nouns(wanted: Wanted, grammar: Grammar, code: str) -> Iterator[WordOption]:
    """The language's nouns of place (``by``, ``region``, ``havn``) in the answer's form."""
    for lemma in sorted(grammar.nouns.place):
        form = _usable(lemma_of(lemma, wanted.pos), wanted, code)
        if form is not None and place(lemma, grammar):
            yield WordOption(form, lemma, f"a place put in the answer's form: {wanted.label}")


def _plain(word: str) -> bool:
    """Not a name or part of one: ``AaB-spiller``, ``Ring`` (sentence-initial capitals
    are lowered before this)."""
    return word.isalpha() and word.islower()
