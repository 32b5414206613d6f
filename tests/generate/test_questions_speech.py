"""Who said it, for an interview's quote without marks: ``- Vi har travlt i haven,
siger Lene Holm.`` (and with a role before the name, a long quote cut at a clause)."""

from __future__ import annotations

from analysis_builders import analysis_from_text, sentence

from quizgen.config.generation import Phrasings
from quizgen.config.schema import Config
from quizgen.extract.facts import extract_facts
from quizgen.generate.context import GenerationContext
from quizgen.generate.questions import drafts
from quizgen.generate.questions.speech import attributed_drafts
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar
SAID = Phrasings().said

DASHED = """
- - PUNCT _ 2 punct
Vi vi PRON _ 3 nsubj
har have VERB Mood=Ind|Tense=Pres|VerbForm=Fin 9 ccomp
meget meget ADJ _ 5 amod
travlt travl ADJ _ 3 obj
i i ADP _ 7 case
haven have NOUN Definite=Def|Gender=Com|Number=Sing 3 obl SpaceAfter=No
, , PUNCT _ 3 punct
siger sige VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
Lene Lene PROPN _ 9 nsubj Ent=B-PER
Holm Holm PROPN _ 10 flat Ent=I-PER|SpaceAfter=No
. . PUNCT _ 9 punct
"""

# the role stands first, the name after a comma; told "til avisen"
ROLE_FIRST = """
Vi vi PRON _ 2 nsubj
har have VERB Mood=Ind|Tense=Pres|VerbForm=Fin 8 ccomp
meget meget ADJ _ 4 amod
travlt travl ADJ _ 2 obj
i i ADP _ 6 case
haven have NOUN Definite=Def|Gender=Com|Number=Sing 2 obl SpaceAfter=No
, , PUNCT _ 2 punct
siger sige VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
formand formand NOUN _ 8 nsubj
for for ADP _ 11 case
foreningen forening NOUN Definite=Def 9 nmod SpaceAfter=No
, , PUNCT _ 13 punct
Lene Lene PROPN _ 9 appos Ent=B-PER
Holm Holm PROPN _ 13 flat Ent=I-PER|SpaceAfter=No
, , PUNCT _ 17 punct
til til ADP _ 17 case
avisen avis NOUN Definite=Def 8 obl SpaceAfter=No
. . PUNCT _ 8 punct
"""

# a clause put first, not a quote: "Da han kom hjem, fortalte Per om turen."
FRONTED = """
Da da SCONJ _ 3 mark
han han PRON _ 3 nsubj
kom komme VERB Mood=Ind|Tense=Past|VerbForm=Fin 6 advcl
sent sent ADV _ 3 advmod
hjem hjem ADV _ 3 advmod SpaceAfter=No
, , PUNCT _ 3 punct
fortalte fortælle VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
Per Per PROPN _ 7 nsubj Ent=B-PER
om om ADP _ 10 case
turen tur NOUN Definite=Def 7 obl SpaceAfter=No
. . PUNCT _ 7 punct
"""

# a long quote: its words up to ", men" are enough to know it by
LONG = """
- - PUNCT _ 3 punct
Vi vi PRON _ 3 nsubj
nåede nå VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
lige lige ADV _ 3 advmod
at at PART _ 6 mark
male male VERB VerbForm=Inf 3 xcomp
hele hel ADJ _ 8 amod
huset hus NOUN Definite=Def 6 obj SpaceAfter=No
, , PUNCT _ 13 punct
men men CCONJ _ 13 cc
så så ADV _ 13 advmod
kom komme VERB Mood=Ind|Tense=Past|VerbForm=Fin 3 conj
regnen regn NOUN Definite=Def 12 nsubj
ned ned ADV _ 12 advmod
over over ADP _ 17 case
os vi PRON _ 12 obl
og og CCONJ _ 18 cc
stigen stige NOUN Definite=Def 12 conj
i i ADP _ 20 case
haven have NOUN Definite=Def 18 nmod SpaceAfter=No
, , PUNCT _ 3 punct
siger sige VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
Lene Lene PROPN _ 22 nsubj Ent=B-PER
Holm Holm PROPN _ 23 flat Ent=I-PER|SpaceAfter=No
. . PUNCT _ 22 punct
"""

OTHER_PERSON = """
Per Per PROPN _ 2 nsubj Ent=B-PER
maler male VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
huset hus NOUN Definite=Def 2 obj
i i ADP _ 5 case
dag dag NOUN Definite=Ind 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""


def test_questions_speech_unmarked_quote_is_asked_who_said_it() -> None:
    (draft,) = attributed_drafts(sentence(DASHED), SAID, GRAMMAR)
    assert draft.prompt == "Hvem siger: »Vi har meget travlt i haven«?"
    assert draft.answer == "Lene Holm"
    assert "Holm" in draft.accepted


def test_questions_speech_role_before_the_name_is_no_part_of_the_answer() -> None:
    (draft,) = attributed_drafts(sentence(ROLE_FIRST), SAID, GRAMMAR)
    assert draft.prompt == "Hvem siger: »Vi har meget travlt i haven«?"
    assert draft.answer == "Lene Holm"


def test_questions_speech_clause_put_first_is_no_quote() -> None:
    assert attributed_drafts(sentence(FRONTED), SAID, GRAMMAR) == []


def test_questions_speech_long_quote_is_cut_where_a_clause_ends() -> None:
    (draft,) = attributed_drafts(sentence(LONG), SAID, GRAMMAR)
    assert draft.prompt == "Hvem siger: »Vi nåede lige at male hele huset …«?"


def test_questions_speech_asked_only_where_two_people_are_named() -> None:
    alone = analysis_from_text(DASHED)
    ctx = GenerationContext(alone, (), extract_facts(alone), Config())
    assert not [d for d in drafts(ctx) if d.asks == "said"]
    two = analysis_from_text(OTHER_PERSON + "\n" + DASHED)
    ctx = GenerationContext(two, (), extract_facts(two), Config())
    assert [d.answer for d in drafts(ctx) if d.asks == "said"] == ["Lene Holm"]


# no pronoun in the quote: "Ifølge hvem er huset nu helt færdigt igen?" is asked
REPORTED = """
Huset hus NOUN Definite=Def|Gender=Neut|Number=Sing 5 nsubj
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 5 cop
nu nu ADV _ 5 advmod
helt helt ADV _ 5 advmod
færdigt færdig ADJ Degree=Pos|Gender=Neut|Number=Sing 8 ccomp
igen igen ADV _ 5 advmod SpaceAfter=No
, , PUNCT _ 5 punct
siger sige VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
Lene Lene PROPN _ 8 nsubj Ent=B-PER
Holm Holm PROPN _ 9 flat Ent=I-PER|SpaceAfter=No
. . PUNCT _ 8 punct
"""


def test_questions_speech_not_asked_where_according_to_whom_is() -> None:
    two = analysis_from_text(OTHER_PERSON + "\n" + REPORTED)
    ctx = GenerationContext(two, (), extract_facts(two), Config())
    found = {d.asks: d.answer for d in drafts(ctx) if d.sentence == 1}
    assert "source" in found
    assert "said" not in found
    # (the quote itself is one to ask about)
    assert attributed_drafts(two.sentences[1], SAID, GRAMMAR)


def test_questions_speech_quote_that_goes_on_after_the_name_is_not_asked() -> None:
    # "- Vi har meget travlt i haven, siger Lene Holm, er det ikke?": the speaker
    # stands inside the words said
    goes_on = DASHED.replace(
        ". . PUNCT _ 9 punct",
        ", , PUNCT _ 13 punct\ner være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 9 parataxis\n"
        "det det PRON _ 13 nsubj\nikke ikke ADV _ 13 advmod SpaceAfter=No\n"
        ". . PUNCT _ 9 punct",
    )
    assert attributed_drafts(sentence(goes_on), SAID, GRAMMAR) == []
    # (a clause about the speaker does not go on with the quote)
    about = DASHED.replace(
        ". . PUNCT _ 9 punct",
        ", , PUNCT _ 14 punct\nder der PRON _ 14 nsubj\n"
        "bor bo VERB Mood=Ind|Tense=Pres|VerbForm=Fin 10 acl:relcl\n"
        "her her ADV _ 14 advmod SpaceAfter=No\n. . PUNCT _ 9 punct",
    )
    assert attributed_drafts(sentence(about), SAID, GRAMMAR)
