"""Coverage: the sentences with facts that got no comprehension item, each with why."""

from __future__ import annotations

from analysis_builders import analysis_from_text, located_sentence

from quizgen.extract.facts import Fact
from quizgen.generate.coverage import (
    NO_CANDIDATE,
    NOT_A_STATEMENT,
    NOT_CHOSEN,
    TAKEN,
    coverage,
    is_comprehension,
)
from quizgen.items import Item
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar


QUOTED = """
" " PUNCT _ 2 punct SpaceAfter=No
Skolen skole NOUN Definite=Def|Gender=Com|Number=Sing 3 nsubj
ligger ligge VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
i i ADP _ 5 case
Ribe Ribe PROPN _ 3 obl Ent=B-LOC|SpaceAfter=No
. . PUNCT _ 3 punct SpaceAfter=No
" " PUNCT _ 3 punct
"""


def _fact(sentence: int) -> Fact:
    return Fact("place", sentence, "i Hjørring", (2, 4), 3)


def _item(kind: str, sentence: int, asks: str = "") -> Item:
    return Item(
        f"{kind}{sentence}{asks}",
        kind,
        "Hvor?",
        "i X",
        "Kilden.",
        asks=asks,
        sentence_index=sentence,
    )


def test_coverage_comprehension_kinds() -> None:
    assert is_comprehension(_item("question", 0, "where"))
    assert is_comprehension(_item("truefalse", 0))
    assert is_comprehension(_item("choice", 0, "where"))  # a question as multiple choice
    assert not is_comprehension(_item("choice", 0))  # a word in a sentence
    assert not is_comprehension(_item("cloze", 0))


def test_coverage_says_why_each_sentence_got_no_item() -> None:
    # a cloze holds its sentence against a true/false statement; a vocabulary card
    # holds no sentence, so a question not chosen there was not chosen for itself
    text = "".join(located_sentence(w) for w in ("Hjørring", "Sæby", "Aalborg", "Skagen")) + QUOTED
    analysis = analysis_from_text(text)
    facts = [_fact(i) for i in range(5)]
    items = [_item("question", 0, "where"), _item("cloze", 2), _item("vocab", 3)]
    proposed = [*items, _item("truefalse", 2), _item("question", 3, "where")]
    found = coverage(analysis.sentences, facts, items, proposed, frozenset(), GRAMMAR)
    assert (found.with_facts, found.covered) == (5, 1)
    reasons = {u.sentence: u.reason for u in found.uncovered}
    assert reasons == {
        1: NO_CANDIDATE,
        2: TAKEN.format(kind="cloze"),
        3: NOT_CHOSEN,
        4: NOT_A_STATEMENT,
    }
    assert found.uncovered[0].facts == ("place",)
    assert found.uncovered[0].text == "Skolen ligger i Sæby."
