"""Facts stated in an article, read off the dependency parse.

Each fact keeps its sentence and the token span of its key phrase, so
generators can ask about it, blank it out or swap it for something false.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quizgen.analysis import Analysis, Sentence
from quizgen.extract.definitions import find_definition
from quizgen.extract.phrases import case_of, is_place_phrase, is_time_phrase
from quizgen.extract.syntax import (
    OBJECT_DEPS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    TIME_NOUNS,
    base_dep,
    entity_span,
    ids_text,
    is_year,
    kids,
    number_value,
    subtree_ids,
)

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


def _span(sentence: Sentence, ids: set[int]) -> tuple[int, int]:
    return min(ids), max(ids) + 1


def _phrase(sentence: Sentence, i: int, drop: tuple[str, ...] = ("punct",)) -> set[int]:
    """Subtree of ``i`` without trailing/leading punctuation, relative clauses and the like."""
    ids = subtree_ids(sentence, i)
    for child in sentence.children(i):
        if child.dep in ("acl:relcl", "parataxis", "advcl") or child.dep in drop:
            ids -= subtree_ids(sentence, child.i)
    ids.add(i)
    while len(ids) > 1 and sentence.tokens[min(ids)].is_punct:
        ids.discard(min(ids))
    while len(ids) > 1 and sentence.tokens[max(ids)].is_punct:
        ids.discard(max(ids))
    return ids


def extract_facts(analysis: Analysis) -> tuple[Fact, ...]:
    facts: list[Fact] = []
    for sentence in analysis.sentences:
        facts.extend(_sentence_facts(sentence, analysis))
    return tuple(facts)


def _sentence_facts(sentence: Sentence, analysis: Analysis) -> list[Fact]:
    out: list[Fact] = []
    s = sentence.index
    for token in sentence.tokens:
        dep = base_dep(token)
        # places: "i det østlige Syrien", "i udkanten af Baghouz"
        if is_place_phrase(sentence, token):
            ids = _phrase(sentence, token.i)
            head = sentence.tokens[token.head]
            # "i udkanten af Baghouz": the place noun carries the LOC below it
            label = "LOC"
            text = ids_text(sentence, ids)
            out.append(
                Fact(
                    "place",
                    s,
                    text,
                    _span(sentence, ids),
                    token.i,
                    label,
                    verb=head.lemma,
                    place=text,
                )
            )
        # times: "onsdag", "tirsdag aften", "i 2017", "tre år forinden"
        time_label = is_time_phrase(sentence, token)
        if time_label and (dep in ("obl", "advmod", "nmod") or token.dep == "obl:tmod"):
            ids = _phrase(sentence, token.i)
            text = ids_text(sentence, ids)
            out.append(
                Fact(
                    "time",
                    s,
                    text,
                    _span(sentence, ids),
                    token.i,
                    time_label,
                    verb=sentence.tokens[token.head].lemma,
                    time=text,
                )
            )
        # quantities: "300 IS-krigere", "mindst ti lastbiler"
        if token.dep == "nummod" and not is_year(token) and number_value(token.text) != 1:
            noun = sentence.tokens[token.head]
            if noun.pos == "NOUN" and noun.i > token.i:
                ids = {token.i, noun.i, *(t.i for t in kids(sentence, token.i, ("advmod",)))}
                ids |= {
                    t.i
                    for t in kids(sentence, noun.i, ("amod", "compound"))
                    if token.i < t.i < noun.i
                }
                text = ids_text(sentence, ids)
                if noun.lemma.lower() not in TIME_NOUNS:
                    number = ids_text(
                        sentence, {token.i} | {t.i for t in kids(sentence, token.i, ("advmod",))}
                    )
                    out.append(
                        Fact(
                            "quantity",
                            s,
                            text,
                            _span(sentence, ids),
                            token.i,
                            "count",
                            quantity=number,
                            counted=noun.text,
                        )
                    )
        # attributions: "ifølge Reuters"
        if dep in ("obl", "nmod") and case_of(sentence, token.i) == "ifølge":
            ids = _phrase(sentence, token.i)
            ids -= {t.i for t in kids(sentence, token.i, ("case",))}
            text = ids_text(sentence, ids)
            out.append(
                Fact(
                    "attribution",
                    s,
                    text,
                    _span(sentence, ids),
                    token.i,
                    token.ent_type,
                    source=text,
                    verb="ifølge",
                )
            )
        # attributions: "skriver AP", "fortæller ... til nyhedsbureauet Reuters"
        if token.pos == "VERB" and token.lemma.lower() in SPEECH_VERBS:
            for subj in kids(sentence, token.i, SUBJECT_DEPS):
                if subj.ent_type in ("PER", "ORG") or subj.pos == "PROPN":
                    span = entity_span(sentence, subj.i)
                    ids = set(range(*span)) if span else _phrase(sentence, subj.i)
                    ids -= {
                        t.i
                        for t in kids(sentence, subj.i, ("appos", "punct"))
                        for t in sentence.subtree(t.i)
                    }
                    text = ids_text(sentence, ids)
                    out.append(
                        Fact(
                            "attribution",
                            s,
                            text,
                            _span(sentence, ids),
                            subj.i,
                            subj.ent_type,
                            source=text,
                            verb=token.lemma,
                        )
                    )
        # events: subject, verb, object
        if token.pos == "VERB" and (
            token.dep in ("ROOT", "conj", "parataxis") or token.head == token.i
        ):
            subjects = kids(sentence, token.i, SUBJECT_DEPS)
            objects = kids(sentence, token.i, OBJECT_DEPS)
            if (
                subjects
                and objects
                and subjects[0].pos != "PRON"
                and objects[0].pos in ("NOUN", "PROPN")
            ):
                subj, obj = subjects[0], objects[0]
                s_ids, o_ids = _phrase(sentence, subj.i), _phrase(sentence, obj.i)
                out.append(
                    Fact(
                        "event",
                        s,
                        ids_text(sentence, s_ids | {token.i} | o_ids),
                        _span(sentence, o_ids),
                        obj.i,
                        obj.ent_type,
                        subject=ids_text(sentence, s_ids),
                        verb=token.lemma,
                        object=ids_text(sentence, o_ids),
                    )
                )
    out.extend(_roles(sentence, analysis))
    out.extend(_definitions(sentence, analysis))
    return out


ROLE_STOP = frozenset({",", ".", "og", "som", "der", "(", ")", "-", ":"})


def _roles(sentence: Sentence, analysis: Analysis) -> list[Fact]:
    """``Mustafa Bali, talsmand fra SDF, ...`` and ``Lene Holm, formand for ...``: a name,
    a comma and a role starting with a common noun. Read off the text as well as the parse,
    because appositions are where parsers often go wrong."""
    out: list[Fact] = []
    tokens = sentence.tokens
    for entity in analysis.entities:
        if entity.sentence != sentence.index or entity.label != "PER":
            continue
        comma = entity.end
        if comma + 1 >= len(tokens) or tokens[comma].text != ",":
            continue
        first = tokens[comma + 1]
        if first.pos != "NOUN" or not first.text[:1].islower() or first.ent_type:
            continue
        end = comma + 1
        while end < len(tokens) and tokens[end].text.lower() not in ROLE_STOP and end - comma <= 8:
            end += 1
        if end >= len(tokens) or tokens[end].text not in (",", "."):
            continue  # no clear end of the apposition
        role = sentence.span_text(comma + 1, end)
        out.append(
            Fact(
                "role",
                sentence.index,
                entity.text,
                (entity.start, entity.end),
                entity.start,
                "PER",
                entity=entity.text,
                role=role,
            )
        )
    return out


def _definitions(sentence: Sentence, analysis: Analysis) -> list[Fact]:
    if sentence.index == 0:
        return []
    found = find_definition(sentence, analysis.sentences[sentence.index - 1])
    if found is None:
        return []
    return [
        Fact(
            "definition",
            sentence.index,
            found.text,
            (min(found.ids), max(found.ids) + 1),
            found.head,
            term=found.term,
            definition=found.text,
        )
    ]
