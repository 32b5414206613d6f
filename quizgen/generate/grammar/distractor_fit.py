"""Wrong options that a reader could take for right ones in this sentence of this text.

A word that shares a stem with the answer or with a word of the answer's sentence is
refused: ``menighedsrådet`` for ``menighedsrådsvalget``, ``løgene`` beside
``løgstykkerne``, ``ministerbilerne`` beside ``ministeriet``: it names the same thing,
a part of it, or the sentence gives it away; so is a noun general enough to name
almost anything (``stedet`` beside ``hotellet``). An adjective from the article is refused
when the text says it of something the answer's sentence speaks of (a noun of that
sentence, or a pronoun, which may stand for anything); which adjectives describe, and
are never options, is ``distractor_slots.descriptive``.
"""

from __future__ import annotations

from collections.abc import Callable

from quizgen.analysis import Analysis, Sentence, Token
from quizgen.extract.levels import zipf
from quizgen.generate.article_memo import per_article
from quizgen.generate.grammar.word_forms import lemma_of
from quizgen.lang.da.lexicon import lexicon

SHORTEST_STEM = 4  # "løg" in "løgstykke" counts for the answer; no "is" in "isbjørn"
SHORTEST_ANSWER_STEM = 3
SHARED_STEM = 6  # "minister-bil" / "minister-ium": six letters or more in common
SHARED_SHARE = 0.6  # ... and most of the shorter word
GENERAL_KINDS = 100  # "sted" has some 220 kinds, "bil" some 90
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "ADV"})


def _stem_shared(a: str, b: str, shortest: int) -> bool:
    a, b = a.lower(), b.lower()
    short, long = sorted((a, b), key=len)
    if len(short) < shortest:
        return False
    if long.startswith(short):
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= SHARED_STEM and common >= SHARED_SHARE * len(short)


def sentence_lemmas(sentence: Sentence, token: Token) -> frozenset[str]:
    """The lemmas of the sentence's content words other than the answer, as the tagger
    and the lexicon read them (``siden`` is ``side`` too)."""
    found: set[str] = set()
    for other in sentence.tokens:
        if other.i == token.i or other.pos not in _CONTENT:
            continue
        found.add(other.lemma.lower())
        found.update(a.lemma.lower() for a in lexicon().analyses(other.text.lower()))
    return frozenset(found)


def echoes(option_lemma: str, answer_lemma: str, lemmas: frozenset[str]) -> bool:
    """The option shares a stem with the answer or with a word of its sentence."""
    if _stem_shared(option_lemma, answer_lemma, SHORTEST_ANSWER_STEM):
        return True
    return any(_stem_shared(option_lemma, lemma, SHORTEST_STEM) for lemma in lemmas)


def said_of(analysis: Analysis) -> dict[str, frozenset[str]]:
    """Each adjective's lemma (and form) with what the text says it of: the noun it
    stands beside, or the subject it is predicated of (``PRON`` for a pronoun)."""

    def build() -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        for sentence, token in analysis.tokens:
            if token.pos != "ADJ":
                continue
            targets = _targets(sentence, token)
            for key in (token.lemma.lower(), token.text.lower()):
                found.setdefault(key, set()).update(targets)
        return {k: frozenset(v) for k, v in found.items()}

    return per_article(analysis, "adjectives_said_of", build)


def _targets(sentence: Sentence, token: Token) -> set[str]:
    out: set[str] = set()
    if token.dep == "amod" and token.head != token.i:
        out.add(_target(sentence.tokens[token.head]))
    subjects = [c for c in sentence.children(token.i) if c.dep.startswith("nsubj")]
    out.update(_target(s) for s in subjects)
    return out


def _target(token: Token) -> str:
    return "PRON" if token.pos == "PRON" else token.lemma.lower()


def general(lemma: str) -> bool:
    """A noun with a great many kinds in the thesaurus (``sted``, ``situation``,
    ``stilling``): it may name the answer's thing as well ("set fra [stedet]")."""
    return len(lexicon().hyponyms(lemma.lower())) >= GENERAL_KINDS


def unlisted(form: str, lemma: str, pos: str, code: str) -> bool:
    """A word of the frequency list that is no plain Danish option: an English word
    (``fiction``), or an adjective form no one writes (``træede``)."""
    # "game", "fiction": more used in English than here, a loan or an English word.
    if code != "en" and zipf(lemma, "en") > zipf(lemma, code):
        return True
    return pos == "ADJ" and zipf(form, code) <= 0


def could_fit(
    token: Token, sentence: Sentence, answer_lemma: str, pos: str, analysis: Analysis
) -> Callable[[str, str, bool], bool]:
    """Whether an option (its text, the word it was made from, and whether that is
    the article's) could be true here or is no plain option: it shares a stem with the
    answer or the sentence, is a general noun, is ``unlisted``, or, an adjective of
    the article, the text says it of what the sentence speaks of."""
    lemmas = sentence_lemmas(sentence, token)

    def fits(text: str, source: str, from_article: bool) -> bool:
        lemma = lemma_of(source, pos) or source
        if echoes(lemma, answer_lemma, lemmas) or (pos == "NOUN" and general(lemma)):
            return True
        if not from_article:
            return unlisted(text, lemma, pos, analysis.article.language)
        return pos == "ADJ" and describes_the_same(source, lemma, lemmas, analysis)

    return fits


def describes_the_same(option: str, lemma: str, lemmas: frozenset[str], analysis: Analysis) -> bool:
    """The text says this adjective of a noun of the answer's sentence, or of a pronoun."""
    said = said_of(analysis)
    targets = said.get(lemma.lower(), frozenset()) | said.get(option.lower(), frozenset())
    return "PRON" in targets or bool(targets & lemmas)


def imperative_noun(lemma: str, form: str, code: str) -> bool:
    """A listed noun spelt like a verb's imperative (``fortsæt``), in a form no one
    writes (``fortsættet``): its frequency is the verb's, and the noun is a rarity."""
    # "fortsæt" of "fortsætte": a doubled consonant is single at the end of a word.
    infinitives = (lemma + "e", lemma + lemma[-1:] + "e")
    readings = [a for word in infinitives for a in lexicon().analyses(word, compounds=False)]
    verb = any(a.pos == "VERB" and a.feature("VerbForm") == "Inf" for a in readings)
    return verb and zipf(form, code) <= 0


def joined_adjectives(token: Token) -> bool:
    """``grundtvigianske-socialdemokratiske``: two adjectives joined by a hyphen. No
    single word stands beside it as an option of its kind: the answer is the long one."""
    if token.pos != "ADJ" or "-" not in token.text.strip("-"):
        return False
    parts = token.text.lower().split("-")
    return all(any(a.pos == "ADJ" for a in lexicon().analyses(p)) for p in parts if p)
