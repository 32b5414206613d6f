"""One function per kind of fact, each on a hand-built sentence."""

from __future__ import annotations

from analysis_builders import analysis_from_text, sentence

from quizgen.extract.facts import (
    TOKEN_FACTS,
    according_to_facts,
    definition_facts,
    event_facts,
    place_facts,
    quantity_facts,
    role_facts,
    sentence_facts,
    speaker_facts,
    time_facts,
)
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar

PLACE = """
Kampene kamp NOUN Definite=Def|Number=Plur 2 nsubj
foregår foregå VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
i i ADP _ 4 case
Syrien Syrien PROPN _ 2 obl Ent=B-LOC|SpaceAfter=No
. . PUNCT _ 2 punct
"""

TIME = """
Koalitionen koalition NOUN Definite=Def|Number=Sing 2 nsubj
angreb angribe VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
tirsdag tirsdag NOUN Definite=Ind|Number=Sing 2 obl:tmod
aften aften NOUN Definite=Ind|Number=Sing 3 compound SpaceAfter=No
. . PUNCT _ 2 punct
"""

QUANTITY = """
Mindst mindst ADV _ 2 advmod
ti ti NUM _ 3 nummod
lastbiler lastbil NOUN Definite=Ind|Number=Plur 4 nsubj
kørte køre VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root SpaceAfter=No
. . PUNCT _ 4 punct
"""

SPEECH = """
Det det PRON _ 2 obj
skriver skrive VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
AP AP PROPN _ 2 nsubj Ent=B-ORG
ifølge ifølge ADP _ 5 case
Reuters Reuters PROPN _ 2 obl Ent=B-ORG|SpaceAfter=No
. . PUNCT _ 2 punct
"""

EVENT = """
Koalitionen koalition NOUN Definite=Def|Number=Sing 2 nsubj
indledte indlede VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
luftangreb luftangreb NOUN Definite=Ind|Number=Plur 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""

ROLE = """
Mustafa Mustafa PROPN _ 5 nsubj Ent=B-PER
Bali Bali PROPN _ 1 flat Ent=I-PER|SpaceAfter=No
, , PUNCT _ 4 punct
talsmand talsmand NOUN Definite=Ind|Number=Sing 1 appos SpaceAfter=No
, , PUNCT _ 4 punct
siger sige VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
det det PRON _ 6 obj SpaceAfter=No
. . PUNCT _ 6 punct
"""

DEFINITION = """
De de PRON _ 2 nsubj
kører køre VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
i i ADP _ 6 case
en en DET _ 6 det
såkaldt såkaldt ADJ _ 6 amod
korridor korridor NOUN Definite=Ind|Number=Sing 2 obl SpaceAfter=No
. . PUNCT _ 2 punct

Der der ADV _ 2 expl
er være VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
tale tale NOUN Definite=Ind|Number=Sing 2 obj
om om ADP _ 6 case
en en DET _ 6 det
rute rute NOUN Definite=Ind|Number=Sing 3 nmod
gennem gennem ADP _ 8 case
ørkenen ørken NOUN Definite=Def|Number=Sing 6 nmod SpaceAfter=No
. . PUNCT _ 2 punct
"""


def _token_facts(text: str, function: object) -> list[object]:
    s = sentence(text)
    return [f for t in s.tokens for f in function(s, t, GRAMMAR)]  # type: ignore[operator]


def test_facts_place_facts_names_the_place_phrase() -> None:
    (fact,) = _token_facts(PLACE, place_facts)
    assert (fact.kind, fact.text, fact.span, fact.label) == ("place", "i Syrien", (2, 4), "LOC")
    assert fact.place == "i Syrien" and fact.verb == "foregå"


def test_facts_time_facts_label_the_kind_of_time() -> None:
    (fact,) = _token_facts(TIME, time_facts)
    assert (fact.text, fact.label, fact.time) == ("tirsdag aften", "weekday", "tirsdag aften")


def test_facts_quantity_facts_keep_the_bound_with_the_number() -> None:
    (fact,) = _token_facts(QUANTITY, quantity_facts)
    assert (fact.text, fact.quantity) == ("Mindst ti lastbiler", "Mindst ti")
    assert fact.counted == "lastbiler"
    assert fact.head == 1 and fact.label == "count"


def test_facts_quantity_facts_leave_durations_out() -> None:
    duration = QUANTITY.replace("lastbiler lastbil", "dage dag")
    assert _token_facts(duration, quantity_facts) == []


def test_facts_according_to_and_speaker_facts_name_the_source() -> None:
    (according,) = _token_facts(SPEECH, according_to_facts)
    (speaker,) = _token_facts(SPEECH, speaker_facts)
    assert (according.source, according.verb, according.label) == ("Reuters", "ifølge", "ORG")
    assert (speaker.source, speaker.verb, speaker.head) == ("AP", "skrive", 2)


def test_facts_event_facts_need_a_noun_subject_and_object() -> None:
    (fact,) = _token_facts(EVENT, event_facts)
    assert (fact.subject, fact.verb, fact.object) == ("Koalitionen", "indlede", "luftangreb")
    assert fact.text == "Koalitionen indledte luftangreb" and fact.span == (2, 3)
    pronoun_subject = EVENT.replace("Koalitionen koalition NOUN", "De de PRON")
    assert _token_facts(pronoun_subject, event_facts) == []


def test_facts_role_facts_read_the_apposition() -> None:
    analysis = analysis_from_text(ROLE)
    (fact,) = role_facts(analysis.sentences[0], analysis, GRAMMAR)
    assert (fact.entity, fact.role, fact.span) == ("Mustafa Bali", "talsmand", (0, 2))


def test_facts_definition_facts_explain_the_flagged_term() -> None:
    analysis = analysis_from_text(DEFINITION)
    assert definition_facts(analysis.sentences[0], analysis, GRAMMAR) == []
    (fact,) = definition_facts(analysis.sentences[1], analysis, GRAMMAR)
    assert fact.term == "en korridor"
    assert fact.definition == "en rute gennem ørkenen"


def test_facts_sentence_facts_list_token_facts_in_kind_order() -> None:
    analysis = analysis_from_text(SPEECH)
    facts = sentence_facts(analysis.sentences[0], analysis, GRAMMAR)
    # "skriver AP" (token 1) before "ifølge Reuters" (token 4): token order first
    found = [(f.kind, f.verb) for f in facts]
    assert found == [("attribution", "skrive"), ("attribution", "ifølge")]
    assert len(TOKEN_FACTS) == 6
