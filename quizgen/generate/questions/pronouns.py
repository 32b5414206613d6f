"""``han``, ``hun``, ``hans``: the person a pronoun stands for, when the text leaves no
doubt (one named person in the sentence before it or the one before that), so that a
question can name them instead of pointing nowhere."""

from __future__ import annotations

from dataclasses import replace

from quizgen.analysis import Analysis, Entity
from quizgen.generate.grammar.clauses import Clause, clause_ids


def with_names(clause: Clause, analysis: Analysis) -> Clause:
    """The clause with each person pronoun replaced by the one name it can stand for."""
    s = clause.sentence
    endings = clause.grammar.pronouns.person_pronouns
    names: list[tuple[int, str]] = []
    for i in sorted(clause_ids(clause)):
        token = s.tokens[i]
        ending = endings.get(token.text.lower())
        if ending is None or token.pos not in ("PRON", "DET"):
            continue
        person = _only_person(analysis, s.index, i)
        if person:
            names.append((i, _with_ending(person, ending)))
    return replace(clause, names=tuple(names)) if names else clause


def _only_person(analysis: Analysis, sentence: int, before: int) -> str:
    """The one person named before token ``before`` of ``sentence`` (in it, else in the
    sentence before it); "" when there is none or more than one."""
    here = [e for e in analysis.entities if e.sentence == sentence and e.end <= before]
    earlier = [e for e in analysis.entities if e.sentence == sentence - 1]
    for found in (here, earlier):
        people = _people(found)
        if len(people) == 1:
            return next(iter(people.values()))
        if people:
            return ""  # two people: "han" could be either
    return ""


def _people(entities: list[Entity]) -> dict[str, str]:
    """Surname -> the fullest name the person is given ("Bali" and "Mustafa Bali" are one)."""
    out: dict[str, str] = {}
    for e in entities:
        if e.label != "PER":
            continue
        surname = e.text.split()[-1]
        if len(e.text) > len(out.get(surname, "")):
            out[surname] = e.text
    return out


def _with_ending(name: str, ending: str) -> str:
    """``Bali`` + ``s`` -> ``Balis``; a name ending in s takes only an apostrophe."""
    if ending == "s" and name[-1:].lower() in ("s", "x", "z"):
        return name + "'"
    return name + ending
