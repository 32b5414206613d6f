"""Who a named person is, as the text says it in passing: an apposition after the
name (``Lene Holm, formand for klubben, ...``) or a role before it, set off by a
comma, after a verb of speech (``..., siger formand for klubben, Lene Holm, til
avisen``). Read off the text as well as the parse, because appositions are where
parsers often go wrong."""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.analysis import Analysis, Entity, Sentence
from quizgen.lang.grammar import Grammar

MAX_ROLE_WORDS = 8


@dataclass(frozen=True)
class Role:
    person: Entity
    role: str  # "formand for klubben"


def roles(sentence: Sentence, analysis: Analysis, grammar: Grammar) -> list[Role]:
    out: list[Role] = []
    for entity in analysis.entities:
        if entity.sentence != sentence.index or entity.label != "PER":
            continue
        role = _after(sentence, entity, grammar) or _before(sentence, entity, grammar)
        if role:
            out.append(Role(entity, role))
    return out


def _after(sentence: Sentence, entity: Entity, grammar: Grammar) -> str:
    """``Mustafa Bali, talsmand fra SDF, ...``: a comma and a role starting with a common
    noun, up to the next comma or full stop."""
    tokens = sentence.tokens
    stop = grammar.clauses.role_stop
    comma = entity.end
    if comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return ""
    first = tokens[comma + 1]
    if first.pos != "NOUN" or not first.text[:1].islower() or first.ent_type:
        return ""
    end = comma + 1
    while end < len(tokens) and tokens[end].text.lower() not in stop and end - comma <= 8:
        end += 1
    if end >= len(tokens) or tokens[end].text not in (",", "."):
        return ""  # no clear end of the apposition
    return sentence.span_text(comma + 1, end)


def _before(sentence: Sentence, entity: Entity, grammar: Grammar) -> str:
    """``..., siger formand for klubben, Lene Holm, til avisen``: the role between a
    verb of speech and a comma right before the name, the name closed by a comma or
    full stop. Only a role that says of what (``for klubben``): a bare ``spiller`` is
    one of many."""
    tokens = sentence.tokens
    comma = entity.start - 1
    after = tokens[entity.end] if entity.end < len(tokens) else None
    if comma < 2 or tokens[comma].text != "," or after is None or after.text not in (",", "."):
        return ""
    start = comma
    while start > 0 and not tokens[start - 1].is_punct and comma - start < MAX_ROLE_WORDS:
        start -= 1
        if tokens[start].lemma.lower() in grammar.clauses.speech_verbs:
            break
    verb = tokens[start]
    if verb.lemma.lower() not in grammar.clauses.speech_verbs or verb.feature("VerbForm") != "Fin":
        return ""
    role = tokens[start + 1 : comma]
    if len(role) < 3 or not role[0].text[:1].islower() or role[0].pos in ("PRON", "DET"):
        return ""
    if role[0].ent_type or any(t.pos in ("SCONJ", "AUX", "PRON") for t in role):
        return ""
    # "formand for klubben": a preposition and what the role is of, last
    if not any(t.pos == "ADP" for t in role[1:-1]) or role[-1].pos not in ("NOUN", "PROPN"):
        return ""
    return sentence.span_text(start + 1, comma)
