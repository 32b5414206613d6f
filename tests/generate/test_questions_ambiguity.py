"""Questions the rest of the text makes ambiguous or vague (issue 14, review of unseen
text): a "hvem" whose predicate another sentence states of a second person, and a
general answer whose examples the next sentence lists."""

from __future__ import annotations

from analysis_builders import INTRO, analysis_from_text

from quizgen.config.schema import Config
from quizgen.extract.facts import extract_facts
from quizgen.generate.context import GenerationContext
from quizgen.generate.questions import QuestionDraft, drafts
from quizgen.generate.questions.ambiguity import place_answer


def _found(conllu: str) -> dict[str, str]:
    analysis = analysis_from_text(INTRO + conllu)
    ctx = GenerationContext(analysis, (), extract_facts(analysis), Config())
    return {d.prompt: d.answer for d in drafts(ctx)}


# "Jonas Berg malede huset i 2019." / "Også Mia Holm malede et hus det år."
PAINTED = """
Jonas Jonas PROPN _ 3 nsubj Ent=B-PER
Berg Berg PROPN _ 1 flat Ent=I-PER
malede male VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
huset hus NOUN Definite=Def|Gender=Neut|Number=Sing 3 obj
i i ADP _ 6 case
2019 2019 NUM NumType=Card 3 obl SpaceAfter=No
. . PUNCT _ 3 punct
"""

ALSO_PAINTED = """
Også også ADV _ 4 advmod
Mia Mia PROPN _ 4 nsubj Ent=B-PER
Holm Holm PROPN _ 2 flat Ent=I-PER
malede male VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
et en DET Gender=Neut|Number=Sing|PronType=Ind 6 det
hus hus NOUN Definite=Ind|Gender=Neut|Number=Sing 4 obj
det den DET Gender=Neut|Number=Sing|PronType=Dem 8 det
år år NOUN Definite=Ind|Gender=Neut|Number=Sing 4 obl:tmod SpaceAfter=No
. . PUNCT _ 4 punct
"""

ALSO_SLEPT = ALSO_PAINTED.replace("malede male", "sov sove")


def test_questions_ambiguity_who_question_also_said_of_another_person_is_refused() -> None:
    found = _found(PAINTED + "\n" + ALSO_PAINTED)
    assert not any(p.startswith("Hvem malede huset") for p in found)
    # another predicate: one person fits
    kept = _found(PAINTED + "\n" + ALSO_SLEPT)
    assert kept.get("Hvem malede huset i 2019?") == "Jonas Berg"


# "Klubben tilbyder hver uge forskellige aktiviteter." / "Det kunne fx være svømning og
# tennis."
OFFERS = """
Klubben klub NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
tilbyder tilbyde VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
hver hver DET _ 4 det
uge uge NOUN Definite=Ind|Gender=Com|Number=Sing 2 obl:tmod
forskellige forskellig ADJ Degree=Pos|Number=Plur 6 amod
aktiviteter aktivitet NOUN Definite=Ind|Gender=Com|Number=Plur 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""

EXAMPLES = """
Det det PRON Gender=Neut|Number=Sing|PronType=Prs 4 nsubj
kunne kunne AUX Mood=Ind|Tense=Past|VerbForm=Fin 4 aux
fx fx ADV _ 4 advmod
være være VERB VerbForm=Inf 0 root
svømning svømning NOUN Definite=Ind|Gender=Com|Number=Sing 4 obj
og og CCONJ _ 7 cc
tennis tennis NOUN Definite=Ind|Gender=Com|Number=Sing 5 conj SpaceAfter=No
. . PUNCT _ 4 punct
"""


def test_questions_ambiguity_general_answer_spelled_out_next_is_not_asked() -> None:
    found = _found(OFFERS + "\n" + EXAMPLES)
    assert "forskellige aktiviteter" not in found.values()
    alone = _found(OFFERS + "\n" + PAINTED)
    assert "forskellige aktiviteter" in alone.values()


# "Familien flyttede til Brande i 2010." / "Brande vandt prisen som årets by." with the
# town tagged a person in the second sentence
MOVED = """
Familien familie NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
flyttede flytte VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
til til ADP _ 4 case
Brande Brande PROPN _ 2 obl Ent=B-LOC
i i ADP _ 6 case
2010 2010 NUM NumType=Card 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""

TOWN_WON = """
Brande Brande PROPN _ 2 nsubj Ent=B-PER
vandt vinde VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
prisen pris NOUN Definite=Def|Gender=Com|Number=Sing 2 obj
som som ADP _ 6 case
årets år NOUN Definite=Def|Gender=Neut|Number=Sing 6 nmod:poss
by by NOUN Definite=Ind|Gender=Com|Number=Sing 3 nmod SpaceAfter=No
. . PUNCT _ 2 punct
"""


def test_questions_ambiguity_name_tagged_a_place_elsewhere_answers_no_who() -> None:
    found = _found(MOVED + "\n" + TOWN_WON)
    assert not any(p.startswith("Hvem") and a == "Brande" for p, a in found.items())


# "Brandes borgmester holdt en tale." with the genitive of the town tagged a place
SPEECH = """
Brandes Brande PROPN _ 2 nmod:poss Ent=B-LOC
borgmester borgmester NOUN Definite=Ind|Gender=Com|Number=Sing 3 nsubj
holdt holde VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
en en DET Gender=Com|Number=Sing|PronType=Ind 5 det
tale tale NOUN Definite=Ind|Gender=Com|Number=Sing 3 obj SpaceAfter=No
. . PUNCT _ 3 punct
"""


def test_questions_ambiguity_a_person_of_a_place_stays_a_who_answer() -> None:
    # CDT: "Hvem ...? -> Italiens nyvalgte præsident" went when only the capitalised
    # word was looked at
    analysis = analysis_from_text(INTRO + MOVED + "\n" + SPEECH)
    town = QuestionDraft("Hvem vandt prisen?", "Brande", (), "who", 2, (0,), "PER", 1.0)
    mayor = QuestionDraft("Hvem vandt prisen?", "Brandes borgmester", (), "who", 2, (0, 1), "", 1.0)
    assert place_answer(analysis, town)
    assert not place_answer(analysis, mayor)
