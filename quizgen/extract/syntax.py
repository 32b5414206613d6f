"""Small helpers over UD dependency trees; the words they need come from a ``Grammar``."""

from __future__ import annotations

from collections.abc import Iterable

from quizgen.analysis import Sentence, Token
from quizgen.lang import get_language
from quizgen.lang.grammar import Grammar

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})
OBJECT_DEPS = frozenset({"obj", "iobj"})
OBLIQUE_DEPS = frozenset({"obl", "obl:tmod", "obl:lmod", "obl:loc", "nmod"})
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


def grammar_or_default(grammar: Grammar | None) -> Grammar:
    """The grammar a caller passed, else the default language's: helpers that callers
    outside extraction use without a language keep their old signatures."""
    return grammar if grammar is not None else get_language().grammar


def ids_text(sentence: Sentence, ids: Iterable[int]) -> str:
    """Text of the tokens ``ids`` in sentence order, with their own spacing."""
    chosen = sorted(set(ids))
    if not chosen:
        return ""
    tokens = [sentence.tokens[i] for i in chosen]
    out = ""
    for position, token in enumerate(tokens):
        out += token.text
        if position + 1 < len(tokens):
            out += token.whitespace or ("" if tokens[position + 1].i == token.i + 1 else " ")
    return out


def subtree_ids(sentence: Sentence, i: int) -> set[int]:
    return {t.i for t in sentence.subtree(i)}


def phrase_ids(sentence: Sentence, i: int) -> set[int]:
    """Subtree of ``i`` without relative clauses, parentheticals, adverbial clauses and
    punctuation below it or at its edges: the phrase a fact or answer names."""
    ids = subtree_ids(sentence, i)
    for child in sentence.children(i):
        if child.dep in ("acl:relcl", "parataxis", "advcl", "punct"):
            ids -= subtree_ids(sentence, child.i)
    ids.add(i)
    while len(ids) > 1 and sentence.tokens[min(ids)].is_punct:
        ids.discard(min(ids))
    while len(ids) > 1 and sentence.tokens[max(ids)].is_punct:
        ids.discard(max(ids))
    return ids


def kids(sentence: Sentence, i: int, deps: Iterable[str] | None = None) -> list[Token]:
    wanted = None if deps is None else set(deps)
    return [t for t in sentence.children(i) if wanted is None or t.dep in wanted]


def base_dep(token: Token) -> str:
    return token.dep.split(":", 1)[0]


def is_finite(token: Token) -> bool:
    return token.feature("VerbForm") == "Fin" or (
        token.pos in ("VERB", "AUX")
        and token.feature("Tense") in ("Pres", "Past")
        and token.feature("VerbForm") in ("", "Fin")
    )


def number_value(text: str, grammar: Grammar | None = None) -> float | None:
    """``300`` -> 300, ``ti`` -> 10, ``2,5`` -> 2.5; None when it is not a number."""
    numbers = grammar_or_default(grammar).numbers
    cleaned = text.replace(numbers.thousands_mark, "")
    if numbers.decimal_mark in text:
        cleaned = cleaned.replace(numbers.decimal_mark, ".")
    try:
        return float(cleaned)
    except ValueError:
        value = numbers.values.get(text.lower())
        return float(value) if value is not None else None


def is_year(token: Token) -> bool:
    """Four digits in the range of years a news text mentions (written the same in every
    language quizgen knows, so no grammar is needed)."""
    if not token.text.isdigit():
        return False
    try:
        value = float(token.text)
    except ValueError:  # "²" is a digit to str.isdigit, but no number
        return False
    return 1000 <= value <= 2100


def word_bases(token: Token, grammar: Grammar | None = None) -> tuple[str, ...]:
    """The lemma, and the word with common endings cut off: lemmatisers miss compounds."""
    inflections = grammar_or_default(grammar).nouns.inflections
    lemma = token.lemma.lower().rsplit("-", 1)[-1]
    text = token.text.lower().rsplit("-", 1)[-1]
    cut = tuple(text[: len(text) - len(e)] for e in inflections if e and text.endswith(e))
    return (lemma, text, *cut)


def is_person_noun(token: Token, grammar: Grammar | None = None) -> bool:
    if token.ent_type == "PER":
        return True
    if token.pos not in ("NOUN", "PROPN", "ADJ"):
        return False
    nouns = grammar_or_default(grammar).nouns
    return any(
        base in nouns.person or (len(base) > 5 and base.endswith(nouns.person_suffixes))
        for base in word_bases(token, grammar)
    )


def is_agent_like(token: Token, grammar: Grammar | None = None) -> bool:
    """Answers ``hvem``: people, and organisations or groups that act."""
    g = grammar_or_default(grammar)
    # A common noun the tagger put in a name ("Byen Baghouz") is judged by the word.
    named = token.ent_type in ("PER", "ORG") and token.pos == "PROPN"
    if token.pos == "NOUN" and token.lemma.lower() in g.nouns.place:
        return False  # "byen", even when the tagger calls "Byen Baghouz" a person
    return (
        named
        or (token.pos == "PRON" and token.text.lower() in g.pronouns.agents)
        or is_person_noun(token, g)
        or any(
            base in g.nouns.group or base.endswith(g.nouns.group_suffixes)
            for base in word_bases(token, g)
        )
    )


def entity_span(sentence: Sentence, i: int) -> tuple[int, int] | None:
    """The entity token ``i`` belongs to, as (start, end)."""
    token = sentence.tokens[i]
    if not token.ent_type:
        return None
    start = i
    while start > 0 and sentence.tokens[start].ent_iob == "I":
        start -= 1
    end = i + 1
    while end < len(sentence.tokens) and sentence.tokens[end].ent_iob == "I":
        end += 1
    return start, end


def starts_capitalised_only_by_position(token: Token, grammar: Grammar | None = None) -> bool:
    """Sentence-initial ``Tirsdag`` or ``Den`` can be lower-cased; ``AP`` or ``Syrien``
    cannot. Function words are lower-cased even when the tagger put them in a name."""
    text = token.text
    if token.i != 0 or not text[:1].isupper():
        return False
    if len(text) > 1 and any(c.isupper() for c in text[1:].split("-")[0]):
        return False  # AP, IS-krigerne
    if token.pos in ("DET", "ADP", "ADV", "PRON", "CCONJ", "SCONJ", "NUM", "AUX", "VERB"):
        return True
    institutions = grammar_or_default(grammar).nouns.institutions
    if token.pos == "NOUN" and text.lower().endswith(institutions):
        return False  # "Sundhedsstyrelsen", "Folketinget": names, however tagged
    if token.pos == "NOUN" and token.lemma[:1].islower():
        return True  # "Byen" (lemma "by"), even inside a tagged name
    return token.pos != "PROPN" and not token.ent_type


def lowered_first(sentence: Sentence, ids: Iterable[int], grammar: Grammar | None = None) -> str:
    """``ids_text`` with a sentence-initial capital lowered when it is only positional."""
    chosen = sorted(set(ids))
    text = ids_text(sentence, chosen)
    if chosen and starts_capitalised_only_by_position(sentence.tokens[chosen[0]], grammar):
        return text[0].lower() + text[1:]
    return text
