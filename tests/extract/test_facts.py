"""Fact extraction: each kind, on the hand-made analysis of the bundled article."""

from __future__ import annotations

import pytest
from analysis_builders import analysis_from_file, analysis_from_text

from quizgen.extract.facts import Fact, extract_facts


@pytest.fixture(scope="module")
def facts() -> tuple[Fact, ...]:
    return extract_facts(analysis_from_file("bundled_article.analysis"))


def _of(facts: tuple[Fact, ...], kind: str) -> dict[str, Fact]:
    return {f.text: f for f in facts if f.kind == kind}


def test_facts_places(facts: tuple[Fact, ...]) -> None:
    places = _of(facts, "place")
    assert "i det østlige Syrien" in places
    assert "i udkanten af Baghouz" in places
    assert places["i udkanten af Baghouz"].sentence_index == 6
    assert "i byen" not in places  # no named place: too vague to ask about


def test_facts_times(facts: tuple[Fact, ...]) -> None:
    times = _of(facts, "time")
    assert times["onsdag"].label == "weekday"
    assert times["Tirsdag aften"].label == "weekday"
    assert times["I 2017"].label == "year"
    assert times["Tre år forinden"].label == "relative"


def test_facts_quantities_with_what_they_count(facts: tuple[Fact, ...]) -> None:
    quantities = _of(facts, "quantity")
    assert quantities["300 IS-krigere"].quantity == "300"
    assert quantities["300 IS-krigere"].counted == "IS-krigere"
    assert quantities["mindst ti lastbiler"].quantity == "mindst ti"
    assert "I 2017" not in quantities  # a year is a time, not a count


def test_facts_roles_and_attributions(facts: tuple[Fact, ...]) -> None:
    role = _of(facts, "role")["Mustafa Bali"]
    assert role.role == "talsmand fra SDF"
    sources = {(f.source, f.verb, f.sentence_index) for f in facts if f.kind == "attribution"}
    assert ("Reuters", "ifølge", 3) in sources
    assert ("AP", "skrive", 6) in sources
    assert ("Mustafa Bali", "fortælle", 2) in sources
    assert ("AP", "rapportere", 7) in sources


def test_facts_events_subject_verb_object(facts: tuple[Fact, ...]) -> None:
    events = [f for f in facts if f.kind == "event"]
    indledte = next(f for f in events if f.verb == "indlede")
    assert indledte.subject == "den USA-ledede koalition"
    assert indledte.object == "luftbombardementer"
    # Pronoun objects and subjects carry no fact of their own.
    assert all(f.object.lower() not in ("det", "dem") for f in events)


def test_facts_definition_after_a_flagged_term(facts: tuple[Fact, ...]) -> None:
    (definition,) = [f for f in facts if f.kind == "definition"]
    assert definition.term == "en humanitær korridor"
    assert definition.definition.startswith("en demilitariseret rute i en konfliktzone")
    assert definition.sentence_index == 5


def test_facts_no_definition_without_a_term() -> None:
    analysis = analysis_from_text(
        """
Der der PRON _ 2 expl
er være VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
tale tale NOUN Definite=Ind|Gender=Com|Number=Sing 2 nsubj
om om ADP _ 6 case
en en DET _ 6 det
rute rute NOUN Definite=Ind|Gender=Com|Number=Sing 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    assert [f for f in extract_facts(analysis) if f.kind == "definition"] == []


def test_facts_serialise_to_plain_json(facts: tuple[Fact, ...]) -> None:
    import json

    data = json.loads(json.dumps([f.to_json() for f in facts]))
    assert {
        "kind",
        "sentence_index",
        "subject",
        "verb",
        "object",
        "place",
        "time",
        "quantity",
        "source",
        "definition",
    } <= set(data[0])


def test_facts_definition_term_when_the_adjective_is_tagged_as_a_noun() -> None:
    # Regression (shipped pipeline): "humanitær" tagged NOUN gave the term "humanitær".
    analysis = analysis_from_file("000_0ea3d618a2e44150.model.analysis")
    (definition,) = [f for f in extract_facts(analysis) if f.kind == "definition"]
    assert definition.term == "en humanitær korridor"


def test_facts_definition_when_its_noun_is_tagged_as_a_verb() -> None:
    # Regression (da_quizgen 0.2.0): "rute" tagged VERB made the next noun's phrase,
    # "i en konfliktzone", the definition of "en humanitær korridor".
    analysis = analysis_from_text(
        """
De de PRON _ 2 nsubj
forlader forlade VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
området område NOUN Definite=Def|Gender=Neut|Number=Sing 2 obj
via via ADP _ 8 case
en en DET _ 8 det
såkaldt såkaldt ADJ _ 7 amod
humanitær humanitær ADJ _ 8 amod
korridor korridor NOUN Definite=Ind|Gender=Com|Number=Sing 2 obl SpaceAfter=No
. . PUNCT _ 2 punct

Der der PRON _ 2 expl
er være VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
tale tale NOUN Definite=Ind|Gender=Com|Number=Sing 2 obj
om om ADP _ 7 mark
en en DET _ 7 det
demilitariseret demilitariseret VERB VerbForm=Part 7 amod
rute rute VERB VerbForm=Inf 3 advcl
i i ADP _ 10 case
en en DET _ 10 det
konfliktzone konfliktzone NOUN Definite=Ind|Gender=Com|Number=Sing 7 obl SpaceAfter=No
, , PUNCT _ 10 punct
hvor hvor ADV _ 14 advmod
man man PRON _ 14 nsubj
tillader tillade VERB Mood=Ind|Tense=Pres|VerbForm=Fin 10 acl:relcl
nødhjælp nødhjælp NOUN Definite=Ind|Gender=Com|Number=Sing 14 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    (definition,) = [f for f in extract_facts(analysis) if f.kind == "definition"]
    assert definition.term == "en humanitær korridor"
    assert definition.definition == "en demilitariseret rute i en konfliktzone"
    assert analysis.sentences[1].tokens[definition.head].text == "rute"


def test_facts_no_definition_from_a_definite_phrase() -> None:
    analysis = analysis_from_text(
        """
De de PRON _ 2 nsubj
bruger bruge VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
en en DET _ 5 det
såkaldt såkaldt ADJ _ 5 amod
korridor korridor NOUN Definite=Ind|Gender=Com|Number=Sing 2 obj SpaceAfter=No
. . PUNCT _ 2 punct

Der der PRON _ 2 expl
er være VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
tale tale NOUN Definite=Ind|Gender=Com|Number=Sing 2 obj
om om ADP _ 6 case
den den DET _ 6 det
rute rute NOUN Definite=Ind|Gender=Com|Number=Sing 3 nmod SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    assert [f for f in extract_facts(analysis) if f.kind == "definition"] == []


def test_facts_relative_time_headed_by_its_adverb() -> None:
    from analysis_builders import sentence

    from quizgen.extract.phrases import is_time_phrase

    s = sentence(
        """
Tre tre NUM _ 2 nummod
år år NOUN Definite=Ind|Gender=Neut|Number=Plur 3 obl
forinden forinden ADV _ 4 advmod
erobrede erobre VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
gruppen gruppe NOUN Definite=Def|Gender=Com|Number=Sing 4 nsubj
byen by NOUN Definite=Def|Gender=Com|Number=Sing 4 obj SpaceAfter=No
. . PUNCT _ 4 punct
"""
    )
    assert is_time_phrase(s, s.tokens[2]) == "relative"
