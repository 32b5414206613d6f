"""Vocabulary candidates and units (extract/candidates.py) and form names, on hand-built
sentences."""

from __future__ import annotations

from analysis_builders import analysis_from_text, sentence

from quizgen.extract.candidates import is_candidate, repeated_pairs, unit_at
from quizgen.extract.vocabulary import describe
from quizgen.lang import get_language

DANISH = get_language("da")

REFLEXIVE = """
Krigerne kriger NOUN Definite=Def|Number=Plur 2 nsubj
forskanser forskanse VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
sig sig PRON _ 2 obj
i i ADP _ 5 case
byen by NOUN Definite=Def|Number=Sing 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""

PARTICLE = """
Hæren hær NOUN Definite=Def|Number=Sing 2 nsubj
satte sætte VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
ind ind ADV _ 2 compound:prt SpaceAfter=No
. . PUNCT _ 2 punct
"""

TERM = """
De de PRON _ 2 nsubj
bruger bruge VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
en en DET _ 6 det
såkaldt såkaldt ADJ _ 6 amod
humanitær humanitær ADJ Degree=Pos 6 amod
korridor korridor NOUN Definite=Ind|Number=Sing 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""


def test_candidates_is_candidate_leaves_function_words_and_pronouns_out() -> None:
    s = sentence(REFLEXIVE)
    chosen = [t.text for t in s.tokens if is_candidate(t, frozenset(), DANISH)]
    # "sig": a pronoun; "i": a preposition; "by": too short to be worth a card
    assert chosen == ["Krigerne", "forskanser"]
    assert not is_candidate(s.tokens[0], frozenset({"kriger"}), DANISH)  # the stoplist


def test_candidates_unit_at_finds_reflexive_and_particle_verbs() -> None:
    s = sentence(REFLEXIVE)
    assert unit_at(s, s.tokens[1], frozenset(), DANISH) == (
        "forskanse sig",
        "reflexive",
        (1, 2),
    )
    p = sentence(PARTICLE)
    assert unit_at(p, p.tokens[1], frozenset(), DANISH) == ("sætte ind", "particle_verb", (1, 2))


def test_candidates_unit_at_takes_a_flagged_term() -> None:
    s = sentence(TERM)
    assert unit_at(s, s.tokens[5], frozenset(), DANISH) == (
        "humanitær korridor",
        "multiword",
        (4, 5),
    )


def test_candidates_repeated_pairs_are_the_articles_own_terms() -> None:
    once = analysis_from_text(TERM)
    twice = analysis_from_text(TERM + "\n" + TERM)
    assert repeated_pairs(once, DANISH) == frozenset()
    assert repeated_pairs(twice, DANISH) == frozenset({"humanitær korridor"})


def test_vocabulary_describe_names_forms_in_the_languages_words() -> None:
    s = sentence(REFLEXIVE)
    grammar = DANISH.grammar
    assert describe(s.tokens[0], grammar) == "bestemt flertal"
    assert describe(s.tokens[1], grammar) == "nutid"
    assert describe(s.tokens[2], grammar) == "grundform"
