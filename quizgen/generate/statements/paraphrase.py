"""True statements: the sentence said another way, never copied. Each rewrite moves,
drops or replaces whole constituents of a plain V2 main clause; where no rewrite is
safe, no statement is made."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from quizgen.analysis import Sentence, Token
from quizgen.generate.statements.shape import (
    Constituent,
    Piece,
    Shape,
    main_clause,
    names,
    render,
)
from quizgen.lang.grammar import Grammar

TRANSFORMATIONS = ("word_order", "reduce", "synonym")
_PERIOD = re.compile(r"^\d{3,4}-tallet$|^\d{2,4}'erne$")  # "1400-tallet", "1990'erne"
_PREPOSITIONS = frozenset({"af", "for", "med", "om", "til", "på", "i", "fra", "ved", "mod", "hos"})


@dataclass(frozen=True)
class Rewrite:
    """A statement: its text and what was changed (shown as feedback)."""

    text: str
    changed: str
    kind: str  # the transformation that makes it worth asking


def linking(shape: Shape, part: Constituent, grammar: Grammar) -> bool:
    """A one-word adverb that ties the sentence to the one before ("Derfor", "dog")."""
    token = shape.token(part.head)
    return (
        len([i for i in part.ids if not shape.token(i).is_punct]) == 1
        and token.dep == "advmod"
        and token.text.lower() in grammar.statements.linking_adverbs
    )


def plain_order(shape: Shape, grammar: Grammar) -> tuple[list[Piece], list[str]] | None:
    """The clause with linking adverbs left out (a fronted one makes room for the
    subject), and what was left out."""
    dropped = [p for p in shape.parts if linking(shape, p, grammar)]
    rest = [p for p in shape.parts if p not in dropped]
    words = [shape.token(p.head).text for p in dropped]
    if linking(shape, shape.fronted, grammar):
        if shape.subject_first:
            return None
        words.insert(0, shape.token(shape.fronted.head).text)
        rest = [p for p in rest if p != shape.subject]
        return [*shape.subject.ids, shape.finite, *_ids(rest), shape.end], words
    return [*shape.fronted.ids, shape.finite, *_ids(rest), shape.end], words


def _ids(parts: list[Constituent]) -> list[int]:
    return [i for p in parts for i in p.ids]


def _light(shape: Shape, part: Constituent) -> bool:
    """Short, with no clause and no comma inside: can stand in another field."""
    tokens = [shape.token(i) for i in part.ids]
    return len(tokens) <= 8 and not any(
        t.text in (",", "(", ")") or t.feature("VerbForm") == "Fin" for t in tokens
    )


def _adverbial(shape: Shape, part: Constituent, grammar: Grammar) -> bool:
    """A time or place adverbial that opens with its own preposition ("siden 1903",
    "i Aalborg") or is a time phrase by itself ("søndag"): movable without a change
    of meaning. The passive's agent ("af kommunen") stays where it is."""
    head = shape.token(part.head)
    first = shape.token(part.ids[0])
    opens = first.dep == "case" and first.head == head.i
    if head.dep not in ("obl", "obl:tmod", "obl:lmod") or not _light(shape, part):
        return False
    if opens and first.text.lower() not in grammar.statements.adverbial_prepositions:
        return False  # "af kommunen" (the agent), "mellem 13 og 17 år" (of a noun)
    tokens = [shape.token(i) for i in part.ids]
    time = _time(shape, part, grammar)
    place = any(t.ent_type == "LOC" or t.pos == "PROPN" for t in tokens)
    if not opens and (len(tokens) > 3 or not _dated(tokens, grammar)):
        return False  # "Lørdag med en fest for hele byen", "mobilfri timer": no time phrase
    return (opens and (time or place)) or (head.dep == "obl:tmod" or (not opens and time))


def _time(shape: Shape, part: Constituent, grammar: Grammar) -> bool:
    tokens = [shape.token(i) for i in part.ids]
    year = any(
        (t.pos == "NUM" and len(t.text) == 4 and t.text.isdigit()) or _PERIOD.match(t.text)
        for t in tokens
    )
    first = tokens[0].text.lower()
    return first not in grammar.statements.approximations and (
        year or any(w in grammar.time.nouns for t in tokens for w in (t.text.lower(), t.lemma))
    )


def _dated(tokens: list[Token], grammar: Grammar) -> bool:
    """A bare time phrase names a day, month, part of day or year ("søndag", "i 2019")."""
    days = {*grammar.time.weekdays, *grammar.time.months, *grammar.time.dayparts}
    return any(t.text.lower() in days or (t.pos == "NUM" and len(t.text) == 4) for t in tokens)


def _detached(shape: Shape, part: Constituent) -> bool:
    """Not after a comma (an afterthought: ", i 2022 og 2023") nor after a bare measure
    that modifies it ("38 sekunder før Roglic")."""
    before = shape.token(part.ids[0] - 1)
    if before.text == ",":
        return False
    owner = [p for p in shape.parts if before.i in p.ids]
    if not owner or owner[0].head == shape.finite:
        return True
    ids = owner[0].ids
    opens = shape.token(ids[0]).dep == "case"
    return opens or not any(shape.token(i).pos == "NUM" for i in ids)


def _clean(shape: Shape, grammar: Grammar) -> bool:
    """No stranded preposition ("dømt for ..."), no second clause joined on ("..., og
    ..."), and a subject that is a whole noun phrase: the parse can be trusted."""
    for part in shape.parts:
        head = shape.token(part.head)
        if len(part.ids) == 1 and (head.pos == "ADP" or head.text.lower() in _PREPOSITIONS):
            return False
        if head.dep in ("conj", "parataxis", "cc"):
            return False
    subject = [shape.token(i) for i in shape.subject.ids]
    follows = subject[-1].i + 1
    after = shape.token(follows) if follows < len(shape.sentence.tokens) else None
    if subject[0].pos in ("ADV", "ADP"):
        return False  # "Alene i Nordjylland" taken for the subject
    pronoun = subject[0].text.lower() in grammar.statements.outside_pronouns
    return not (pronoun and subject[0].dep != "det") and not (
        after is not None and after.pos == "ADJ" and follows != shape.finite
    )


def word_order(shape: Shape, grammar: Grammar) -> list[Piece] | None:
    """Another constituent first, with the finite verb second: a subject-first clause
    fronts its last adverbial; a clause with something else first puts the subject
    first and that adverbial last (a sentence adverb goes after the finite verb)."""
    rest = [p for p in shape.parts if not linking(shape, p, grammar)]
    if not _clean(shape, grammar):
        return None
    if shape.subject_first:
        if not _light(shape, shape.subject):
            return None
        movable = [p for p in rest if _adverbial(shape, p, grammar) and _detached(shape, p)]
        if not movable:
            return None
        moved = movable[-1]
        others = [p for p in rest if p != moved]
        return [*moved.ids, shape.finite, *shape.subject.ids, *_ids(others), shape.end]
    fronted = shape.fronted
    head = shape.token(fronted.head)
    adverb = head.dep == "advmod" and head.text.lower() in grammar.clauses.sentence_adverbs
    clause = head.dep == "advcl" and any(t.dep == "mark" for t in shape.sentence.children(head.i))
    if linking(shape, fronted, grammar) or rest[:1] != [shape.subject]:
        return None  # the subject must stand right after the finite verb
    if not (adverb or clause or _adverbial(shape, fronted, grammar)):
        return None
    others = [p for p in rest if p != shape.subject]
    ids = [i for i in fronted.ids if shape.token(i).text != ","]
    clauses = any(_clause(shape, p) for p in others) or any(
        shape.token(i).text == "," for p in others for i in p.ids
    )
    if clauses and _time(shape, fronted, grammar) and not clause:
        # After a clause the adverbial would seem to belong to it; a time phrase can
        # stand in the adverbial field instead: "Koalitionen indledte tirsdag aften ...".
        return [*shape.subject.ids, shape.finite, *ids, *_ids(others), shape.end]
    if clauses:
        return None
    if adverb:
        return [*shape.subject.ids, shape.finite, *ids, *_ids(others), shape.end]
    if clause:
        return [*shape.subject.ids, shape.finite, *_ids(others), ",", *ids, shape.end]
    return [*shape.subject.ids, shape.finite, *_ids(others), *ids, shape.end]


def _inner(shape: Shape) -> tuple[Shape, int] | None:
    """The reported clause of "X, skriver AP." as a clause of its own, and its offset."""
    ids = [i for i in shape.fronted.ids if shape.token(i).text != ","]
    start, head = ids[0], shape.fronted.head
    tokens = []
    for i in ids:
        t = shape.token(i)
        if t.head not in ids and i != head:
            return None
        new_head = (t.head if i != head else i) - start
        tokens.append(replace(t, i=i - start, head=new_head, dep="ROOT" if i == head else t.dep))
    stop = replace(shape.token(shape.end), i=len(tokens), head=head - start, dep="punct")
    text = shape.sentence.span_text(start, ids[-1] + 1) + "."
    inner = main_clause(Sentence(shape.sentence.index, text, (*tokens, stop)))
    return (inner, start) if inner else None


def reported(shape: Shape, grammar: Grammar) -> list[Piece] | None:
    """ "Tirsdag indledte koalitionen ..., skriver AP." with the reported clause in
    another word order; the attribution stays."""
    root = shape.token(shape.root)
    if (
        shape.token(shape.fronted.head).dep != "ccomp"
        or root.lemma not in grammar.clauses.speech_verbs
    ):
        return None
    found = _inner(shape)
    if found is None:
        return None
    inner, start = found
    order = word_order(inner, grammar)
    if order is None:
        return None
    moved = [p + start if isinstance(p, int) else p for p in order[:-1]]
    return [*moved, ",", shape.finite, *_ids(list(shape.parts)), shape.end]


def _clause(shape: Shape, part: Constituent) -> bool:
    """A clause of its own (a finite verb or a subordinator): what follows it seems to
    belong to it. A participle phrase ("fyldt med ...") is none."""
    head = shape.token(part.head)
    tokens = [shape.token(i) for i in part.ids]
    return head.dep in ("conj", "parataxis", "cc") or any(
        t.feature("VerbForm") == "Fin" or t.dep == "mark" for t in tokens
    )


def _negated(shape: Shape, grammar: Grammar) -> bool:
    return any(t.text.lower() in grammar.statements.negatives for t in shape.sentence.tokens)


def reduce(shape: Shape, grammar: Grammar) -> tuple[list[Piece], str] | None:
    """Leave out an adverbial clause of cause or time ("fordi ...", "efter ..."), which
    does not change whether the rest is true; conditions ("hvis") are kept."""
    if _negated(shape, grammar):
        return None  # "ikke ..., fordi ...": what the negation denies may be the reason
    for part in (shape.fronted, *shape.parts):
        head = shape.token(part.head)
        marks = [t.text.lower() for t in shape.sentence.children(part.head) if t.dep == "mark"]
        if head.dep != "advcl" or not marks or marks[0] not in grammar.statements.droppable_marks:
            continue
        text = shape.sentence.span_text(part.ids[0], part.ids[-1] + 1).strip(" ,")
        rest = [p for p in shape.parts if p != part and not linking(shape, p, grammar)]
        ids = [i for i in _ids(rest)]
        while ids and shape.token(ids[-1]).text == ",":
            ids.pop()
        if part == shape.fronted:
            others = [p for p in rest if p != shape.subject]
            return [*shape.subject.ids, shape.finite, *_ids(others), shape.end], text
        return [*shape.fronted.ids, shape.finite, *ids, shape.end], text
    return None


def synonym(shape: Shape, order: list[Piece], grammar: Grammar) -> dict[int, str]:
    """One word replaced by a synonym that means the same everywhere, in the same form."""
    words = grammar.statements
    proper = names(shape.sentence)
    for i in order:
        if not isinstance(i, int) or i in proper:
            continue
        token = shape.token(i)
        other = words.synonyms.get((token.lemma.lower(), token.pos))
        if token.pos == "ADJ" and token.dep != "amod":
            continue  # "væsentligt nemmere": an adjective as an adverb keeps its word
        form = other and words.reinflect(token.text, token.lemma.lower(), token.pos, other)
        if form:
            return {i: form}
    return {}


def paraphrases(shape: Shape, grammar: Grammar, allowed: tuple[str, ...]) -> list[Rewrite]:
    """Every safe rewrite of the clause, the most changed first."""
    keep = names(shape.sentence)
    base = plain_order(shape, grammar)
    if base is None:
        return []
    out: list[Rewrite] = []
    orders: list[tuple[list[Piece], str, str]] = []
    moved = (
        word_order(shape, grammar) or reported(shape, grammar) if "word_order" in allowed else None
    )
    if moved:
        orders.append((moved, "word order", "word_order"))
    shorter = reduce(shape, grammar) if "reduce" in allowed else None
    if shorter:
        orders.append((shorter[0], f"left out: {shorter[1]}", "reduce"))
    # A synonym alone leaves the sentence copied but for one word: trivial (review of
    # six articles); it only comes on top of a change of structure.
    for order, change, kind in orders:
        swap = synonym(shape, order, grammar) if "synonym" in allowed else {}
        changes = [change] if change else []
        changes += [f"{shape.token(i).text} = {w}" for i, w in swap.items()]
        if not changes:
            continue
        text = render(shape.sentence, order, keep, swap)
        out.append(Rewrite(text, "; ".join(changes), kind if change else "synonym"))
    return out
