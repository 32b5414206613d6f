"""Distractors that may be true in their sentence are refused: words the text uses in
the answer's company, other descriptions of a gradable adjective, other names for a
thing a pronoun points back to, and words of time for a word that is more than one."""

from __future__ import annotations

import random

from analysis_builders import analysis_from_text

from quizgen.analysis import Analysis, Token
from quizgen.generate.grammar import distractors as d
from quizgen.generate.grammar.distractor_frames import frame, shares_frame
from quizgen.generate.grammar.distractor_slots import (
    closed_slot,
    gradable,
    human,
    place,
    possessive_slip,
    timed,
)
from quizgen.generate.grammar.word_forms import lemma_of
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar

# Our own sentences: nouns of the article for the distractors, one of them ("opgave")
# said of the public sector like the answer below.
WORDS = """
Kommunen kommune NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
fordeler fordele VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
opgaven opgave NOUN Definite=Def|Gender=Com|Number=Sing 2 obj
i i ADP _ 7 case
den den DET Gender=Com|Number=Sing|PronType=Art 7 det
kommunale kommunal ADJ Definite=Def|Degree=Pos|Number=Sing 7 amod
sektor sektor NOUN Definite=Ind|Gender=Com|Number=Sing 3 nmod
, , PUNCT _ 10 punct
mens mens SCONJ _ 10 mark
borgerne borger NOUN Definite=Def|Gender=Com|Number=Plur 11 nsubj
køber købe VERB Mood=Ind|Tense=Pres|VerbForm=Fin 2 advcl
en en DET Gender=Com|Number=Sing|PronType=Art 13 det
bil bil NOUN Definite=Ind|Gender=Com|Number=Sing 11 obj
, , PUNCT _ 15 punct
en en DET Gender=Com|Number=Sing|PronType=Art 16 det
stol stol NOUN Definite=Ind|Gender=Com|Number=Sing 13 conj
og og CCONJ _ 18 cc
en en DET Gender=Com|Number=Sing|PronType=Art 19 det
lampe lampe NOUN Definite=Ind|Gender=Com|Number=Sing 13 conj
og og CCONJ _ 20 cc
en en DET Gender=Com|Number=Sing|PronType=Art 21 det
vase vase NOUN Definite=Ind|Gender=Com|Number=Sing 13 conj SpaceAfter=No
. . PUNCT _ 2 punct
"""

# "Strukturen i den kommunale sektor har betydning."
STRUCTURE = """
Strukturen struktur NOUN Definite=Def|Gender=Com|Number=Sing 6 nsubj
i i ADP _ 5 case
den den DET Gender=Com|Number=Sing|PronType=Art 5 det
kommunale kommunal ADJ Definite=Def|Degree=Pos|Number=Sing 5 amod
sektor sektor NOUN Definite=Ind|Gender=Com|Number=Sing 1 nmod
har have VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
betydning betydning NOUN Definite=Ind|Gender=Com|Number=Sing 6 obj SpaceAfter=No
. . PUNCT _ 6 punct
"""


def _article(first: str) -> Analysis:
    return analysis_from_text(first.strip() + "\n\n" + WORDS.strip())


def _answer(analysis: Analysis, text: str) -> Token:
    return next(t for t in analysis.sentences[0].tokens if t.text == text)


def test_distractor_frames_word_the_text_says_of_the_same_thing_is_refused() -> None:
    # "den nye [ordning] i den kommunale sektor": "reglerne for den kommunale sektor"
    # elsewhere in the text was offered, and may be right.
    analysis = _article(STRUCTURE)
    token = _answer(analysis, "Strukturen")
    around = frame(analysis.sentences[0], token)
    assert "sektor" in around and "have" not in around  # a light verb is no frame
    assert shares_frame("opgaven", "opgave", around, analysis)
    assert not shares_frame("bilen", "bil", around, analysis)
    options = d.word_options(token, analysis, random.Random(0))
    assert "opgaven" not in options
    assert {"bilen", "stolen", "lampen"} & set(options), options


def test_distractor_frames_demonstrative_noun_names_a_thing_mentioned_before() -> None:
    # "Denne [tredeling] må vi gå i gang med": "forbedring", said before, fits as well.
    analysis = _article(
        """
Denne denne DET Gender=Com|Number=Sing|PronType=Dem 2 det
tredeling tredeling NOUN Definite=Ind|Gender=Com|Number=Sing 4 obj
må måtte AUX Mood=Ind|Tense=Pres|VerbForm=Fin 4 aux
begynde begynde VERB VerbForm=Inf 0 root
vi vi PRON Case=Nom|Number=Plur|PronType=Prs 4 nsubj SpaceAfter=No
. . PUNCT _ 4 punct
"""
    )
    token = _answer(analysis, "tredeling")
    assert closed_slot(token, analysis.sentences[0], GRAMMAR)
    assert d.word_options(token, analysis, random.Random(0)) == []


def test_distractor_frames_predicate_of_a_pronoun_names_a_thing_mentioned_before() -> None:
    # "Det er to forskellige [søgemaskiner]": the text also calls them
    # "brugergrænseflader".
    analysis = _article(
        """
Det det PRON Gender=Neut|Number=Sing|PronType=Prs 5 nsubj
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 5 cop
to to NUM _ 5 nummod
forskellige forskellig ADJ Degree=Pos|Number=Plur 5 amod
søgemaskiner søgemaskine NOUN Definite=Ind|Gender=Com|Number=Plur 0 root SpaceAfter=No
. . PUNCT _ 5 punct
"""
    )
    token = _answer(analysis, "søgemaskiner")
    assert closed_slot(token, analysis.sentences[0], GRAMMAR)


def test_distractor_frames_gradable_adjective_is_a_description() -> None:
    # "reddernes [rolige] måde": "gode", "glade" may be true as well.
    assert gradable("rolig") and gradable("god") and not gradable("politisk")
    analysis = _article(
        """
Redderne redder NOUN Definite=Def|Gender=Com|Number=Plur 4 nsubj
havde have VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
en en DET Gender=Com|Number=Sing|PronType=Art 4 det
rolig rolig ADJ Definite=Ind|Degree=Pos|Gender=Com|Number=Sing 5 amod
måde måde NOUN Definite=Ind|Gender=Com|Number=Sing 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    token = _answer(analysis, "rolig")
    assert closed_slot(token, analysis.sentences[0], GRAMMAR)
    assert d.word_options(token, analysis, random.Random(0)) == []


def test_distractor_frames_classifying_adjective_gets_no_descriptions() -> None:
    # "den [politiske] debat": "vigtige", "rigtige" describe, and may be true.
    analysis = _article(
        """
Den den DET Gender=Com|Number=Sing|PronType=Art 3 det
politiske politisk ADJ Definite=Def|Degree=Pos|Number=Sing 3 amod
debat debat NOUN Definite=Ind|Gender=Com|Number=Sing 4 nsubj
fortsætter fortsætte VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root SpaceAfter=No
. . PUNCT _ 4 punct
"""
    )
    token = _answer(analysis, "politiske")
    options = d.word_options(token, analysis, random.Random(0))
    assert options
    assert not any(gradable(o.removesuffix("e")) or gradable(o) for o in options), options


def test_distractor_frames_a_state_that_lasts_is_no_word_of_time() -> None:
    # "hun fik råd under sin [graviditet]": weekdays were offered, as if the
    # word were a time ("periode" beside "helbredstilstand" in the thesaurus).
    assert not timed("graviditet", GRAMMAR)
    assert timed("semester", GRAMMAR) and timed("skoleår", GRAMMAR)
    assert timed("weekend", GRAMMAR) and timed("hverdag", GRAMMAR)


def test_distractor_frames_plain_possessive_beside_a_reflexive_is_a_source_slip() -> None:
    # "styrkede den sin position med dens [institutioner]": "dens" should be "sine".
    slip = """
Byen by NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
styrkede styrke VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
sin sin DET Gender=Com|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs|Reflex=Yes 4 det
position position NOUN Definite=Ind|Gender=Com|Number=Sing 2 obj
med med ADP _ 7 case
dens dens DET Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs 7 det
institutioner institution NOUN Definite=Ind|Gender=Com|Number=Plur 4 nmod SpaceAfter=No
. . PUNCT _ 2 punct
"""
    assert possessive_slip(_article(slip).sentences[0])
    right = slip.replace(
        "dens dens DET Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs",
        "sine sin DET Number=Plur|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs|Reflex=Yes",
    )
    assert not possessive_slip(_article(right).sentences[0])
    # Another clause's owner may be someone else: "Han siger, at hans bil er væk" is fine.
    other = """
Han han PRON Case=Nom|Gender=Com|Number=Sing|Person=3|PronType=Prs 2 nsubj
tog tage VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
sin sin DET Gender=Com|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs|Reflex=Yes 4 det
jakke jakke NOUN Definite=Ind|Gender=Com|Number=Sing 2 obj
, , PUNCT _ 9 punct
da da SCONJ _ 9 mark
hans hans DET Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs 8 det
bil bil NOUN Definite=Ind|Gender=Com|Number=Sing 9 nsubj
kom komme VERB Mood=Ind|Tense=Past|VerbForm=Fin 2 advcl SpaceAfter=No
. . PUNCT _ 2 punct
"""
    assert not possessive_slip(_article(other).sentences[0])


def test_distractor_frames_word_of_the_sentence_in_another_form_is_refused() -> None:
    # "studiepladserne er opdelt i to [kvoter]": "studiepladser" was offered.
    analysis = _article(
        """
Hun hun PRON Case=Nom|Gender=Com|Number=Sing|Person=3|PronType=Prs 2 nsubj
delte dele VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
i i ADP _ 5 case
to to NUM _ 5 nummod
kvoter kvote NOUN Definite=Ind|Gender=Com|Number=Plur 2 obl
, , PUNCT _ 9 punct
da da SCONJ _ 9 mark
opgaverne opgave NOUN Definite=Def|Gender=Com|Number=Plur 9 nsubj
voksede vokse VERB Mood=Ind|Tense=Past|VerbForm=Fin 2 advcl SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    options = d.word_options(_answer(analysis, "kvoter"), analysis, random.Random(0))
    assert "opgaver" not in options
    assert {"stole", "lamper", "vaser"} & set(options), options


def test_distractor_frames_place_after_a_preposition_of_place_wants_places() -> None:
    # "Hun boede i en lille [lejlighed]": "måde", "læser" made it obvious.
    analysis = _article(
        """
Hun hun PRON Case=Nom|Gender=Com|Number=Sing|Person=3|PronType=Prs 2 nsubj
boede bo VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
i i ADP _ 6 case
en en DET Gender=Com|Number=Sing|PronType=Art 6 det
lille lille ADJ Definite=Ind|Degree=Pos|Gender=Com|Number=Sing 6 amod
lejlighed lejlighed NOUN Definite=Ind|Gender=Com|Number=Sing 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    assert place("lejlighed", GRAMMAR) and not place("måde", GRAMMAR)
    options = d.word_options(_answer(analysis, "lejlighed"), analysis, random.Random(0))
    assert "bil" not in options and "stol" not in options
    assert len(options) >= 3, options  # the language's places when the article has few
    assert all(place(lemma_of(o, "NOUN") or o, GRAMMAR) for o in options), options


def test_distractor_frames_predicate_adjective_gets_no_options() -> None:
    # "Hun var stadig [stakåndet]": "biokemisk", "californisk" made it obvious.
    analysis = _article(
        """
Hun hun PRON Case=Nom|Gender=Com|Number=Sing|Person=3|PronType=Prs 4 nsubj
var være AUX Mood=Ind|Tense=Past|VerbForm=Fin 4 cop
stadig stadig ADV _ 4 advmod
stakåndet stakåndet ADJ Definite=Ind|Degree=Pos|Gender=Com|Number=Sing 0 root SpaceAfter=No
. . PUNCT _ 4 punct
"""
    )
    assert not gradable("stakåndet")
    token = _answer(analysis, "stakåndet")
    assert closed_slot(token, analysis.sentences[0], GRAMMAR)
    assert d.word_options(token, analysis, random.Random(0)) == []


def test_distractor_frames_doer_of_a_verb_is_a_person() -> None:
    # "De enlige [forsørgere]" had "brystvorter", "løsninger"; "en naiv [drømmer]" had
    # "hæl", "side": the thesaurus does not know either word, so no person was wanted.
    assert human("forsørger") and human("drømmer")
    assert not human("printer") and not human("fryser")  # things, by the thesaurus
    assert not human("sommer") and not human("bil")
