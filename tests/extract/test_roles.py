"""Who a named person is: a role set off by commas before the name, after a verb of
speech (``..., siger formand for klubben, Lene Holm, til avisen``)."""

from __future__ import annotations

from analysis_builders import analysis_from_text

from quizgen.extract.facts import role_facts
from quizgen.extract.roles import roles
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar

ROLE_FIRST = """
Vi vi PRON _ 2 nsubj
vinder vinde VERB Mood=Ind|Tense=Pres|VerbForm=Fin 4 ccomp
igen igen ADV _ 2 advmod SpaceAfter=No
, , PUNCT _ 2 punct
siger sige VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
formand formand NOUN _ 5 nsubj
for for ADP _ 8 case
klubben klub NOUN Definite=Def 6 nmod SpaceAfter=No
, , PUNCT _ 10 punct
Lene Lene PROPN _ 6 appos Ent=B-PER
Holm Holm PROPN _ 10 flat Ent=I-PER|SpaceAfter=No
, , PUNCT _ 14 punct
til til ADP _ 14 case
avisen avis NOUN Definite=Def 5 obl SpaceAfter=No
. . PUNCT _ 5 punct
"""


def test_roles_role_before_the_name_after_a_verb_of_speech() -> None:
    analysis = analysis_from_text(ROLE_FIRST)
    (fact,) = role_facts(analysis.sentences[0], analysis, GRAMMAR)
    assert (fact.entity, fact.role, fact.span) == ("Lene Holm", "formand for klubben", (9, 11))


def test_roles_bare_role_before_the_name_says_too_little() -> None:
    # "siger spiller, Lene Holm": one player of many
    bare = ROLE_FIRST.replace("for for ADP _ 8 case\n", "").replace(
        "klubben klub NOUN Definite=Def 6 nmod SpaceAfter=No\n", ""
    )
    analysis = analysis_from_text(bare.replace(" 10 punct", " 8 punct"))
    assert roles(analysis.sentences[0], analysis, GRAMMAR) == []


def test_roles_role_before_the_name_needs_a_verb_of_speech() -> None:
    other = ROLE_FIRST.replace("siger sige VERB", "ser se VERB")
    analysis = analysis_from_text(other)
    assert roles(analysis.sentences[0], analysis, GRAMMAR) == []
