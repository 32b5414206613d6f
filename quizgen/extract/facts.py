"""Facts stated in an article, read off the dependency parse.

Each fact keeps its sentence and the token span of its key phrase, so
generators can ask about it, blank it out or swap it for something false.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from quizgen.analysis import Analysis, Sentence, Token
from quizgen.extract.definitions import find_definition
from quizgen.extract.phrases import case_of, is_place_phrase, is_time_phrase
from quizgen.extract.roles import roles
from quizgen.extract.syntax import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    base_dep,
    entity_span,
    ids_text,
    is_year,
    kids,
    number_value,
    phrase_ids,
)
from quizgen.lang import get_language
from quizgen.lang.grammar import Grammar

FACT_KINDS = ("event", "role", "place", "time", "quantity", "attribution", "definition")


@dataclass(frozen=True)
class Fact:
    kind: str  # one of FACT_KINDS
    sentence_index: int
    text: str  # the key phrase: "i det østlige Syrien", "300 IS-krigere", "Reuters"
    span: tuple[int, int]  # token range of ``text`` in the sentence (end exclusive)
    head: int  # token index of the phrase's head
    label: str = ""  # entity type (PER, ORG, LOC), or year / weekday / count for times
    subject: str = ""
    verb: str = ""  # lemma of the clause's verb
    object: str = ""
    place: str = ""
    time: str = ""
    quantity: str = ""
    counted: str = ""  # what a quantity counts: "IS-krigere"
    source: str = ""  # who says it
    entity: str = ""  # for roles: the person
    role: str = ""
    term: str = ""  # for definitions: the word being explained
    definition: str = ""

    def to_json(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


def extract_facts(analysis: Analysis) -> tuple[Fact, ...]:
    grammar = get_language(analysis.article.language).grammar
    facts: list[Fact] = []
    for sentence in analysis.sentences:
        facts.extend(sentence_facts(sentence, analysis, grammar))
    return tuple(facts)


def sentence_facts(sentence: Sentence, analysis: Analysis, grammar: Grammar) -> list[Fact]:
    """The facts of one sentence: token by token in the order of ``TOKEN_FACTS``, then
    roles and a definition."""
    out: list[Fact] = []
    for token in sentence.tokens:
        for facts_of in TOKEN_FACTS:
            out.extend(facts_of(sentence, token, grammar))
    out.extend(role_facts(sentence, analysis, grammar))
    out.extend(definition_facts(sentence, analysis, grammar))
    return out


def place_facts(sentence: Sentence, token: Token, grammar: Grammar) -> list[Fact]:
    """``i det østlige Syrien``, ``i udkanten af Baghouz``."""
    if not is_place_phrase(sentence, token, grammar):
        return []
    ids = phrase_ids(sentence, token.i)
    text = ids_text(sentence, ids)
    return [
        Fact(
            kind="place",
            sentence_index=sentence.index,
            text=text,
            span=_span(ids),
            head=token.i,
            label="LOC",  # "i udkanten af Baghouz": the place noun carries the LOC below it
            verb=sentence.tokens[token.head].lemma,
            place=text,
        )
    ]


def time_facts(sentence: Sentence, token: Token, grammar: Grammar) -> list[Fact]:
    """``onsdag``, ``tirsdag aften``, ``i 2017``, ``tre år forinden``."""
    time_label = is_time_phrase(sentence, token, grammar)
    where = base_dep(token) in ("obl", "advmod", "nmod") or token.dep == "obl:tmod"
    if not time_label or not where:
        return []
    ids = phrase_ids(sentence, token.i)
    text = ids_text(sentence, ids)
    return [
        Fact(
            kind="time",
            sentence_index=sentence.index,
            text=text,
            span=_span(ids),
            head=token.i,
            label=time_label,
            verb=sentence.tokens[token.head].lemma,
            time=text,
        )
    ]


def quantity_facts(sentence: Sentence, token: Token, grammar: Grammar) -> list[Fact]:
    """``300 IS-krigere``, ``mindst ti lastbiler``; not years, not "one", not durations."""
    if token.dep != "nummod" or is_year(token) or number_value(token.text, grammar) == 1:
        return []
    noun = sentence.tokens[token.head]
    if noun.pos != "NOUN" or noun.i <= token.i or noun.lemma.lower() in grammar.time.nouns:
        return []
    number_ids = {token.i} | {t.i for t in kids(sentence, token.i, ("advmod",))}
    between = kids(sentence, noun.i, ("amod", "compound"))
    ids = number_ids | {noun.i} | {t.i for t in between if token.i < t.i < noun.i}
    return [
        Fact(
            kind="quantity",
            sentence_index=sentence.index,
            text=ids_text(sentence, ids),
            span=_span(ids),
            head=token.i,
            label="count",
            quantity=ids_text(sentence, number_ids),
            counted=noun.text,
        )
    ]


def according_to_facts(sentence: Sentence, token: Token, grammar: Grammar) -> list[Fact]:
    """``ifølge Reuters``."""
    attribution = grammar.clauses.attribution
    if base_dep(token) not in ("obl", "nmod") or case_of(sentence, token.i) != attribution:
        return []
    ids = phrase_ids(sentence, token.i)
    ids -= {t.i for t in kids(sentence, token.i, ("case",))}
    text = ids_text(sentence, ids)
    return [
        Fact(
            kind="attribution",
            sentence_index=sentence.index,
            text=text,
            span=_span(ids),
            head=token.i,
            label=token.ent_type,
            source=text,
            verb=attribution,
        )
    ]


def speaker_facts(sentence: Sentence, token: Token, grammar: Grammar) -> list[Fact]:
    """``skriver AP``, ``fortæller ... til nyhedsbureauet Reuters``: a named subject of a
    verb of speech."""
    if token.pos != "VERB" or token.lemma.lower() not in grammar.clauses.speech_verbs:
        return []
    out: list[Fact] = []
    for subj in kids(sentence, token.i, SUBJECT_DEPS):
        if subj.ent_type not in ("PER", "ORG") and subj.pos != "PROPN":
            continue
        span = entity_span(sentence, subj.i)
        ids = set(range(*span)) if span else phrase_ids(sentence, subj.i)
        ids -= {
            t.i for t in kids(sentence, subj.i, ("appos", "punct")) for t in sentence.subtree(t.i)
        }
        text = ids_text(sentence, ids)
        out.append(
            Fact(
                kind="attribution",
                sentence_index=sentence.index,
                text=text,
                span=_span(ids),
                head=subj.i,
                label=subj.ent_type,
                source=text,
                verb=token.lemma,
            )
        )
    return out


def event_facts(sentence: Sentence, token: Token, grammar: Grammar) -> list[Fact]:
    """Subject, verb and object of a main or coordinated clause with a named object."""
    if token.pos != "VERB" or not (
        token.dep in ("ROOT", "conj", "parataxis") or token.head == token.i
    ):
        return []
    subjects = kids(sentence, token.i, SUBJECT_DEPS)
    objects = kids(sentence, token.i, OBJECT_DEPS)
    if not subjects or not objects:
        return []
    subj, obj = subjects[0], objects[0]
    if subj.pos == "PRON" or obj.pos not in ("NOUN", "PROPN"):
        return []
    s_ids, o_ids = phrase_ids(sentence, subj.i), phrase_ids(sentence, obj.i)
    return [
        Fact(
            kind="event",
            sentence_index=sentence.index,
            text=ids_text(sentence, s_ids | {token.i} | o_ids),
            span=_span(o_ids),
            head=obj.i,
            label=obj.ent_type,
            subject=ids_text(sentence, s_ids),
            verb=token.lemma,
            object=ids_text(sentence, o_ids),
        )
    ]


# The facts a token can head, in the order they are listed for it.
TOKEN_FACTS: tuple[Callable[[Sentence, Token, Grammar], list[Fact]], ...] = (
    place_facts,
    time_facts,
    quantity_facts,
    according_to_facts,
    speaker_facts,
    event_facts,
)


def role_facts(sentence: Sentence, analysis: Analysis, grammar: Grammar) -> list[Fact]:
    """``Mustafa Bali, talsmand fra SDF, ...``, ``..., siger formand for X, Lene Holm``:
    who a named person is (``quizgen.extract.roles``)."""
    return [
        Fact(
            kind="role",
            sentence_index=sentence.index,
            text=found.person.text,
            span=(found.person.start, found.person.end),
            head=found.person.start,
            label="PER",
            entity=found.person.text,
            role=found.role,
        )
        for found in roles(sentence, analysis, grammar)
    ]


def _span(ids: set[int]) -> tuple[int, int]:
    return min(ids), max(ids) + 1


def definition_facts(sentence: Sentence, analysis: Analysis, grammar: Grammar) -> list[Fact]:
    """``Der er tale om en demilitariseret rute ...`` after ``en såkaldt humanitær korridor``."""
    if sentence.index == 0:
        return []
    found = find_definition(sentence, analysis.sentences[sentence.index - 1], grammar)
    if found is None:
        return []
    return [
        Fact(
            kind="definition",
            sentence_index=sentence.index,
            text=found.text,
            span=(min(found.ids), max(found.ids) + 1),
            head=found.head,
            term=found.term,
            definition=found.text,
        )
    ]
