"""False statements: one change the text settles. Another name of the same kind from
the article, another number in the text's notation, or a negation added or taken
away; each is checked against the whole text, so that it is not true elsewhere."""

from __future__ import annotations

import random

from quizgen.analysis import Analysis, Entity
from quizgen.generate.statements.negate import Article, negation, unnegate
from quizgen.generate.statements.numbers import clock, other_hour, other_number, settled
from quizgen.generate.statements.paraphrase import Rewrite, plain_order
from quizgen.generate.statements.shape import Piece, Shape, names, render
from quizgen.lang.grammar import Grammar

__all__ = ["TRANSFORMATIONS", "Article", "entity", "falsehoods", "negation", "number", "unnegate"]

TRANSFORMATIONS = ("entity", "number", "negation")
# Organisations are left alone: the tagger too often calls a person or a product one.
_SWAPPED = ("PER", "LOC")


def _bounded(shape: Shape, i: int, grammar: Grammar) -> bool:
    """ "mindst fem", "cirka 300", "2-3": a changed number would not be plainly false."""
    tokens = shape.sentence.tokens
    before = " ".join(t.text.lower() for t in tokens[max(0, i - 2) : i])
    bounds = (*grammar.numbers.lower_bounds, *grammar.numbers.upper_bounds)
    near = [tokens[j].text for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
    return (
        any(before.endswith(b) for b in bounds)
        or (i > 0 and tokens[i - 1].text.lower() in grammar.statements.approximations)
        or any(w in ("-", "\u2013", "/") or w.startswith("-") for w in near)
    )


def _in_parentheses(shape: Shape, i: int) -> bool:
    depth = 0
    for token in shape.sentence.tokens[:i]:
        depth += {"(": 1, ")": -1}.get(token.text, 0)
    return depth > 0


def number(
    shape: Shape, order: list[Piece], article: Article, rng: random.Random
) -> Rewrite | None:
    grammar = article.grammar
    sentence = shape.sentence
    present = {t.text for t in sentence.tokens}
    for i in order:
        if not isinstance(i, int):
            continue
        token = sentence.tokens[i]
        if token.pos != "NUM" or token.ent_type or _bounded(shape, i, grammar):
            continue
        if _in_parentheses(shape, i) or not settled(shape, i, grammar):
            continue
        if clock(shape, i, grammar):
            new = other_hour(token.text, rng)
        else:
            new = other_number(token.text, grammar, rng, article.latest_year())
        if not new or new in present or article.mentions(new):
            continue
        text = render(sentence, order, names(sentence), {i: new})
        return Rewrite(text, f"{token.text} → {new}", "number")
    return None


def _person_like(text: str) -> bool:
    """A person's name: every part a capitalised word ("Hamann-Vogt"), no
    abbreviation ("Hobro IK") and no digit."""
    parts = text.replace("-", " ").split()
    return bool(parts) and all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts)


def _title(analysis: Analysis, entity: Entity) -> str:
    """The common noun a name stands after as its title ("organisationen Nordic
    Foundation", "træner Ole Berg"), or ""."""
    sentence = analysis.sentences[entity.sentence]
    if sentence.tokens[entity.start].pos == "NOUN":  # the tagger took the title in
        return sentence.tokens[entity.start].lemma.lower()
    if entity.start == 0:
        return ""
    before = sentence.tokens[entity.start - 1]
    first = sentence.tokens[entity.start]
    joined = first.head == before.i or before.head == first.i
    return before.lemma.lower() if before.pos == "NOUN" and joined else ""


def _same_kind(article: Article, old: Entity, new: str) -> bool:
    """Person for person, country for country, town for town, and a title kept: a
    name of another kind makes the statement false at a glance."""
    words = article.grammar.statements
    if old.label == "PER" and not (_person_like(old.text) and _person_like(new)):
        return False
    if old.label == "LOC" and (old.text.lower() in words.countries) != (
        new.lower() in words.countries
    ):
        return False
    others = [e for e in article.analysis.entities if e.text == new]
    title = _title(article.analysis, old)
    return any(_title(article.analysis, e) == title for e in others)


def _entity_ok(entity: Entity, order: list[Piece], shape: Shape, person: frozenset[str]) -> bool:
    tokens = shape.sentence.tokens[entity.start : entity.end]
    inside = range(entity.start, entity.end)
    if any(t.dep == "conj" or (t.dep == "cc" and t.head in inside) for t in shape.sentence.tokens
           if t.i in inside or t.head in inside):  # fmt: skip
        return False  # "X og Y var færdige": Z for X may have been there too
    later = shape.sentence.tokens[entity.end :]
    if entity.label == "PER" and any(t.text.lower() in person for t in later):
        return False  # "Signe delte et foto af hende selv": "hende" would lose her
    return (
        entity.label in _SWAPPED
        and all(t.i in order and t.pos == "PROPN" for t in tokens)
        and not any(t.feature("Case") == "Gen" for t in tokens)
    )


def _role(analysis: Analysis, entity: Entity) -> tuple[str, str]:
    """What the name does in its clause: its relation and its preposition."""
    sentence = analysis.sentences[entity.sentence]
    inside = range(entity.start, entity.end)
    heads = [t for t in sentence.tokens[entity.start : entity.end] if t.head not in inside]
    if len({t.head for t in heads}) != 1:  # "Skoleleder Peter Madsen": both hang on the title
        return ("", "")
    head = heads[0]
    if head.dep in ("flat", "appos"):  # "Skoleleder Peter Madsen": the title's role
        head = sentence.tokens[head.head]
    case = [t.text.lower() for t in sentence.children(head.i) if t.dep == "case"]
    return (head.dep.split(":")[0], case[0] if case else "")


def _pool(article: Article, old: Entity) -> list[str]:
    """Names that stand where ``old`` stands elsewhere in the article, always with its
    label (a name the tagger labels two ways may be no name of that kind at all)."""
    analysis = article.analysis
    role = _role(analysis, old)
    if role[0] not in ("nsubj", "obj", "obl", "nmod") or (old.label == "LOC" and not role[1]):
        return []
    labels: dict[str, set[str]] = {}
    roles: dict[str, set[tuple[str, str]]] = {}
    for e in analysis.entities:
        labels.setdefault(e.text, set()).add(e.label)
        roles.setdefault(e.text, set()).add(_role(analysis, e))
    return sorted(text for text in labels if labels[text] == {old.label} and role in roles[text])


def _apart(article: Article, old: Entity, new: str) -> bool:
    """Two places the text never names in one sentence ("i Hobro i Nordjylland": one
    may lie inside the other)."""
    if old.label != "LOC":
        return True
    together = {e.sentence for e in article.analysis.entities if e.text == old.text}
    return not any(e.sentence in together for e in article.analysis.entities if e.text == new)


def entity(
    shape: Shape, order: list[Piece], article: Article, rng: random.Random
) -> Rewrite | None:
    sentence = shape.sentence
    mine = [e for e in article.analysis.entities if e.sentence == sentence.index]
    lemma = shape.token(shape.root).lemma
    if lemma in article.grammar.clauses.speech_verbs:
        return None  # "X fortæller, at ...": Y may well say so too
    for old in mine:
        if not _entity_ok(old, order, shape, article.grammar.statements.person_pronouns):
            continue
        words = set(old.text.lower().split())
        pool = [
            text
            for text in _pool(article, old)
            if text[:1].isupper()
            and not words & set(text.lower().split())
            and (len(text.split()) > 1) == (len(words) > 1)
            and text not in sentence.text
            and not article.said_with(text, lemma, sentence.index)
            and _apart(article, old, text)
            and _same_kind(article, old, text)
        ]
        if not pool:
            continue
        new = rng.choice(pool)
        gone = set(range(old.start + 1, old.end))
        kept = [i for i in order if i not in gone]
        text = render(sentence, kept, names(sentence), {old.start: new})
        return Rewrite(text, f"{old.text} → {new}", "entity")
    return None


def falsehoods(
    shape: Shape, article: Article, allowed: tuple[str, ...], rng: random.Random
) -> list[Rewrite]:
    """Every false statement the sentence allows, the best first."""
    base = plain_order(shape, article.grammar)
    if base is None:
        return []
    order = base[0]
    found: list[Rewrite | None] = []
    if "entity" in allowed:
        found.append(entity(shape, order, article, rng))
    if "number" in allowed:
        found.append(number(shape, order, article, rng))
    if "negation" in allowed:
        found += [negation(shape, order, article), unnegate(shape, order, article)]
    return [f for f in found if f is not None]
