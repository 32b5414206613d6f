"""Question precision, second part (issue 14, review of unseen text): a stance phrase
tagged as a noun subject is no answer; a name behind "fra" after a person is that
person's town, not a "hvem" answer."""

from __future__ import annotations

from analysis_builders import INTRO, analysis_from_text, sentence

from quizgen.config.schema import Config
from quizgen.extract.facts import extract_facts
from quizgen.generate.context import GenerationContext
from quizgen.generate.questions import drafts
from quizgen.generate.questions.precision import adverbial_answer
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar


def _found(conllu: str) -> dict[str, str]:
    analysis = analysis_from_text(INTRO + conllu)
    ctx = GenerationContext(analysis, (), extract_facts(analysis), Config())
    return {d.prompt: d.answer for d in drafts(ctx)}


# "Helt ærligt blev bilen købt af en nabo." with "ærligt" read as a noun subject
FRANKLY_NOUN = """
Helt helt ADV Degree=Pos 2 advmod
ærligt ærligt NOUN Definite=Def|Gender=Neut|Number=Sing 5 nsubj
blev blive AUX Mood=Ind|Tense=Past|VerbForm=Fin 5 aux
bilen bil NOUN Definite=Def|Gender=Com|Number=Sing 5 nsubj
købt købe VERB Tense=Past|VerbForm=Part 0 root
af af ADP _ 8 case
en en DET Gender=Com|Number=Sing|PronType=Ind 8 det
nabo nabo NOUN Definite=Ind|Gender=Com|Number=Sing 5 obl SpaceAfter=No
. . PUNCT _ 5 punct
"""


def test_questions_precision2_degree_adverb_phrase_read_as_noun_is_no_answer() -> None:
    found = _found(FRANKLY_NOUN)
    assert "helt ærligt" not in found.values()
    assert not any(p.startswith("Hvad blev bilen") for p in found)


def test_questions_precision2_degree_phrase_without_second_subject() -> None:
    # the same phrase as an object: "helt" before a word the lexicon calls an
    # adjective makes it an adverbial whatever the tagger says
    s = sentence(FRANKLY_NOUN.replace("5 nsubj\nblev", "5 obj\nblev"))
    assert adverbial_answer(s, {0, 1}, GRAMMAR)
    # a noun with its article stays an answer: "den nye nabo"
    assert not adverbial_answer(s, {6, 7}, GRAMMAR)


def test_questions_precision2_two_subjects_refuse_the_first() -> None:
    s = sentence(FRANKLY_NOUN.replace("Helt helt ADV Degree=Pos 2 advmod", "Så så ADV _ 5 advmod"))
    assert adverbial_answer(s, {1}, GRAMMAR)
    # the subject after the verb is the one the parse got right
    assert not adverbial_answer(s, {3}, GRAMMAR)


# "Senere mødte vi Hanne fra Tarm, der er 52 år." with the town tagged a person
TOWN_AFTER_NAME = """
Senere senere ADV _ 2 advmod
mødte møde VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
vi vi PRON Case=Nom|Number=Plur|Person=1|PronType=Prs 2 nsubj
Hanne Hanne PROPN _ 2 obj Ent=B-PER
fra fra ADP _ 6 case
Tarm Tarm PROPN _ 2 obl Ent=B-PER|SpaceAfter=No
, , PUNCT _ 6 punct
der der PRON _ 12 nsubj
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 12 cop
52 52 NUM NumType=Card 11 nummod
år år NOUN Definite=Ind|Gender=Neut|Number=Plur 12 obl
gammel gammel ADJ Degree=Pos|Number=Sing 6 acl:relcl SpaceAfter=No
. . PUNCT _ 2 punct
"""


def test_questions_precision2_town_behind_a_name_answers_no_who_question() -> None:
    found = _found(TOWN_AFTER_NAME)
    assert "Tarm" not in found.values()
    assert not any(p.startswith(("Hvem er 52", "Hvad er 52")) for p in found)
