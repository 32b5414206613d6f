"""How-many questions from a number inside an object or adverbial, with the counted
noun's genitive kept, and never with a preposition stranded mid-question."""

from __future__ import annotations

from analysis_builders import INTRO, analysis_from_text

from quizgen.config.schema import Config
from quizgen.extract.facts import extract_facts
from quizgen.generate.context import GenerationContext
from quizgen.generate.questions import drafts

ROOM = """
Skolen skole NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
har have VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
plads plads NOUN Definite=Ind|Gender=Com|Number=Sing 2 obj
til til ADP _ 6 case
90 90 NUM NumType=Card 6 nummod
elever elev NOUN Definite=Ind|Gender=Com|Number=Plur 3 nmod SpaceAfter=No
. . PUNCT _ 2 punct
"""

MONTHS = """
Direktøren direktør NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
fik få VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
8 8 NUM NumType=Card 5 nummod
måneders måned NOUN Case=Gen|Definite=Ind|Gender=Com|Number=Plur 5 nmod:poss
fængsel fængsel NOUN Definite=Ind|Gender=Neut|Number=Sing 2 obj
og og CCONJ _ 8 cc
en en DET _ 8 det
bøde bøde NOUN Definite=Ind|Gender=Com|Number=Sing 5 conj
90.000 90.000 NUM NumType=Card 10 nummod
kroner krone NOUN Definite=Ind|Gender=Com|Number=Plur 8 nmod SpaceAfter=No
. . PUNCT _ 2 punct
"""

RACE = """
Bilen bil NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
vandt vinde VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
i i ADP _ 4 case
konkurrence konkurrence NOUN Definite=Ind|Gender=Com|Number=Sing 2 obl
med med ADP _ 7 case
73 73 NUM NumType=Card 7 nummod
biler bil NOUN Definite=Ind|Gender=Com|Number=Plur 4 nmod
på på ADP _ 9 case
banen bane NOUN Definite=Def|Gender=Com|Number=Sing 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""


def _how_many(conllu: str) -> dict[str, str]:
    analysis = analysis_from_text(INTRO + conllu)
    ctx = GenerationContext(analysis, (), extract_facts(analysis), Config())
    return {d.prompt: d.answer for d in drafts(ctx) if d.asks == "how_many"}


def test_questions_how_many_number_inside_an_object() -> None:
    assert _how_many(ROOM) == {"Hvor mange elever har skolen plads til?": "90"}


def test_questions_how_many_keeps_the_genitive_and_skips_list_members() -> None:
    # "en bøde 90.000 kroner" is a list member: "Hvor mange kroner fik direktøren 8
    # måneders fængsel og en bøde?" would ask nothing sensible
    assert _how_many(MONTHS) == {"Hvor mange måneders fængsel fik direktøren?": "8"}


def test_questions_how_many_no_preposition_stranded_mid_question() -> None:
    assert _how_many(RACE) == {}


def test_questions_how_many_no_question_copies_a_typo() -> None:
    # "pladds": the question would copy the misspelt word (generate/grammar/standalone).
    assert _how_many(ROOM.replace("plads plads", "pladds plads")) == {}
