"""A cloze gap with a second right spelling of the same form accepts it."""

from __future__ import annotations

from quizgen.generate.checking import Tolerance
from quizgen.generate.kinds.cloze import CLOZE, ClozeData, spelled_otherwise
from quizgen.items import CLOZE_GAP, Item


def test_cloze_answers_noun_in_um_has_its_stem_forms() -> None:
    # "som et regionalt [...]" (centrummet): "centret" is as right, and was marked wrong.
    assert spelled_otherwise("centrummet", "centrum", "NOUN") == ("centret",)
    assert spelled_otherwise("Magtcentrummet", "magtcentrum", "NOUN") == ("Magtcentret",)
    assert spelled_otherwise("huset", "hus", "NOUN") == ()


def test_cloze_answers_doublet_forms_of_the_lexicon_are_accepted() -> None:
    assert "nævnte" in spelled_otherwise("nævnede", "nævne", "VERB")
    assert spelled_otherwise("nævner", "nævne", "VERB") == ()


def test_cloze_answers_check_takes_the_other_spelling() -> None:
    source = "Byen blev et centrum for handel, og centrummet voksede."
    item = Item(
        id="c1",
        kind="cloze",
        prompt=source.replace("centrummet", CLOZE_GAP),
        answer="centrummet",
        accepted=spelled_otherwise("centrummet", "centrum", "NOUN"),
        source=source,
        lemma="centrum",
        answer_start=source.find("centrummet"),
        data=ClozeData(pos="NOUN"),
    )
    assert CLOZE.check(item, "centret", Tolerance()).correct
    assert CLOZE.check(item, "centrummet", Tolerance()).correct
