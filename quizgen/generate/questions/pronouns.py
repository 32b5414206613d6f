"""``han``, ``hun``, ``hans``: the person a pronoun stands for, when the text leaves no
doubt (one named person in the sentence before it or the one before that), so that a
question can name them instead of pointing nowhere."""

from __future__ import annotations

from dataclasses import replace

from quizgen.analysis import Analysis, Entity, Token
from quizgen.extract.syntax import is_person_noun
from quizgen.generate.grammar.clauses import Clause, clause_ids

LOOK_BACK = 2  # sentences: further back, a pronoun's person is the reader's guess


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
        person = _only_person(analysis, s.index, i, frozenset(endings))
        if person:
            names.append((i, _with_ending(person, ending)))
    return replace(clause, names=tuple(names)) if names else clause


def _only_person(analysis: Analysis, sentence: int, before: int, words: frozenset[str]) -> str:
    """The one person named before token ``before`` of ``sentence`` (in it, else in the
    nearest of the LOOK_BACK sentences before it that names anyone, when the sentences
    between name no one, not even by a noun like ``en betjent``); "" when there is none
    or more than one."""
    here = [e for e in analysis.entities if e.sentence == sentence and e.end <= before]
    if _people(here):
        return _the_one(here)
    if _names_someone(analysis, sentence, before, words):
        return ""
    for back in range(sentence - 1, max(-1, sentence - 1 - LOOK_BACK), -1):
        earlier = [e for e in analysis.entities if e.sentence == back]
        if _people(earlier):
            return "" if _pronoun_first(analysis, back, earlier, words) else _the_one(earlier)
        if _names_someone(analysis, back, None, words):
            return ""
    return ""


def _the_one(entities: list[Entity]) -> str:
    people = _people(entities)
    # two people: "han" could be either
    return next(iter(people.values())) if len(people) == 1 else ""


def _names_someone(
    analysis: Analysis, sentence: int, before: int | None, words: frozenset[str]
) -> bool:
    """A person noun (``en betjent``) that a pronoun could stand for."""
    s = analysis.sentences[sentence]
    tokens = s.tokens if before is None else s.tokens[:before]
    return any(t.pos == "NOUN" and is_person_noun(t) for t in tokens)


def _pronoun_first(
    analysis: Analysis, sentence: int, entities: list[Entity], words: frozenset[str]
) -> bool:
    """``Mange regner ham for ... efter høvdingen Tamba``: ``ham`` is someone else
    than the person named after it, so that sentence names two."""
    start = min(e.start for e in entities if e.label == "PER")
    tokens = analysis.sentences[sentence].tokens[:start]
    return any(_person_pronoun(t, words) for t in tokens)


def _person_pronoun(token: Token, words: frozenset[str]) -> bool:
    return token.pos in ("PRON", "DET") and token.text.lower() in words


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
