"""The language interface: ``get_language`` gives each language's tables, complete and typed."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import pytest

from quizgen.lang import LANGUAGES, get_language
from quizgen.lang.grammar import Grammar


def _parts(grammar: Grammar) -> list[tuple[str, object]]:
    """Every table of a grammar as (dotted name, value)."""
    out: list[tuple[str, object]] = []
    for part in dataclasses.fields(grammar):
        value = getattr(grammar, part.name)
        if dataclasses.is_dataclass(value):
            fields = dataclasses.fields(value)
            out += [(f"{part.name}.{f.name}", getattr(value, f.name)) for f in fields]
        else:
            out.append((part.name, value))
    return out


def test_lang_get_language_da_gives_the_danish_tables() -> None:
    danish = get_language("da")
    assert danish.code == "da"
    assert danish.name == "Danish"
    grammar = danish.grammar
    assert "tirsdag" in grammar.time.weekdays
    assert "fortælle" in grammar.clauses.speech_verbs
    assert grammar.numbers.values["ti"] == 10
    assert grammar.clauses.attribution == "ifølge"
    assert grammar.vocabulary.word_classes["NOUN"] == "substantiv"


def test_lang_get_language_falls_back_to_danish() -> None:
    assert get_language("xx") is get_language("da")
    assert get_language() is get_language("da")


@pytest.mark.parametrize("code", LANGUAGES)
def test_lang_grammar_tables_are_non_empty_and_typed(code: str) -> None:
    grammar = get_language(code).grammar
    for name, value in _parts(grammar):
        if isinstance(value, str):
            assert value, name
        elif isinstance(value, frozenset | tuple):
            assert value, name
            for item in value:
                assert isinstance(item, str | tuple), (name, item)
        elif isinstance(value, Mapping):
            assert value, name
            assert all(isinstance(k, str | tuple) for k in value), name
        else:
            assert callable(value), name


@pytest.mark.parametrize("code", LANGUAGES)
def test_lang_grammar_word_lists_are_lower_case(code: str) -> None:
    # The code compares lower-cased words against them.
    grammar = get_language(code).grammar
    for name, value in _parts(grammar):
        if isinstance(value, frozenset) and name != "fallback_entities":
            assert all(w == w.lower() for w in value), name


def test_lang_grammar_tables_cannot_be_changed() -> None:
    grammar = get_language("da").grammar
    with pytest.raises(dataclasses.FrozenInstanceError):
        grammar.time = grammar.time  # type: ignore[misc]
    with pytest.raises(TypeError):
        grammar.numbers.values["ti"] = 11  # type: ignore[index]


def test_lang_danish_time_and_number_tables_agree() -> None:
    grammar = get_language("da").grammar
    time = grammar.time
    assert set(time.weekdays) | set(time.months) | set(time.dayparts) <= time.nouns
    numbers = grammar.numbers
    assert all(numbers.values[w] == value for value, w in enumerate(numbers.words))
    assert all(w in numbers.values for w in numbers.options)


def test_lang_danish_paradigm_check_needs_the_whole_paradigm() -> None:
    fits = get_language("da").grammar.forms.paradigm_fits
    known = frozenset({"bil", "biler", "bilerne"})
    plural = {"Number": "Plur", "Definite": "Def"}
    assert fits("bilerne", "NOUN", plural, known)
    assert not fits("bilerne", "NOUN", plural, frozenset({"bilerne"}))
    assert not fits("bil", "ADV", {}, known)
