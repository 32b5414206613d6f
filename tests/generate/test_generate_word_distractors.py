"""Word distractors in the answer's exact form: number, definiteness and gender as the
sentence fixes them, real words of the answer's class, never related to the answer."""

from __future__ import annotations

import dataclasses
import random

from analysis_builders import analysis_from_text

from quizgen.analysis import Analysis, Token
from quizgen.generate.grammar import distractors as d
from quizgen.generate.grammar.word_forms import inflect_like, lemma_of, related, wanted_form
from quizgen.lang.da.lexicon import lexicon

# Our own sentences. The last one gives the article nouns and adjectives of both
# genders and numbers that the distractors are made from.
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
og og CCONJ _ 14 cc
mange mange ADJ Degree=Pos|Number=Plur 14 amod
lærere lærer NOUN Definite=Ind|Gender=Com|Number=Plur 5 conj
, , PUNCT _ 16 punct
fag fag NOUN Definite=Ind|Gender=Neut|Number=Plur 5 conj
og og CCONJ _ 18 cc
træer træ NOUN Definite=Ind|Gender=Neut|Number=Plur 5 conj SpaceAfter=No
. . PUNCT _ 2 punct
"""


def _article(first: str) -> Analysis:
    return analysis_from_text(first.strip() + "\n\n" + WORDS.strip())


def _answer(analysis: Analysis, text: str) -> Token:
    return next(t for t in analysis.sentences[0].tokens if t.text == text)


def _readings(form: str) -> set[str]:
    return {a.feats for a in lexicon().analyses(form) if a.pos == "NOUN"}


def test_word_distractors_plural_determiner_fixes_number_the_tagger_got_wrong() -> None:
    # "linjefag" is singular or plural; "De" makes it plural, the tagger said singular:
    # the old options were singular nouns of the article ("hus"), ruled out on grammar.
    analysis = _article(
        """
De den DET Number=Plur|PronType=Dem 3 det
nye ny ADJ Degree=Pos|Number=Plur 3 amod
linjefag linjefag NOUN Definite=Ind|Gender=Neut|Number=Sing 4 nsubj
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
svære svær ADJ Degree=Pos|Number=Plur 4 xcomp SpaceAfter=No
. . PUNCT _ 4 punct
"""
    )
    options = d.word_options(_answer(analysis, "linjefag"), analysis, random.Random(0))
    assert len(options) >= 3, options
    assert "hus" not in options and "bil" not in options
    for option in options:
        assert any("Number=Plur" in r and "Definite=Ind" in r for r in _readings(option)), option


def test_word_distractors_neuter_determiner_wants_a_neuter_noun() -> None:
    # "et stort [...]": common-gender nouns ("bil", "bog") are ruled out on grammar.
    analysis = _article(
        """
Byen by NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
fik få VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
et en DET Gender=Neut|Number=Sing|PronType=Art 5 det
stort stor ADJ Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing 5 amod
bibliotek bibliotek NOUN Definite=Ind|Gender=Neut|Number=Sing 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    token = _answer(analysis, "bibliotek")
    wanted = wanted_form(token, analysis.sentences[0])
    assert wanted is not None and wanted.gender == ("Neut",)
    assert inflect_like("bil", wanted) is None and inflect_like("træ", wanted) == "træ"
    options = d.word_options(token, analysis, random.Random(0))
    assert options and all(lexicon().entry(o, "NOUN").gender == ("Neut",) for o in options)


def test_word_distractors_possessive_plural_inflects_article_words() -> None:
    # "sine [...]": a singular form ("lærer") is ruled out; the lemma is put in the plural.
    analysis = _article(
        """
Han han PRON Case=Nom|Gender=Com|Number=Sing|PronType=Prs 2 nsubj
mødte møde VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
sine sin DET Number=Plur|Poss=Yes|PronType=Prs|Reflex=Yes 4 nmod:poss
venner ven NOUN Definite=Ind|Gender=Com|Number=Plur 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    records = d.word_option_records(_answer(analysis, "venner"), analysis, random.Random(0))
    texts = [r.text for r in records]
    assert "biler" in texts and "bil" not in texts  # "bil" of the article, made plural
    assert all(r.why and "Number=Plur" in r.why for r in records)


def test_word_distractors_ambiguous_form_takes_only_words_alike_in_both() -> None:
    # Nothing says whether "fag" is singular or plural: "hus"/"huse" cannot be offered,
    # "træ" (singular) / "træer" (plural) neither; a word spelt alike in both can.
    analysis = _article(
        """
Vi vi PRON Case=Nom|Number=Plur|PronType=Prs 2 nsubj
valgte vælge VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
år år NOUN Definite=Ind|Gender=Neut|Number=Sing 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    wanted = wanted_form(_answer(analysis, "år"), analysis.sentences[0])
    assert wanted is not None
    assert inflect_like("hus", wanted) is None
    assert inflect_like("fag", wanted) == "fag"


def test_word_distractors_superlative_keeps_gender_of_a_singular_noun() -> None:
    analysis = _article(
        """
Han han PRON Case=Nom|Gender=Com|Number=Sing|PronType=Prs 2 nsubj
var være AUX Mood=Ind|Tense=Past|VerbForm=Fin 0 root
den den DET Gender=Com|Number=Sing|PronType=Art 5 det
største stor ADJ Definite=Def|Degree=Sup 5 amod
digter digter NOUN Definite=Ind|Gender=Com|Number=Sing 2 xcomp SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    wanted = wanted_form(_answer(analysis, "digter"), analysis.sentences[0])
    assert wanted is not None and wanted.gender == ("Com",)
    assert inflect_like("oprør", wanted) is None  # neuter
    assert inflect_like("lærer", wanted) == "lærer"


def test_word_distractors_adjective_without_the_wanted_form_is_dropped() -> None:
    # "første" has no indefinite form; "nødt" is no attributive adjective; both were
    # offered for an indefinite adjective. (A classifying adjective: gradable ones get
    # no options, see test_distractor_slots_gradable_adjective_is_a_description.)
    analysis = _article(
        """
Der der ADV _ 2 expl
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
brug brug NOUN Definite=Ind|Gender=Com|Number=Sing 2 nsubj
for for ADP _ 6 case
digital digital ADJ Definite=Ind|Degree=Pos|Gender=Com|Number=Sing 6 amod
undervisning undervisning NOUN Definite=Ind|Gender=Com|Number=Sing 3 nmod SpaceAfter=No
. . PUNCT _ 2 punct

Skolen skole NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
har have VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
tekniske teknisk ADJ Degree=Pos|Number=Plur 4 amod
linjer linje NOUN Definite=Ind|Gender=Com|Number=Plur 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    wanted = wanted_form(_answer(analysis, "digital"), analysis.sentences[0])
    assert wanted is not None
    assert lemma_of("nødt", "ADJ") is None
    options = d.word_options(_answer(analysis, "digital"), analysis, random.Random(0))
    assert "første" not in options and "først" not in options and "nødt" not in options
    assert "teknisk" in options  # "tekniske" of the article, in the answer's form


def test_word_distractors_only_real_words_of_the_class() -> None:
    # Regression: "igang" and "retur" as nouns, "eks" from "f. eks.", the typo "faglighe".
    assert lemma_of("igang", "NOUN") is None
    assert lemma_of("retur", "NOUN") is None  # an adverb first
    assert lemma_of("eks", "NOUN") is None
    assert lemma_of("faglighe", "ADJ") is None
    assert lemma_of("huse", "NOUN") == "hus"


def test_word_distractors_thesaurus_relations_are_refused() -> None:
    assert related("kvalitet", "egenskab") and related("egenskab", "kvalitet")
    assert related("hus", "bygning")  # a hypernym
    assert not related("hus", "bil")


def test_word_distractors_capital_of_the_sentence_is_no_name() -> None:
    # Regression: the imperative "Ring" first in a quote was offered as a person.
    analysis = analysis_from_text(
        """
' ' PUNCT _ 2 punct SpaceAfter=No
Ring Ring PROPN _ 4 ccomp Ent=B-PER
, , PUNCT _ 2 punct
sagde sige VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
Anna Anna PROPN _ 4 nsubj Ent=B-PER
Holm Holm PROPN _ 5 flat Ent=I-PER|SpaceAfter=No
. . PUNCT _ 4 punct

Lise Lise PROPN _ 2 nsubj Ent=B-PER
kom komme VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    names = d.entity_options(analysis, "PER")
    assert "Anna Holm" in names and "Lise" in names
    assert "Ring" not in names


def test_word_distractors_choice_with_two_good_options_is_kept() -> None:
    from quizgen.generate.kinds.choice import CHOICE, TOO_FEW
    from quizgen.items import Item

    item = Item("x", "choice", "Hun købte en ____.", "bil", "Hun købte en bil.")
    assert CHOICE.problem(dataclasses.replace(item, choices=("bil", "cykel", "båd"))) == ""
    assert CHOICE.problem(dataclasses.replace(item, choices=("bil", "cykel"))) == TOO_FEW


def test_word_distractors_none_when_the_noun_contradicts_the_adjective_form() -> None:
    # Regression: "[mobilfri] timer" got singular options ("vågen", "dansk") because the
    # lexicon reads the form as singular; the plural noun says otherwise ("timer" may be
    # one kitchen timer too: the tagger's number decides between the lexicon's two).
    analysis = _article(
        """
Vi vi PRON Case=Nom|Number=Plur|PronType=Prs 2 nsubj
indførte indføre VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
røgfri røgfri ADJ Degree=Pos 4 amod
timer time NOUN Definite=Ind|Gender=Com|Number=Plur 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    token = _answer(analysis, "røgfri")
    assert wanted_form(token, analysis.sentences[0]) is None
    assert d.word_options(token, analysis, random.Random(0)) == []


def test_word_distractors_none_when_the_tagger_and_the_lexicon_disagree_on_number() -> None:
    # Regression: the parser took "mobilfri" for the object, tagged plural; the lexicon
    # knows only the singular form, and singular options were offered for a plural slot.
    analysis = _article(
        """
Vi vi PRON Case=Nom|Number=Plur|PronType=Prs 2 nsubj
indførte indføre VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
røgfri røgfri ADJ Degree=Pos|Number=Plur 2 obj
timer time NOUN Definite=Ind|Gender=Com|Number=Plur 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    assert d.word_options(_answer(analysis, "røgfri"), analysis, random.Random(0)) == []


def test_word_distractors_none_for_a_title_before_a_name() -> None:
    # Regression: "efter [høvdingen] Shaka" was offered with "flommen", "henrettelsen".
    analysis = _article(
        """
Han han PRON Case=Nom|Gender=Com|Number=Sing|PronType=Prs 2 nsubj
kom komme VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
efter efter ADP _ 4 case
kongen konge NOUN Definite=Def|Gender=Com|Number=Sing 2 obl
Harald Harald PROPN _ 4 flat SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    assert d.word_options(_answer(analysis, "kongen"), analysis, random.Random(0)) == []


def test_word_distractors_prompt_showing_another_form_gives_the_answer_away() -> None:
    from quizgen.generate.grammar.word_distractors import shows_another_form

    token = Token(i=1, text="reglen", lemma="regel", pos="NOUN")
    assert shows_another_form(token, "Da ____ blev afskaffet, hjalp den regel ikke.")
    assert not shows_another_form(token, "Da ____ blev afskaffet, var det for sent.")
