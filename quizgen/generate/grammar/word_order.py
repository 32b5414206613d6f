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

from quizgen.analysis import Sentence, Token
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
    sentence adverbials (``ifølge AP``).
    """
    s = clause.sentence
    g = clause.grammar
    keep = keep or set()
    ids = clause_ids(clause) - (target - keep)
    fin = clause.finite
    if fin in target or fin not in ids:
        return None
    subject_ids = set()
    if clause.subject is not None and clause.subject not in target:
        subject_ids = chunk(s, clause.subject) & ids
        if clause.token(clause.subject).dep == "expl":
            subject_ids = {clause.subject}
    head = clause.head
    fronted: set[int] = set()
    shifted: set[int] = set()
    nexus: set[int] = set()
    for child in s.children(head):
        if child.i not in ids or child.i in subject_ids or child.i == fin:
            continue
        sub = chunk(s, child.i) & ids
        light = (
            child.pos == "PRON"
            and child.text.lower() in g.pronouns.light
            and (
                child.dep in ("obj", "iobj", "expl")
                or (child.dep.startswith("nsubj") and child.text.lower() == g.pronouns.reflexive)
            )
        )
        if light and fin == head:
            shifted |= sub
        elif not clause.subordinate and max(sub) < fin:
            if any(s.tokens[i].lemma.lower() == g.clauses.attribution for i in sub) or (
                len(sub) == 1 and child.lemma.lower() in g.clauses.sentence_adverbs
            ):
                # "Ifølge Reuters har ..." -> "Hvem har ifølge Reuters ...";
                # "Derfor skal ..." -> "Hvem skal derfor ..."
                nexus |= sub
            else:
                fronted |= sub
        elif _in_nexus(clause, child, sub):
            nexus |= sub
    if fronted and all(s.tokens[i].pos == "PRON" for i in fronted):
        shifted |= fronted  # "Det fortæller Mustafa Bali" -> "Hvem fortæller det"
        fronted = set()
    rest = ids - {fin} - subject_ids - shifted - nexus - fronted
    if any(s.tokens[i].text == "," for i in target - keep):
        # A comma right next to a removed apposition was its own ("Mustafa Bali, talsmand
        # fra SDF, onsdag"): it would be left hanging.
        edges = {min(target - keep) - 1, max(target - keep) + 1}
        rest -= {i for i in edges if i in rest and s.tokens[i].text == ","}
    if stray_finite_verb(clause, clause_ids(clause)) or detached_modifier(s, target, rest):
        return None
    if holes(clause, ids | target) or torn(s, target - keep):
        return None
    if any(apposition_cut(s, p) or name_cut(s, p, g) for p in (subject_ids, target - keep)):
        return None
    if any(is_finite(s.tokens[i]) for i in fronted):
        return None  # a clause in first position ("Tirsdag ... indledte ..., skriver AP")
    order = without_asides(s, sorted(rest))
    # A moved adverbial goes before a trailing subordinate or infinitive clause.
    insert_at = len(order)
    for child in s.children(head):
        if child.dep in ("advcl", "ccomp") and child.i in rest and child.i > fin:
            start = min(chunk(s, child.i) & rest)
            insert_at = min(insert_at, order.index(start))
    if 0 < insert_at < len(order) and s.tokens[order[insert_at - 1]].text == ",":
        insert_at -= 1  # "..., onsdag inden ..." -> "... onsdag, inden ..."
    words: list[str] = [wh, _word(s, fin, g)]
    words += _words(s, subject_ids, g)
    words += _words(s, shifted, g)
    if adverbial:
        words.append(adverbial)
    words += _words(s, nexus, g)
    words += [_word(s, i, g) for i in order[:insert_at]]
    words += _words(s, fronted, g)
    words += [_word(s, i, g) for i in order[insert_at:]]
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


def _word(sentence: Sentence, i: int, grammar: Grammar) -> str:
    token = sentence.tokens[i]
    if starts_capitalised_only_by_position(token, grammar):
        return token.text[0].lower() + token.text[1:]
    return token.text


def _words(sentence: Sentence, ids: set[int], grammar: Grammar) -> list[str]:
    return [_word(sentence, i, grammar) for i in sorted(ids)]


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
