"""Questions made by transforming a parsed clause: Danish question word order.

Danish main clauses are verb-second (V2). A question about the subject keeps
the declarative order (``Koalitionen indledte ...`` -> ``Hvem indledte ...?``);
a question about anything else puts the question word first, then the finite
verb, then the subject (``Tirsdag aften indledte koalitionen ...`` ->
``Hvornår indledte koalitionen ...?``). The clause is laid out in the fields of
Danish word order: finite verb, subject, light pronoun objects (object shift:
``forskanser sig``), sentence adverbials (``ikke``, ``fortsat``), then the
rest in its original order. A constituent that stood first in the original is
moved to the end of the content field. Subordinate clauses (``at 300
IS-krigere fortsat forskanser sig``) become main-clause order the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.analysis import Token
from quizgen.extract.syntax import is_finite, starts_capitalised_only_by_position
from quizgen.generate.grammar.clauses import Clause, chunk, clause_ids
from quizgen.generate.grammar.parse_checks import (
    apposition_cut,
    detached_modifier,
    holes,
    name_cut,
    stray_finite_verb,
    torn,
    without_asides,
)
from quizgen.lang.grammar import Grammar


@dataclass(frozen=True)
class Fields:
    """The clause's words by their field in Danish word order."""

    subject: set[int]
    shifted: set[int]  # light pronoun objects: "forskanser sig"
    nexus: set[int]  # sentence adverbials
    fronted: set[int]  # what stood first, moved to the end of the content field
    rest: set[int]


def question(
    clause: Clause,
    wh: str,
    target: set[int],
    *,
    keep: set[int] | None = None,
    adverbial: str = "",
) -> str | None:
    """The clause as a question with ``wh`` first and the ``target`` tokens removed.

    ``keep`` are target tokens that stay in place (a stranded preposition:
    ``Hvor mange lastbiler er der tale om?``). ``adverbial`` is added among the
    sentence adverbials (``ifølge AP``). Linking adverbs (``derfor``, ``dog``) go.
    """
    keep = keep or set()
    ids = clause_ids(clause) - (target - keep) - linking_adverbs(clause)
    fin = clause.finite
    if fin in target or fin not in ids:
        return None
    fields = _fields(clause, ids, target, target - keep)
    if not _parse_holds(clause, ids, target - keep, fields):
        return None
    if _fronted_parts(clause, fields.fronted) > 1:
        # "Senere, efter krigen, fostrede ..." -> "... efter krigen, senere?": two
        # openers moved to the end read as an afterthought in no natural order
        return None
    return _assemble(clause, wh, fields, adverbial)


def _fronted_parts(clause: Clause, fronted: set[int]) -> int:
    """How many phrases stood before the finite verb; a comma inside what stood there
    (the parser hung one opener on the other) separates two."""
    s = clause.sentence
    heads = sum(1 for c in s.children(clause.head) if c.i in fronted and not c.is_punct)
    inner = [
        i
        for i in fronted
        if s.tokens[i].text == "," and min(fronted) < i < max(fronted) and i + 1 in fronted
    ]
    return heads + len(inner)


def subordinate_order(clause: Clause, ids: set[int]) -> str | None:
    """The clause's words ``ids`` as a subordinate clause (after ``fordi``): subject,
    sentence adverbials, finite verb, the rest, a fronted part last; linking adverbs
    go (``derudover er stoffet giftigt`` -> ``stoffet er giftigt``). None when the parse
    does not hold."""
    s = clause.sentence
    ids = ids - linking_adverbs(clause)
    fin = clause.finite
    if fin not in ids or clause.subject is None or clause.subject not in ids:
        return None
    linking = clause.grammar.clauses.linking_adverbs
    if any(s.tokens[i].text.lower() in linking for i in ids):
        return None  # a linking adverb the parser hung something on: "derudover ... en X"
    f = _fields(clause, ids, set(), set())
    if not _parse_holds(clause, ids, set(), f):
        return None
    # Only a sentence adverbial ("ikke") stands before the verb of a subordinate clause;
    # "mere" of "er mere giftig" stays after it.
    adverbs = clause.grammar.clauses.sentence_adverbs
    before = {i for i in f.nexus if s.tokens[i].lemma.lower() in adverbs}
    words = _words(clause, f.subject) + _words(clause, before) + [_word(clause, fin)]
    words += _words(clause, f.shifted) + _words(clause, f.nexus - before)
    words += [_word(clause, i) for i in without_asides(s, sorted(f.rest))]
    words += _words(clause, f.fronted)
    return tidy(" ".join(w for w in words if w))


def linking_adverbs(clause: Clause) -> set[int]:
    """``derfor``, ``dog``, ``imidlertid``: words that tie the sentence to the one before
    and mean nothing in a question of their own."""
    s = clause.sentence
    g = clause.grammar.clauses
    words = g.linking_adverbs
    # "Da fremsatte de ...", "Så kommer man ...": "then", before the verb, ties the
    # sentence to the one before (moved to the end, "... da?" reads as a stray "when")
    then = g.ambiguous_reason_marks | {g.so}
    return {
        i
        for i in clause_ids(clause)
        if s.tokens[i].dep in ("advmod", "cc", "obl")
        and not s.children(i)
        and (
            s.tokens[i].text.lower() in words
            or (s.tokens[i].text.lower() in then and s.tokens[i].pos == "ADV" and i < clause.finite)
        )
    }


def _fields(clause: Clause, ids: set[int], target: set[int], removed: set[int]) -> Fields:
    s = clause.sentence
    g = clause.grammar
    fin = clause.finite
    subject_ids = set()
    if clause.subject is not None and clause.subject not in target:
        subject_ids = chunk(s, clause.subject) & ids
        if clause.token(clause.subject).dep == "expl":
            subject_ids = {clause.subject}
    fronted: set[int] = set()
    shifted: set[int] = set()
    nexus: set[int] = set()
    for child in s.children(clause.head):
        if child.i not in ids or child.i in subject_ids or child.i == fin:
            continue
        sub = chunk(s, child.i) & ids
        if not sub:
            continue
        if _light(child, g) and fin == clause.head:
            shifted |= sub
        elif not clause.subordinate and max(sub) < fin:
            if any(s.tokens[i].lemma.lower() == g.clauses.attribution for i in sub) or (
                len(sub) == 1 and child.lemma.lower() in g.clauses.sentence_adverbs
            ):
                # "Ifølge Reuters har ..." -> "Hvem har ifølge Reuters ...";
                # "Nu skal ..." -> "Hvem skal nu ..."
                nexus |= sub
            else:
                fronted |= sub
        elif _in_nexus(clause, child, sub):
            nexus |= sub
    if fronted and all(s.tokens[i].pos == "PRON" for i in fronted):
        shifted |= fronted  # "Det fortæller Mustafa Bali" -> "Hvem fortæller det"
        fronted = set()
    rest = ids - {fin} - subject_ids - shifted - nexus - fronted
    if removed and any(s.tokens[i].text == "," for i in removed):
        # A comma right next to a removed apposition was its own ("Mustafa Bali, talsmand
        # fra SDF, onsdag"): it would be left hanging.
        edges = {min(removed) - 1, max(removed) + 1}
        rest -= {i for i in edges if i in rest and s.tokens[i].text == ","}
    return Fields(subject_ids, shifted, nexus, fronted, rest)


def _light(child: Token, g: Grammar) -> bool:
    return (
        child.pos == "PRON"
        and child.text.lower() in g.pronouns.light
        and (
            child.dep in ("obj", "iobj", "expl")
            or (child.dep.startswith("nsubj") and child.text.lower() == g.pronouns.reflexive)
        )
    )


def _parse_holds(clause: Clause, ids: set[int], removed: set[int], f: Fields) -> bool:
    """None of the signs of a wrong parse that the question would show."""
    s = clause.sentence
    g = clause.grammar
    if stray_finite_verb(clause, clause_ids(clause)) or detached_modifier(s, removed, f.rest):
        return False
    if holes(clause, ids | removed) or torn(s, removed):
        return False
    if any(apposition_cut(s, p) or name_cut(s, p, g) for p in (f.subject, removed)):
        return False
    # a clause in first position ("Tirsdag ... indledte ..., skriver AP")
    return not any(is_finite(s.tokens[i]) for i in f.fronted)


def _assemble(clause: Clause, wh: str, f: Fields, adverbial: str) -> str:
    s = clause.sentence
    order = without_asides(s, sorted(f.rest))
    # A moved adverbial goes before a trailing subordinate or infinitive clause.
    insert_at = len(order)
    for child in s.children(clause.head):
        if child.dep in ("advcl", "ccomp") and child.i in f.rest and child.i > clause.finite:
            start = min(chunk(s, child.i) & f.rest)
            insert_at = min(insert_at, order.index(start))
    if 0 < insert_at < len(order) and s.tokens[order[insert_at - 1]].text == ",":
        insert_at -= 1  # "..., onsdag inden ..." -> "... onsdag, inden ..."
    words: list[str] = [wh, _word(clause, clause.finite)]
    words += _words(clause, f.subject)
    words += _words(clause, f.shifted)
    if adverbial:
        words.append(adverbial)
    words += _words(clause, f.nexus)
    words += [_word(clause, i) for i in order[:insert_at]]
    words += _words(clause, f.fronted)
    words += [_word(clause, i) for i in order[insert_at:]]
    return tidy(" ".join(w for w in words if w)) + "?"


def _in_nexus(clause: Clause, child: Token, sub: set[int]) -> bool:
    """Sentence adverbials: between subject and verb in a subordinate clause, between the
    finite and the main verb in a main clause, or a known one like ``ikke``/``fortsat``."""
    fin, head = clause.finite, clause.head
    if clause.subordinate and min(sub) < fin and child.dep == "advmod":
        return True
    if not clause.subordinate and fin != head and fin < min(sub) and max(sub) < head:
        return True
    adverbs = clause.grammar.clauses.sentence_adverbs
    return child.dep == "advmod" and child.lemma.lower() in adverbs and len(sub) == 1


def _word(clause: Clause, i: int) -> str:
    named = dict(clause.names).get(i)
    if named is not None:
        return named  # a pronoun, with the name it stands for in its place
    token = clause.sentence.tokens[i]
    if starts_capitalised_only_by_position(token, clause.grammar):
        return token.text[0].lower() + token.text[1:]
    return token.text


def _words(clause: Clause, ids: set[int]) -> list[str]:
    return [_word(clause, i) for i in sorted(ids)]


def tidy(text: str) -> str:
    """Spacing and commas after tokens were moved: no ``, ,``, no comma at either end."""
    text = re.sub(r"\s+([,.;:!?)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r"(,\s*)+,", ",", text)
    text = re.sub(r"\s+-\s*$", "", text)
    text = re.sub(r",\s*$", "", text.strip())
    text = re.sub(r"^\s*,\s*", "", text)
    text = re.sub(r"\s{2,}", " ", text)
    return text.strip()


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
