"""Fixed expressions the thesaurus lists ("til gengæld", "på forhånd", "regne med"),
found in a sentence so that they become one vocabulary unit, not loose words."""

from __future__ import annotations

import functools

from quizgen.analysis import Sentence, Token
from quizgen.lang import Language
from quizgen.lang.da.lexicon import lexicon

MAX_WORDS = 3
COMMON_ZIPF = 5.5  # an expression of only such common words teaches nothing ("i dag")


@functools.lru_cache(maxsize=2)
def _by_first_word(code: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Expressions of two or three plain words, by their first word, longest first."""
    if code != "da":
        return {}
    index: dict[str, list[tuple[str, ...]]] = {}
    for expression in lexicon().expressions():
        words = tuple(expression.split())
        if not 2 <= len(words) <= MAX_WORDS or not all(w.isalpha() and w.islower() for w in words):
            continue
        index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def expression_at(
    sentence: Sentence, token: Token, language: Language
) -> tuple[str, str, tuple[int, ...]] | None:
    """A fixed expression starting at ``token``: (expression, head class, token ids).
    A verb-first expression matches any form of the verb ("regnede med")."""
    first = token.text.lower()
    candidates = _by_first_word(language.code).get(first, ())
    if token.pos == "VERB":
        candidates += _by_first_word(language.code).get(token.lemma.lower(), ())
    tokens = sentence.tokens
    if token.i + 1 >= len(tokens):
        return None  # every expression has a second word
    # A common first word ("i", "på") opens hundreds: the second word rules most out.
    second = tokens[token.i + 1].text.lower()
    for words in candidates:
        end = token.i + len(words)
        if end > len(tokens) or words[1] != second:
            continue
        span = tokens[token.i : end]
        if any(t.ent_type or t.is_punct for t in span):
            continue
        if tuple(t.text.lower() for t in span[1:]) != words[1:]:
            continue
        if not _worth_learning(words, language):
            continue
        pos = "VERB" if token.pos == "VERB" and first != words[0] else _class(span)
        return " ".join(words), pos, tuple(t.i for t in span)
    return None


def _class(span: tuple[Token, ...]) -> str:
    """A verb-first expression is a verb; one opened by a preposition an adverbial."""
    if span[0].pos in ("VERB", "AUX"):
        return "VERB"
    return "ADV" if span[0].pos == "ADP" else span[-1].pos


def _worth_learning(words: tuple[str, ...], language: Language) -> bool:
    from quizgen.extract.levels import zipf

    function_words = language.grammar.vocabulary.function_words
    content = [w for w in words if w not in function_words]
    return any(zipf(w, language.code) < COMMON_ZIPF for w in content)
