"""A question whose answer is what the text is about, or whom it follows from its first
sentence on, is guessed without reading: not asked."""

from __future__ import annotations

from analysis_builders import INTRO, analysis_from_text

from quizgen.config.schema import Config
from quizgen.extract.facts import extract_facts
from quizgen.generate.context import GenerationContext
from quizgen.generate.questions import drafts
from quizgen.generate.questions.topic import lead_words


def _found(conllu: str, title: str = "") -> dict[str, str]:
    analysis = analysis_from_text(conllu, title=title)
    ctx = GenerationContext(analysis, (), extract_facts(analysis), Config())
    return {d.prompt: d.answer for d in drafts(ctx)}


LIVES = """
Karen Karen PROPN _ 3 nsubj Ent=B-PER
Holm Holm PROPN _ 1 flat Ent=I-PER
bor bo VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
i i ADP _ 7 case
en en DET _ 7 det
gammel gammel ADJ Degree=Pos 7 amod
gård gård NOUN Definite=Ind|Gender=Com|Number=Sing 3 obl
i i ADP _ 9 case
Ribe Ribe PROPN _ 7 nmod Ent=B-LOC|SpaceAfter=No
. . PUNCT _ 3 punct
"""

WON = """
Karen Karen PROPN _ 3 nsubj Ent=B-PER
Holm Holm PROPN _ 1 flat Ent=I-PER
vandt vinde VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
prisen pris NOUN Definite=Def|Gender=Com|Number=Sing 3 obj
i i ADP _ 6 case
2019 2019 NUM _ 3 obl SpaceAfter=No
. . PUNCT _ 3 punct
"""


def test_questions_topic_the_person_the_text_opens_with_is_no_later_answer() -> None:
    # Review: "Hvem var altid hjælpsom mod ...?" -> the man the article is about
    found = _found(LIVES + WON)
    assert found.get("Hvem bor i en gammel gård i Ribe?") == "Karen Holm"
    assert "Karen Holm" not in {a for p, a in found.items() if p.startswith("Hvem vandt")}
    assert found.get("Hvornår vandt Karen Holm prisen?") == "i 2019"
    assert lead_words(analysis_from_text(LIVES + WON)) == {"karen"}


DESCRIBES = """
Bogen bog NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
beskriver beskrive VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
kunstens kunst NOUN Definite=Def|Gender=Com|Number=Sing|Case=Gen 4 nmod:poss
historie historie NOUN Definite=Ind|Gender=Com|Number=Sing 2 obj
grundigt grundig ADJ Degree=Pos 2 advmod SpaceAfter=No
. . PUNCT _ 2 punct
"""


def test_questions_topic_a_short_title_word_is_the_topic_too() -> None:
    # Review: "Hvad er rigt illustreret ...?" -> "bogen", in a review of the book
    found = _found(INTRO + DESCRIBES, title="En ny bog om kunst")
    assert "bogen" not in found.values(), found
    assert "bogen" in _found(INTRO + DESCRIBES, title="Ny om kunst").values()
