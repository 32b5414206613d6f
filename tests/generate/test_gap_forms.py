"""The class and form a gap wants, read from the sentence: a noun that is the clause's
verb gets no gap, an ``-s`` form with a subject is hinted as the present passive, and
a predicative participle or a degree word accepts its other standard form."""

from __future__ import annotations

import random

from analysis_builders import analysis_from_text, sentence

from quizgen.generate.grammar import distractors as d
from quizgen.generate.grammar.gap_forms import also_right, gap_reading, reads_as_verb
from quizgen.generate.kinds.cloze import with_form
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar

# Our own sentences, parsed as the shipped tagger parses such sentences.
VISITS = """
Holdet hold NOUN Definite=Def|Gender=Neut|Number=Sing 2 nsubj
rejser rejse VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
til til ADP _ 4 case
Aarhus Aarhus PROPN _ 2 obl SpaceAfter=No
, , PUNCT _ 7 punct
mens mens SCONJ _ 7 mark
klubben klub NOUN Definite=Def|Gender=Com|Number=Sing 2 advcl
dagen dag NOUN Definite=Def|Gender=Com|Number=Sing 7 obj
før før ADP _ 10 case
gæster gæst NOUN Definite=Ind|Gender=Com|Number=Plur 7 nmod
Odense Odense PROPN _ 10 nmod SpaceAfter=No
. . PUNCT _ 2 punct
"""

RESEMBLES = """
Bogen bog NOUN Definite=Def|Gender=Com|Number=Sing 3 nsubj
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 3 cop
flot flot ADJ Definite=Ind|Degree=Pos|Number=Sing 0 root
og og CCONJ _ 5 cc
minder minde NOUN Definite=Ind|Gender=Neut|Number=Plur 3 conj
i i ADP _ 7 case
stilen stil NOUN Definite=Def|Gender=Com|Number=Sing 5 obl
om om ADP _ 10 case
en en DET Gender=Com|Number=Sing|PronType=Ind 10 det
avis avis NOUN Definite=Ind|Gender=Com|Number=Sing 7 nmod SpaceAfter=No
. . PUNCT _ 3 punct
"""

MEMORIES = """
Vi vi PRON Case=Nom|Number=Plur|PronType=Prs 2 nsubj
har have VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
mange mange ADJ Degree=Pos|Number=Plur 5 amod
gode god ADJ Degree=Pos|Number=Plur 5 amod
minder minde NOUN Definite=Ind|Gender=Neut|Number=Plur 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""

RESUMED = """
Han han PRON Case=Nom|Gender=Com|Number=Sing|PronType=Prs 2 nsubj
siger sige VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
, , PUNCT _ 6 punct
at at SCONJ _ 6 mark
mødet møde NOUN Definite=Def|Gender=Neut|Number=Sing 6 nsubj
genoptages genoptage VERB VerbForm=Inf|Voice=Pass 2 obj
i i ADP _ 8 case
maj maj NOUN Definite=Ind|Gender=Com|Number=Sing 6 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""

MAY_RESUME = """
Mødet møde NOUN Definite=Def|Gender=Neut|Number=Sing 3 nsubj
kan kunne AUX Mood=Ind|Tense=Pres|VerbForm=Fin 3 aux
genoptages genoptage VERB VerbForm=Inf|Voice=Pass 0 root
i i ADP _ 5 case
maj maj NOUN Definite=Ind|Gender=Com|Number=Sing 3 obl SpaceAfter=No
. . PUNCT _ 3 punct
"""

ENTITLED = """
De de PRON Case=Nom|Number=Plur|PronType=Prs 3 nsubj
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 3 cop
{word} {lemma} ADJ {feats} 0 root
til til ADP _ 5 case
støtte støtte NOUN Definite=Ind|Gender=Com|Number=Sing 3 obl SpaceAfter=No
. . PUNCT _ 3 punct
"""

DEGREE = """
Maden mad NOUN Definite=Def|Gender=Com|Number=Sing 4 nsubj
var være AUX Mood=Ind|Tense=Past|VerbForm=Fin 4 cop
{word} utrolig ADJ Definite=Ind|Degree=Pos|Number=Sing 4 advmod
god god ADJ Definite=Ind|Degree=Pos|Number=Sing 0 root SpaceAfter=No
. . PUNCT _ 4 punct
"""


def _token(conllu: str, text: str):  # type: ignore[no-untyped-def]
    built = sentence(conllu)
    return built, next(t for t in built.tokens if t.text == text)


def test_gap_forms_noun_in_a_verbless_subordinate_clause_is_its_verb() -> None:
    # The old hint was "gæst, ubestemt flertal" for the verb "gæste" in the present.
    built, token = _token(VISITS, "gæster")
    assert reads_as_verb(token, built)
    assert gap_reading(token, built) is None


def test_gap_forms_bare_noun_with_an_adverbial_is_a_verb() -> None:
    built, token = _token(RESEMBLES, "minder")
    assert reads_as_verb(token, built)


def test_gap_forms_noun_with_an_adjective_stays_a_noun() -> None:
    built, token = _token(MEMORIES, "minder")
    assert not reads_as_verb(token, built)
    assert gap_reading(token, built) is token


def test_gap_forms_verb_read_as_noun_gets_no_word_distractors() -> None:
    # Nouns beside the verb "minder" are ruled out on grammar alone.
    analysis = analysis_from_text(RESEMBLES.strip() + "\n\n" + MEMORIES.strip())
    token = next(t for t in analysis.sentences[0].tokens if t.text == "minder")
    assert d.word_options(token, analysis, random.Random(0)) == []


def test_gap_forms_passive_with_a_subject_and_no_modal_is_the_present() -> None:
    built, token = _token(RESUMED, "genoptages")
    read = gap_reading(token, built)
    assert read is not None and read.feature("Tense") == "Pres"
    assert with_form("genoptage", read, GRAMMAR) == "genoptage, nutid passiv"


def test_gap_forms_passive_after_a_modal_stays_the_infinitive() -> None:
    built, token = _token(MAY_RESUME, "genoptages")
    read = gap_reading(token, built)
    assert read is not None
    assert with_form("genoptage", read, GRAMMAR) == "genoptage, navneform passiv"


def test_gap_forms_predicative_plural_participle_accepts_the_bare_form() -> None:
    plural = ENTITLED.format(word="berettigede", lemma="berettiget", feats="Degree=Pos|Number=Plur")
    built, token = _token(plural, "berettigede")
    assert also_right(token, built) == ("berettiget",)
    bare = ENTITLED.format(
        word="berettiget", lemma="berettiget", feats="Definite=Ind|Degree=Pos|Number=Sing"
    )
    built, token = _token(bare, "berettiget")
    assert also_right(token, built) == ("berettigede",)


def test_gap_forms_plain_adjective_in_the_plural_has_one_form() -> None:
    glad = ENTITLED.format(word="glade", lemma="glad", feats="Degree=Pos|Number=Plur")
    built, token = _token(glad, "glade")
    assert also_right(token, built) == ()


def test_gap_forms_degree_word_accepts_both_forms() -> None:
    built, token = _token(DEGREE.format(word="utroligt"), "utroligt")
    assert also_right(token, built) == ("utrolig",)
