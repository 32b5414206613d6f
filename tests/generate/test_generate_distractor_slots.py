"""Gaps that other words cannot fill on grammar get no word distractors, and the
distractors that are made are real forms of words that stand alone."""

from __future__ import annotations

import random

from analysis_builders import analysis_from_text

from quizgen.analysis import Analysis, Token
from quizgen.generate.grammar import distractors as d
from quizgen.generate.grammar.distractor_slots import (
    bare_singular,
    closed_slot,
    countable,
    human,
    overlapping_times,
    spans_time,
    timed,
)
from quizgen.generate.grammar.word_forms import inflect_like, lemma_of, related, wanted_form
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar

# Our own sentence: article nouns of both genders and numbers for distractors.
WORDS = """
Skolen skole NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
har have VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
et en DET Gender=Neut|Number=Sing|PronType=Art 5 det
stort stor ADJ Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing 5 amod
hus hus NOUN Definite=Ind|Gender=Neut|Number=Sing 2 obj
, , PUNCT _ 8 punct
en en DET Gender=Com|Number=Sing|PronType=Art 8 det
bil bil NOUN Definite=Ind|Gender=Com|Number=Sing 5 conj
, , PUNCT _ 11 punct
gode god ADJ Degree=Pos|Number=Plur 11 amod
bøger bog NOUN Definite=Ind|Gender=Com|Number=Plur 5 conj
og og CCONJ _ 13 cc
en en DET Gender=Com|Number=Sing|PronType=Art 14 det
stol stol NOUN Definite=Ind|Gender=Com|Number=Sing 5 conj SpaceAfter=No
. . PUNCT _ 2 punct
"""


def _article(first: str) -> Analysis:
    return analysis_from_text(first.strip() + "\n\n" + WORDS.strip())


def _answer(analysis: Analysis, text: str) -> Token:
    return next(t for t in analysis.sentences[0].tokens if t.text == text)


def test_distractor_slots_bare_singular_count_noun_is_a_fixed_phrase() -> None:
    # "fik han besked på": the old options "ambulance", "hoveddør" failed on grammar.
    analysis = _article(
        """
Hun hun PRON Case=Nom|Gender=Com|Number=Sing|PronType=Prs 2 nsubj
fik få VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
besked besked NOUN Definite=Ind|Gender=Com|Number=Sing 2 obj
på på ADP _ 2 compound:prt SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    token = _answer(analysis, "besked")
    assert bare_singular(analysis.sentences[0], token) and countable("besked")
    assert closed_slot(token, analysis.sentences[0], GRAMMAR)
    assert d.word_options(token, analysis, random.Random(0)) == []


def test_distractor_slots_bare_mass_noun_takes_only_mass_nouns() -> None:
    # "Der var [...] overhovedet": "panik" has no plural; "bil" would fail on grammar.
    analysis = _article(
        """
Der der ADV _ 2 expl
var være VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
panik panik NOUN Definite=Ind|Gender=Com|Number=Sing 2 nsubj
overhovedet overhovedet ADV _ 2 advmod SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    token = _answer(analysis, "panik")
    assert not countable("panik") and not closed_slot(token, analysis.sentences[0], GRAMMAR)
    options = d.word_options(token, analysis, random.Random(0))
    assert "bil" not in options and "stol" not in options
    assert all(not countable(o) for o in options), options


def test_distractor_slots_article_word_in_a_fixed_phrase_is_no_option() -> None:
    # "gå glip af": "glip" is no noun that stands alone, and was offered ("Ved [...]").
    analysis = _article(
        """
Vi vi PRON Case=Nom|Number=Plur|PronType=Prs 2 nsubj
købte købe VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
en en DET Gender=Com|Number=Sing|PronType=Art 4 det
lampe lampe NOUN Definite=Ind|Gender=Com|Number=Sing 2 obj
for for ADP _ 6 mark
ikke ikke ADV _ 7 advmod
at at PART _ 7 mark
gå gå VERB VerbForm=Inf 2 advcl
glip glip NOUN Definite=Ind|Gender=Neut|Number=Sing 7 obj
af af ADP _ 7 compound:prt SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    options = d.word_options(_answer(analysis, "lampe"), analysis, random.Random(0))
    assert options and "glip" not in options


def test_distractor_slots_adverb_before_a_noun_means_a_misread_class() -> None:
    analysis = _article(
        """
Det det PRON Gender=Neut|Number=Sing|PronType=Prs 2 nsubj
bliver blive VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
helt helt ADV _ 4 advmod
mørke mørke NOUN Definite=Ind|Gender=Neut|Number=Sing 2 xcomp SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    token = _answer(analysis, "mørke")
    assert closed_slot(token, analysis.sentences[0], GRAMMAR)
    assert d.word_options(token, analysis, random.Random(0)) == []


def test_distractor_slots_adjective_after_a_determiner_stands_for_a_noun() -> None:
    # "efter noget helt [...]": "godt", "skarpt" fit as well as "specielt".
    analysis = _article(
        """
Hun hun PRON Case=Nom|Gender=Com|Number=Sing|PronType=Prs 2 nsubj
søger søge VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
noget nogen DET Gender=Neut|Number=Sing|PronType=Ind 5 det
helt helt ADV _ 5 advmod
specielt speciel ADJ Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    token = _answer(analysis, "specielt")
    assert closed_slot(token, analysis.sentences[0], GRAMMAR)


def test_distractor_slots_a_period_of_time_takes_words_of_time() -> None:
    # "i [...] 2018-2019": only "skoleåret" was a period among "træet", "metallet".
    assert timed("skoleår", GRAMMAR) and timed("uge", GRAMMAR) and timed("hverdag", GRAMMAR)
    assert not timed("sår", GRAMMAR) and not timed("hår", GRAMMAR)
    assert not timed("bil", GRAMMAR)
    analysis = _article(
        """
Hun hun PRON Case=Nom|Gender=Com|Number=Sing|PronType=Prs 2 nsubj
gik gå VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
i i ADP _ 4 case
skoleåret skoleår NOUN Definite=Def|Gender=Neut|Number=Sing 2 obl
2019 2019 NUM _ 4 nmod SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    options = d.word_options(_answer(analysis, "skoleåret"), analysis, random.Random(0))
    assert options and "huset" not in options
    assert all(timed(lemma_of(o, "NOUN") or o, GRAMMAR) for o in options), options
    assert spans_time("uge", GRAMMAR) and not spans_time("jul", GRAMMAR)
    assert not spans_time("klokke", GRAMMAR)
    # Mondays are weekdays: "på [...]" (hverdage) cannot offer "mandage".
    assert overlapping_times("mandag", "hverdag", GRAMMAR)
    assert not overlapping_times("nat", "hverdag", GRAMMAR)


def test_distractor_slots_definite_singular_of_lille_is_lille() -> None:
    # "i den [...] verden": the old option "små" is plural.
    analysis = _article(
        """
Den den DET Gender=Com|Number=Sing|PronType=Dem 3 det
vestlige vestlig ADJ Definite=Def|Degree=Pos|Number=Sing 3 amod
verden verden NOUN Definite=Ind|Gender=Com|Number=Sing 4 nsubj
er være VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
stor stor ADJ Definite=Ind|Degree=Pos|Gender=Com|Number=Sing 4 xcomp SpaceAfter=No
. . PUNCT _ 4 punct
"""
    )
    wanted = wanted_form(_answer(analysis, "vestlige"), analysis.sentences[0])
    assert wanted is not None
    assert inflect_like("lille", wanted) == "lille"
    assert inflect_like("stor", wanted) == "store"


def test_distractor_slots_homographs_inflected_apart_give_no_option() -> None:
    # "legaten" and "domen" are no words: "legat" is neuter here, "dom" is "dommen".
    analysis = _article(
        """
Skriften skrift NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
er være VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
lille lille ADJ Definite=Ind|Degree=Pos|Gender=Com|Number=Sing 2 xcomp SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    wanted = wanted_form(_answer(analysis, "Skriften"), analysis.sentences[0])
    assert wanted is not None and wanted.gender == ("Com",)
    assert inflect_like("legat", wanted) is None
    assert inflect_like("dom", wanted) is None
    assert inflect_like("bil", wanted) == "bilen"


def test_distractor_slots_words_sharing_a_synonym_are_related() -> None:
    from quizgen.lang.da.lexicon import lexicon

    lex = lexicon()
    word = next(w for w in ("marsk", "kyst", "bil", "hus") if len(lex.synonyms(w)) >= 2)
    first, second = lex.synonyms(word)[:2]
    shares = set(lex.synonyms(first)) & set(lex.synonyms(second))
    assert related(first, second) or not shares
    assert related(word, first)


def test_distractor_slots_two_definite_forms_take_the_wanted_gender() -> None:
    # "problemer med [...]" (fundamentet): the lexicon lists "bogstaven" beside
    # "bogstavet", and "bogstaven" was offered.
    analysis = _article(
        """
Huset hus NOUN Definite=Def|Gender=Neut|Number=Sing 2 nsubj
er være VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
stort stor ADJ Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing 2 xcomp SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    wanted = wanted_form(_answer(analysis, "Huset"), analysis.sentences[0])
    assert wanted is not None and wanted.gender == ("Neut",)
    assert inflect_like("bogstav", wanted) == "bogstavet"


def test_distractor_slots_bare_word_of_time_takes_words_of_time() -> None:
    # "Onsdag er der [...]" (hviledag): a word of time stands bare, and so do others.
    analysis = _article(
        """
Onsdag onsdag NOUN Definite=Ind|Gender=Com|Number=Sing 2 obl
er være VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
der der ADV _ 2 expl
hviledag hviledag NOUN Definite=Ind|Gender=Com|Number=Sing 2 nsubj SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    token = _answer(analysis, "hviledag")
    assert not closed_slot(token, analysis.sentences[0], GRAMMAR)
    options = d.word_options(token, analysis, random.Random(0))
    assert options and "bil" not in options
    assert all(timed(lemma_of(o, "NOUN") or o, GRAMMAR) for o in options), options


def test_distractor_slots_people_by_the_thesaurus() -> None:
    # "havde vi lukket [...]" (porten) offered "vagten": a person for a thing.
    assert human("lærer") and human("journalist") and human("ambulanceredder")
    assert not human("telefon") and not human("bil")
    # "slag" is listed under "tid" (a round): no word of time.
    assert not timed("slag", GRAMMAR)
