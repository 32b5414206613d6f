"""Wrong options that could be right in this sentence of this text are refused: a word on
the answer's stem or a stem of its sentence, a describing adjective, and an adjective
the text says of something the sentence speaks of."""

from __future__ import annotations

import random

from analysis_builders import analysis_from_text

from quizgen.analysis import Analysis, Token
from quizgen.generate.grammar import distractors as d
from quizgen.generate.grammar.distractor_fit import (
    echoes,
    general,
    imperative_noun,
    joined_adjectives,
    unlisted,
)
from quizgen.generate.grammar.distractor_slots import descriptive

# Our own sentences: article nouns of both genders to make options of.
NOUNS = """
Byrådene byråd NOUN Definite=Def|Gender=Neut|Number=Plur 2 nsubj
købte købe VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
et en DET Gender=Neut|Number=Sing|PronType=Art 4 det
hus hus NOUN Definite=Ind|Gender=Neut|Number=Sing 2 obj
, , PUNCT _ 7 punct
et en DET Gender=Neut|Number=Sing|PronType=Art 7 det
træ træ NOUN Definite=Ind|Gender=Neut|Number=Sing 4 conj
, , PUNCT _ 10 punct
et en DET Gender=Neut|Number=Sing|PronType=Art 10 det
skib skib NOUN Definite=Ind|Gender=Neut|Number=Sing 4 conj
og og CCONJ _ 13 cc
et en DET Gender=Neut|Number=Sing|PronType=Art 13 det
bibliotek bibliotek NOUN Definite=Ind|Gender=Neut|Number=Sing 4 conj SpaceAfter=No
. . PUNCT _ 2 punct
"""

ELECTION = """
Partiet parti NOUN Definite=Def|Gender=Neut|Number=Sing 2 nsubj
tabte tabe VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
byrådsvalget byrådsvalg NOUN Definite=Def|Gender=Neut|Number=Sing 2 obj
i i ADP _ 5 case
år år NOUN Definite=Ind|Gender=Neut|Number=Sing 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""

COLLECTION = """
Museet museum NOUN Definite=Def|Gender=Neut|Number=Sing 2 nsubj
viser vise VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
en en DET Gender=Com|Number=Sing|PronType=Art 5 det
regional regional ADJ Definite=Ind|Degree=Pos|Gender=Com|Number=Sing 5 amod
samling samling NOUN Definite=Ind|Gender=Com|Number=Sing 2 obj SpaceAfter=No
. . PUNCT _ 2 punct

Samlingerne samling NOUN Definite=Def|Gender=Com|Number=Plur 3 nsubj
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 3 cop
nordiske nordisk ADJ Degree=Pos|Number=Plur 0 root SpaceAfter=No
. . PUNCT _ 3 punct

Et en DET Gender=Neut|Number=Sing|PronType=Art 3 det
amerikansk amerikansk ADJ Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing 3 amod
firma firma NOUN Definite=Ind|Gender=Neut|Number=Sing 5 nsubj
har have VERB Mood=Ind|Tense=Pres|VerbForm=Fin 5 aux
betalt betale VERB Tense=Past|VerbForm=Part 0 root
to to NUM _ 8 nummod
fantastiske fantastisk ADJ Degree=Pos|Number=Plur 8 amod
montrer montre NOUN Definite=Ind|Gender=Com|Number=Plur 5 obj SpaceAfter=No
. . PUNCT _ 5 punct
"""


def _answer(analysis: Analysis, text: str) -> Token:
    return next(t for t in analysis.sentences[0].tokens if t.text == text)


def test_distractor_fit_stem_of_the_answer_or_its_sentence_echoes() -> None:
    assert echoes("byråd", "byrådsvalg", frozenset())
    assert echoes("løg", "løgstykke", frozenset())
    assert echoes("ministerbil", "kontor", frozenset({"ministerium"}))
    assert not echoes("bibliotek", "byrådsvalg", frozenset({"parti", "tabe", "år"}))
    assert not echoes("is", "tid", frozenset({"isbjørn"}))  # too short to be a stem


def test_distractor_fit_first_part_of_the_answers_compound_is_no_option() -> None:
    # "tabte [byrådsvalget]": "byrådet" names a part of the same thing, and was offered.
    analysis = analysis_from_text(ELECTION.strip() + "\n\n" + NOUNS.strip())
    options = d.word_options(_answer(analysis, "byrådsvalget"), analysis, random.Random(0))
    assert "byrådet" not in options
    assert "biblioteket" in options


def test_distractor_fit_describing_adjectives() -> None:
    assert descriptive("fantastisk") and descriptive("spændende") and descriptive("imponerende")
    assert not descriptive("nordisk") and not descriptive("teknisk")
    assert not descriptive("politisk") and not descriptive("amerikansk")


def test_distractor_fit_adjective_said_of_the_same_thing_is_no_option() -> None:
    # "en [regional] samling": the text calls the collections "nordiske" in another
    # sentence, so that option may be true; "fantastisk" describes, and may be true too.
    analysis = analysis_from_text(COLLECTION)
    options = d.word_options(_answer(analysis, "regional"), analysis, random.Random(0))
    assert "nordisk" not in options
    assert "fantastisk" not in options
    # Said of another thing (a building), it is a wrong option like any other.
    elsewhere = COLLECTION.replace("Samlingerne samling", "Bygningerne bygning")
    analysis = analysis_from_text(elsewhere)
    options = d.word_options(_answer(analysis, "regional"), analysis, random.Random(0))
    assert "nordisk" in options


def test_distractor_fit_noun_spelt_like_an_imperative_in_an_unused_form() -> None:
    # "fortsæt" is listed as a noun; "fortsættet" was offered beside "flertallet".
    assert imperative_noun("fortsæt", "fortsættet", "da")
    assert not imperative_noun("løb", "løbet", "da")  # a noun in use
    assert not imperative_noun("bibliotek", "biblioteket", "da")


def test_distractor_fit_general_noun_may_name_the_answers_thing() -> None:
    # "set fra [hotellet]": "stedet" says the same of the hotel, and was offered.
    assert general("sted") and general("situation")
    assert not general("bil") and not general("bibliotek")
    analysis = analysis_from_text(
        ELECTION.strip() + "\n\n" + NOUNS.strip().replace("skib skib", "sted sted")
    )
    options = d.word_options(_answer(analysis, "byrådsvalget"), analysis, random.Random(0))
    assert "stedet" not in options and "biblioteket" in options


def test_distractor_fit_english_word_or_unused_form_is_no_listed_option() -> None:
    # "fiction" (English) and "træede" (a form no one writes) came from the frequency list.
    assert unlisted("fiction", "fiction", "NOUN", "da")
    assert unlisted("game", "game", "NOUN", "da")
    assert unlisted("træede", "træet", "ADJ", "da")
    assert not unlisted("norske", "norsk", "ADJ", "da")
    assert not unlisted("lykke", "lykke", "NOUN", "da")


def test_distractor_fit_two_joined_adjectives_get_no_single_word_options() -> None:
    # "det [grøn-hvide] flag": the only hyphenated option is the answer.
    analysis = analysis_from_text(
        """
Klubben klub NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
hejste hejse VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
det den DET Gender=Neut|Number=Sing|PronType=Art 5 det
grønne-hvide grøn-hvid ADJ Definite=Def|Degree=Pos|Number=Sing 5 amod
flag flag NOUN Definite=Ind|Gender=Neut|Number=Sing 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""
        + "\n"
        + COLLECTION
    )
    token = _answer(analysis, "grønne-hvide")
    assert joined_adjectives(token)
    assert d.word_options(token, analysis, random.Random(0)) == []
    planned = Token(i=0, text="ikke-planlagte", lemma="ikke-planlagt", pos="ADJ")
    assert not joined_adjectives(planned)  # "ikke" is no adjective
