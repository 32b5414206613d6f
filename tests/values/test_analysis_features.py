"""``Token.features`` and ``Token.feature``: parsed once per morphology string, yet
every caller gets its own dict."""

from __future__ import annotations

from quizgen.analysis import Token


def test_analysis_features_parse_the_morphology() -> None:
    token = Token(i=0, text="husene", lemma="hus", pos="NOUN", morph="Definite=Def|Number=Plur")
    assert token.features == {"Definite": "Def", "Number": "Plur"}
    assert token.feature("Number") == "Plur"
    assert token.feature("Gender") == ""
    assert Token(i=0, text="og", lemma="og", pos="CCONJ").features == {}


def test_analysis_features_a_changed_dict_changes_no_other_token() -> None:
    morph = "Gender=Neut|Number=Sing"
    first = Token(i=0, text="huset", lemma="hus", pos="NOUN", morph=morph)
    second = Token(i=1, text="barnet", lemma="barn", pos="NOUN", morph=morph)
    mine = first.features
    mine["Number"] = "Plur"
    del mine["Gender"]
    assert first.features == second.features == {"Gender": "Neut", "Number": "Sing"}
    assert second.feature("Number") == "Sing" and second.feature("Gender") == "Neut"
