"""When-questions about a part of a period (``i starten af maj``) and a century
(``i 1700-tallet``), which the clause rules do not read as times."""

from __future__ import annotations

from analysis_builders import sentence

from quizgen.config.generation import Phrasings
from quizgen.generate.grammar.clauses import clause_ids, clauses
from quizgen.generate.questions.periods import period_drafts

PHASE = """
Borgen borg NOUN Definite=Def|Gender=Com|Number=Sing 4 nsubj
blev blive AUX Mood=Ind|Tense=Past|VerbForm=Fin 4 cop
kongens konge NOUN Definite=Def|Number=Sing 4 nmod:poss
bolig bolig NOUN Definite=Ind|Gender=Com|Number=Sing 0 root
i i ADP _ 6 case
slutningen slutning NOUN Definite=Def|Gender=Com|Number=Sing 4 nmod
af af ADP _ 8 case
1300-tallet 1300-tallet ADJ _ 6 nmod SpaceAfter=No
. . PUNCT _ 4 punct
"""

ERA = """
Kirken kirke NOUN Definite=Def|Gender=Com|Number=Sing 3 nsubj:pass
blev blive AUX Mood=Ind|Tense=Past|VerbForm=Fin 3 aux:pass
bygget bygge VERB VerbForm=Part 0 root
i i ADP _ 5 case
1600-tallet 1600-tallet NOUN Definite=Def 3 obl SpaceAfter=No
. . PUNCT _ 3 punct
"""

# "i starten af sin karriere": a part of something that is no time
NO_TIME = """
Maleren maler NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
boede bo VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
i i ADP _ 4 case
starten start NOUN Definite=Def|Gender=Com|Number=Sing 2 obl
af af ADP _ 7 case
sin sin DET Poss=Yes 7 det
karriere karriere NOUN Definite=Ind|Gender=Com|Number=Sing 4 nmod
i i ADP _ 9 case
Ribe Ribe PROPN _ 2 obl Ent=B-LOC|SpaceAfter=No
. . PUNCT _ 2 punct
"""


def _asked(conllu: str) -> list[tuple[str, str]]:
    s = sentence(conllu)
    (clause,) = clauses(s)
    return [(d.prompt, d.answer) for d in period_drafts(clause, Phrasings(), clause_ids(clause))]


def test_questions_periods_part_of_a_century_is_asked_when() -> None:
    assert _asked(PHASE) == [("Hvornår blev borgen kongens bolig?", "i slutningen af 1300-tallet")]


def test_questions_periods_century_is_asked_when() -> None:
    assert _asked(ERA) == [("Hvornår blev kirken bygget?", "i 1600-tallet")]


def test_questions_periods_part_of_no_time_is_not_asked() -> None:
    assert _asked(NO_TIME) == []
