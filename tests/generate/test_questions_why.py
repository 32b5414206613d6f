"""Why-questions from ``så`` clauses (a purpose with a modal verb, a result
without one) and from ``X, og derfor Y``; a reason restated after ``fordi`` in
subordinate-clause order."""

from __future__ import annotations

from analysis_builders import INTRO, analysis_from_text, sentence

from quizgen.config.schema import Config
from quizgen.extract.facts import extract_facts
from quizgen.generate.context import GenerationContext
from quizgen.generate.grammar.clauses import clause_ids, clauses
from quizgen.generate.grammar.word_order import subordinate_order
from quizgen.generate.questions import QuestionDraft, drafts
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar

# a short sentence before: a "derfor" must not take it as the reason when the clause
# it is joined to gives one

SO_THAT = """
Læreren lærer NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
bar bære VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
en en DET _ 4 det
taske taske NOUN Definite=Ind|Gender=Com|Number=Sing 2 obj SpaceAfter=No
, , PUNCT _ 9 punct
så så SCONJ _ 9 mark
han han PRON Case=Nom|Gender=Com|Number=Sing|Person=3|PronType=Prs 9 nsubj
kunne kunne AUX Mood=Ind|Tense=Past|VerbForm=Fin 9 aux
skifte skifte VERB VerbForm=Inf 2 advcl SpaceAfter=No
. . PUNCT _ 2 punct
"""

RESULT = """
Der der PRON _ 2 expl
er være VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
travlt travl ADJ Degree=Pos 2 xcomp
på på ADP _ 5 case
gangen gang NOUN Definite=Def|Gender=Com|Number=Sing 3 obl SpaceAfter=No
, , PUNCT _ 9 punct
så så SCONJ _ 9 mark
Anna Anna PROPN _ 9 nsubj Ent=B-PER
får få VERB Mood=Ind|Tense=Pres|VerbForm=Fin 2 advcl
at at PART PartType=Inf 11 mark
høre høre VERB VerbForm=Inf 9 obj SpaceAfter=No
, , PUNCT _ 15 punct
at at SCONJ _ 15 mark
der der PRON _ 15 expl
er være VERB Mood=Ind|Tense=Pres|VerbForm=Fin 11 obj
plads plads NOUN Definite=Ind|Gender=Com|Number=Sing 15 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""

# "så går vandet": then, not so that
THEN = """
Anna Anna PROPN _ 2 nsubj Ent=B-PER
når nå VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
døren dør NOUN Definite=Def|Gender=Com|Number=Sing 2 obj SpaceAfter=No
, , PUNCT _ 6 punct
så så ADV _ 6 advmod
går gå VERB Mood=Ind|Tense=Pres|VerbForm=Fin 2 conj
vandet vand NOUN Definite=Def|Gender=Neut|Number=Sing 6 nsubj SpaceAfter=No
. . PUNCT _ 2 punct
"""

AND_THEREFORE = """
Stoffet stof NOUN Definite=Def|Gender=Neut|Number=Sing 3 nsubj
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 3 cop
giftigt giftig ADJ Degree=Pos 0 root SpaceAfter=No
, , PUNCT _ 8 punct
og og CCONJ _ 8 cc
derfor derfor ADV _ 8 advmod
bliver blive AUX Mood=Ind|Tense=Pres|VerbForm=Fin 8 aux:pass
låst låse VERB VerbForm=Part 3 conj
flasken flaske NOUN Definite=Def|Gender=Com|Number=Sing 8 nsubj:pass
inde inde ADV _ 8 advmod SpaceAfter=No
. . PUNCT _ 3 punct
"""

FRONTED = """
Derudover derudover ADV _ 5 advmod
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 5 cop
stoffet stof NOUN Definite=Def|Gender=Neut|Number=Sing 5 nsubj
mere mere ADV Degree=Cmp 5 advmod
giftigt giftig ADJ Degree=Pos 0 root SpaceAfter=No
. . PUNCT _ 5 punct
"""


def _why(conllu: str) -> dict[str, QuestionDraft]:
    analysis = analysis_from_text(INTRO + conllu)
    ctx = GenerationContext(analysis, (), extract_facts(analysis), Config())
    return {d.prompt: d for d in drafts(ctx) if d.asks == "why"}


def test_questions_why_so_with_a_modal_is_a_purpose() -> None:
    found = _why(SO_THAT)
    assert found["Hvorfor bar læreren en taske?"].answer == "så han kunne skifte"


def test_questions_why_so_without_a_modal_is_a_result() -> None:
    found = _why(RESULT)
    draft = found["Hvorfor får Anna at høre, at der er plads?"]
    assert draft.answer == "fordi der er travlt på gangen"
    assert "der er travlt på gangen" in draft.accepted


def test_questions_why_so_then_is_no_reason() -> None:
    assert _why(THEN) == {}


def test_questions_why_and_therefore_takes_the_clause_it_is_joined_to() -> None:
    found = _why(AND_THEREFORE)
    assert [d.answer for d in found.values()] == ["fordi stoffet er giftigt"]
    assert "Hvorfor bliver flasken låst inde?" in found


def test_questions_why_reason_in_subordinate_order() -> None:
    s = sentence(FRONTED)
    (clause,) = clauses(s, GRAMMAR)
    assert subordinate_order(clause, clause_ids(clause)) == "stoffet er mere giftigt"


# the reason hangs in the reported clause: it is why they lie awake, not why they answer
REPORTED = """
Eleven elev NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
svarer svare VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root SpaceAfter=No
, , PUNCT _ 7 punct
at at SCONJ _ 7 mark
de de PRON Case=Nom|Number=Plur|Person=3|PronType=Prs 7 nsubj
ofte ofte ADV _ 7 advmod
ligger ligge VERB Mood=Ind|Tense=Pres|VerbForm=Fin 2 obj
vågne vågen ADJ Degree=Pos 7 xcomp
på på ADP _ 12 case
grund grund NOUN _ 12 fixed
af af ADP _ 12 fixed
skærmen skærm NOUN Definite=Def|Gender=Com|Number=Sing 7 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""


def test_questions_why_reason_of_a_reported_clause_is_not_the_reporters() -> None:
    assert not any(p.startswith("Hvorfor svarer") for p in _why(REPORTED))
