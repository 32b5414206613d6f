"""Which sentences a statement may be made of (review s23 of the true/false items on
held-out texts: a lead with "ikke" put in, a comparative cut from what it compares
with, a stray comma and a broken word copied from the source)."""

from __future__ import annotations

from quizgen.config.schema import Config
from quizgen.generate.context import GenerationContext
from quizgen.generate.kinds.truefalse import make_truefalse
from quizgen.generate.statements.eligible import statement_ok
from quizgen.lang import get_language
from tests.analysis_builders import analysis_from_text
from tests.generate.test_truefalse_statements import FRONTED_TIME, PRODUCED, SUBJECT_FIRST

GRAMMAR = get_language().grammar


def _ok(text: str) -> bool:
    analysis = analysis_from_text(text)
    return statement_ok(analysis.sentences[0], frozenset(), analysis.entities, GRAMMAR)


def test_truefalse_no_statement_from_the_lead_sentence() -> None:
    # The builder makes the first sentence the title; the lead is the next one. The old
    # code made "Skolen flyttede ikke til Aalborg i 2019." and a changed year of it;
    # the sentence after the lead still gives statements.
    analysis = analysis_from_text("\n".join([FRONTED_TIME, SUBJECT_FIRST, PRODUCED]))
    found = make_truefalse(GenerationContext(analysis, (), (), Config()))
    assert found and all(c.item.sentence_index == 2 for c in found)


# "Vinden blev endnu stærkere om natten."
STILL_STRONGER = """
Vinden vind NOUN Definite=Def 2 nsubj
blev blive VERB VerbForm=Fin|Tense=Past 0 ROOT
endnu endnu ADV _ 4 advmod
stærkere stærk ADJ Degree=Cmp 2 xcomp
om om ADP _ 6 case
natten nat NOUN Definite=Def 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""


def test_truefalse_sources_no_comparative_with_endnu_and_nothing_to_compare() -> None:
    assert not _ok(STILL_STRONGER)
    than = STILL_STRONGER.replace(
        ". . PUNCT _ 2 punct",
        "end end ADP _ 9 case\nfør før ADV _ 4 obl SpaceAfter=No\n. . PUNCT _ 2 punct",
    )
    assert _ok(than)
    assert _ok(STILL_STRONGER.replace("endnu endnu ADV", "meget meget ADV"))


# "For to dage siden, blev broen åbnet igen."
COMMA_BEFORE_VERB = """
For for ADP _ 3 case
to to NUM _ 3 nummod
dage dag NOUN Number=Plur 8 obl
siden siden ADV _ 3 advmod SpaceAfter=No
, , PUNCT _ 3 punct
blev blive AUX VerbForm=Fin|Tense=Past 8 aux:pass
broen bro NOUN Definite=Def 8 nsubj:pass
åbnet åbne VERB VerbForm=Part 0 ROOT
igen igen ADV _ 8 advmod SpaceAfter=No
. . PUNCT _ 8 punct
"""

# "Da holdet kom, blev broen åbnet igen."
CLAUSE_BEFORE_VERB = """
Da da SCONJ _ 3 mark
holdet hold NOUN Definite=Def 3 nsubj
kom komme VERB VerbForm=Fin|Tense=Past 7 advcl SpaceAfter=No
, , PUNCT _ 3 punct
blev blive AUX VerbForm=Fin|Tense=Past 7 aux:pass
broen bro NOUN Definite=Def 7 nsubj:pass
åbnet åbne VERB VerbForm=Part 0 ROOT
igen igen ADV _ 7 advmod SpaceAfter=No
. . PUNCT _ 7 punct
"""


def test_truefalse_sources_no_comma_between_a_fronted_phrase_and_the_verb() -> None:
    assert not _ok(COMMA_BEFORE_VERB)
    assert _ok(CLAUSE_BEFORE_VERB)  # a fronted clause takes its comma


# "Holdet har havemøblede hele dagen i parken.", the unknown participle tagged a name
UNKNOWN_VERB = """
Holdet hold NOUN Definite=Def 3 nsubj
har have AUX VerbForm=Fin|Tense=Pres 3 aux
havemøblede havemøblede PROPN _ 0 ROOT
hele hel ADJ _ 5 amod
dagen dag NOUN Definite=Def 3 obl
i i ADP _ 7 case
parken park NOUN Definite=Def 3 obl SpaceAfter=No
. . PUNCT _ 3 punct
"""


def test_truefalse_sources_no_statement_copying_a_word_the_lexicon_lacks() -> None:
    assert not _ok(UNKNOWN_VERB)
    known = UNKNOWN_VERB.replace(
        "havemøblede havemøblede PROPN _", "spillet spille VERB VerbForm=Part"
    )
    assert _ok(known)
