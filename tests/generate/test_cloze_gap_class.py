"""A cloze is made only when its hint names the gap's form truly: not a verb's form
under an adjective's headword, and never a hint that is itself an accepted answer."""

from __future__ import annotations

from analysis_builders import analysis_from_text

from quizgen.config.schema import Config
from quizgen.extract.facts import extract_facts
from quizgen.extract.vocabulary import Occurrence, VocabEntry
from quizgen.generate.context import GenerationContext
from quizgen.generate.registry import get_generator

# Our own sentences. The first is tagged as the shipped tagger tags a plural
# adjective that is also a verb's infinitive ("at glatte": to smooth).
SMOOTH = """
Stenene sten NOUN Definite=Def|Gender=Com|Number=Plur 3 nsubj
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 3 cop
runde rund ADJ Degree=Pos|Number=Plur 0 root
og og CCONJ _ 5 cc
glatte glatte VERB VerbForm=Inf 3 conj
efter efter ADP _ 8 case
mange mange ADJ Degree=Pos|Number=Plur 8 amod
år år NOUN Definite=Ind|Gender=Neut|Number=Plur 5 obl
ved ved ADP _ 11 case
den den DET Gender=Com|Number=Sing|PronType=Dem 11 det
strand strand NOUN Definite=Ind|Gender=Com|Number=Sing 5 nmod SpaceAfter=No
. . PUNCT _ 3 punct
"""

ENTITLED = """
Eleverne elev NOUN Definite=Def|Gender=Com|Number=Plur 3 nsubj
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 3 cop
berettigede berettiget ADJ Degree=Pos|Number=Plur 0 root
til til ADP _ 6 case
et en DET Gender=Neut|Number=Sing|PronType=Ind 6 det
tilskud tilskud NOUN Definite=Ind|Gender=Neut|Number=Sing 3 obl
fra fra ADP _ 8 case
kommunen kommune NOUN Definite=Def|Gender=Com|Number=Sing 6 nmod
hvert hver DET Gender=Neut|Number=Sing|PronType=Tot 10 det
år år NOUN Definite=Ind|Gender=Neut|Number=Sing 3 obl SpaceAfter=No
. . PUNCT _ 3 punct
"""


def _clozes(conllu: str, lemma: str, pos: str, token: int) -> list[str]:
    analysis = analysis_from_text(conllu)
    text = analysis.sentences[0].tokens[token].text
    entry = VocabEntry(
        lemma, pos, "word", "", "", (), "", 0, "B1", 4.0, "", 1, 1.0,
        (Occurrence(0, (token,), text),),
    )  # fmt: skip
    ctx = GenerationContext(analysis, (entry,), extract_facts(analysis), Config())
    return [c.item.hint for c in get_generator("cloze.v1", "cloze")(ctx)]


def test_cloze_gap_class_verb_form_under_an_adjective_headword_gives_no_cloze() -> None:
    # Regression (review s23): "(glat, navneform)" for the plural adjective "glatte".
    assert _clozes(SMOOTH, "glat", "ADJ", 4) == []


def test_cloze_gap_class_same_class_keeps_its_cloze() -> None:
    assert _clozes(SMOOTH, "rund", "ADJ", 2) == ["rund"]


def test_cloze_gap_class_hint_that_is_an_accepted_answer_gives_no_cloze() -> None:
    # Regression (review s23): "de er [...] (berettiget)" also accepted "berettiget",
    # so copying the hint filled the gap.
    assert _clozes(ENTITLED, "berettiget", "ADJ", 2) == []
