"""Definitions a news text gives in passing.

``... via en såkaldt humanitær korridor ...`` followed by ``Der er tale om en
demilitariseret rute i en konfliktzone, ...``: the flagged term (``såkaldt``)
and the indefinite noun phrase that explains it.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.analysis import Sentence, Token
from quizgen.extract.syntax import ids_text
from quizgen.lang.grammar import Grammar


@dataclass(frozen=True)
class Definition:
    term: str  # "en humanitær korridor"
    text: str  # "en demilitariseret rute i en konfliktzone"
    ids: frozenset[int]  # token indices of ``text`` in its sentence
    head: int  # the phrase's noun


def find_definition(sentence: Sentence, previous: Sentence, grammar: Grammar) -> Definition | None:
    """The definition ``sentence`` gives of a term ``previous`` flagged, if any."""
    opening = grammar.clauses.definition_opening
    if tuple(t.text.lower() for t in sentence.tokens[: len(opening)]) != opening:
        return None
    term = _flagged_term(previous, grammar.clauses.term_marker)
    ids = _definition_ids(sentence, grammar)
    if not term or not ids:
        return None
    return Definition(
        term, ids_text(sentence, ids), frozenset(ids), _definition_head(sentence, ids)
    )


def _definition_ids(sentence: Sentence, grammar: Grammar) -> set[int]:
    """The indefinite noun phrase after ``Der er tale om``, up to the first punctuation.

    Read off the words, not the parse: the tagger can take the phrase's noun for
    a verb (``rute`` VERB in da_quizgen 0.2.0), and the parse then hangs the
    phrase on the next noun, which made ``i en konfliktzone`` the definition.
    """
    tokens = sentence.tokens
    start = len(grammar.clauses.definition_opening)
    end = next((t.i for t in tokens[start:] if t.is_punct), len(tokens))
    if end <= start:
        return set()
    first = tokens[start]
    if first.pos == "DET" and first.text.lower() not in grammar.clauses.indefinite_articles:
        return set()  # "den", "denne": a definite phrase names, it does not define
    core = tokens[start : _first_adp(tokens, start, end)]
    if any(t.pos == "NOUN" and t.feature("Definite") == "Def" for t in core):
        return set()
    return set(range(start, end))


def _first_adp(tokens: tuple[Token, ...], start: int, end: int) -> int:
    return next((t.i for t in tokens[start:end] if t.pos == "ADP"), end)


def _definition_head(sentence: Sentence, ids: set[int]) -> int:
    """The phrase's noun before any prepositional phrase (else the word before it)."""
    start, end = min(ids), max(ids) + 1
    stop = _first_adp(sentence.tokens, start, end)
    nouns = [t.i for t in sentence.tokens[start:stop] if t.pos == "NOUN"]
    return nouns[0] if nouns else max(start, stop - 1)


def _flagged_term(sentence: Sentence, marker: str) -> str:
    """``en såkaldt humanitær korridor`` -> ``en humanitær korridor``: the adjectives and
    nouns after the ``marker`` ("såkaldt") up to the last noun, with the article in front."""
    tokens = sentence.tokens
    for token in tokens:
        if not token.text.lower().startswith(marker):
            continue
        run = []
        for t in tokens[token.i + 1 : token.i + 4]:
            if t.pos not in ("ADJ", "NOUN") or t.is_punct:
                break
            run.append(t)
        while run and run[-1].pos != "NOUN":
            run.pop()
        if not run:
            return ""
        before = tokens[token.i - 1] if token.i > 0 else None
        article = [before.text.lower()] if before is not None and before.pos == "DET" else []
        return " ".join(article + [t.text for t in run])
    return ""
