from __future__ import annotations

import dataclasses

import pytest
from practice_fixtures import (
    CHOICE,
    CLOZE_BATHE,
    CLOZE_HOUSE,
    CLOZE_LAKE,
    QUESTION,
    TRUEFALSE,
    VOCAB_COLD,
    VOCAB_HOUSE,
    VOCAB_NEIGHBOUR,
)

from quizgen.practice.answers import (
    Tolerance,
    answer_span,
    check_answer,
    danish_stem,
    is_self_graded,
    known_forms,
    normalize,
)
from quizgen.practice.scheduler import Rating


@pytest.mark.parametrize("given", ["huset", "Huset", "  HUSET ", "huset.", "«huset»!"])
def test_answers_ignore_case_spaces_and_punctuation(given: str) -> None:
    check = check_answer(CLOZE_HOUSE, given)
    assert (check.verdict, check.rating, check.note) == ("right", Rating.Good, "")
    assert check.correct


def test_answers_accept_any_accepted_answer() -> None:
    for given in ("på et hospital", "på et hospital i Aarhus", "hospital"):
        assert check_answer(QUESTION, given).verdict == "right"


def test_answers_one_typo_accepted_and_pointed_out() -> None:
    check = check_answer(CLOZE_HOUSE, "hueset")
    assert check.verdict == "typo" and check.correct and check.rating == Rating.Good
    assert "huset" in check.note


def test_answers_two_typos_are_wrong() -> None:
    assert check_answer(CLOZE_HOUSE, "hueest").verdict == "wrong"


def test_answers_typo_not_forgiven_in_short_words() -> None:
    house = dataclasses.replace(CLOZE_HOUSE, answer="hus", lemma="", data=None)
    assert check_answer(house, "hsu").verdict == "wrong"
    strict = Tolerance(typo_min_length=6)
    assert check_answer(CLOZE_HOUSE, "hueset", strict).verdict == "wrong"


def test_answers_one_letter_off_but_another_real_word_is_wrong() -> None:
    assert check_answer(CLOZE_LAKE, "søn").verdict == "wrong"  # søn (son) is a word of its own


def test_answers_typo_tolerance_can_be_turned_off() -> None:
    assert check_answer(CLOZE_HOUSE, "hueset", Tolerance(typo_max_distance=0)).verdict == "wrong"


def test_answers_danish_letters_are_letters() -> None:
    assert normalize(" Søen! ") == "søen"
    assert normalize("å") == "å"
    assert check_answer(CLOZE_LAKE, "sen").verdict == "wrong"  # ø is not dropped


@pytest.mark.parametrize("given", ["soeen", "SOEEN"])
def test_answers_digraphs_accepted_with_note(given: str) -> None:
    check = check_answer(CLOZE_LAKE, given)
    assert check.verdict == "spelling" and check.correct
    assert "søen" in check.note


def test_answers_digraphs_can_be_refused() -> None:
    assert check_answer(CLOZE_LAKE, "soeen", Tolerance(accept_digraphs=False)).verdict == "wrong"


def test_answers_wrong_form_from_listed_forms() -> None:
    check = check_answer(CLOZE_HOUSE, "huse")  # one letter away, but a real form: not a typo
    assert check.verdict == "wrong_form" and check.rating == Rating.Hard
    assert not check.correct
    assert "huset" in check.note


def test_answers_wrong_form_of_vocab_from_forms() -> None:
    assert check_answer(VOCAB_NEIGHBOUR, "naboerne").verdict == "wrong_form"
    assert check_answer(VOCAB_COLD, "koldt").verdict == "wrong_form"


def test_answers_wrong_form_by_stem_when_no_forms_listed() -> None:
    assert check_answer(CLOZE_BATHE, "badede").verdict == "wrong_form"
    assert check_answer(CLOZE_BATHE, "bade").verdict == "wrong_form"


def test_answers_unrelated_word_is_wrong() -> None:
    check = check_answer(CLOZE_BATHE, "svømmer")
    assert (check.verdict, check.rating, check.expected) == ("wrong", Rating.Again, "bader")


@pytest.mark.parametrize("given", ["", "   "])
def test_answers_empty_means_dont_know(given: str) -> None:
    check = check_answer(CLOZE_HOUSE, given)
    assert (check.verdict, check.rating) == ("dont_know", Rating.Again)
    assert "huset" in check.note


def test_answers_choice_needs_the_exact_option() -> None:
    assert check_answer(CHOICE, "i 2019").verdict == "right"
    assert check_answer(CHOICE, "i 2009").verdict == "wrong"  # one digit off is not a typo


@pytest.mark.parametrize(
    ("given", "verdict"), [("f", "right"), ("falsk", "right"), ("t", "wrong"), ("sand", "wrong")]
)
def test_answers_truefalse_keys(given: str, verdict: str) -> None:
    assert check_answer(TRUEFALSE, given).verdict == verdict


def test_answers_stem_strips_danish_endings() -> None:
    assert {danish_stem(w) for w in ("hus", "huset", "huse", "husene")} == {"hus"}
    assert danish_stem("sø") == "sø"


def test_answers_known_forms_include_lemma_and_bare_forms() -> None:
    assert {"nabo", "naboen", "naboerne", "en nabo"} <= known_forms(VOCAB_NEIGHBOUR)


def test_answers_span_marks_the_answer_in_the_source() -> None:
    start, end = answer_span(CLOZE_HOUSE) or (0, 0)
    assert CLOZE_HOUSE.source[start:end] == "huset"
    start, end = answer_span(VOCAB_COLD) or (0, 0)
    assert VOCAB_COLD.source[start:end] == "kold"
    assert answer_span(TRUEFALSE) is None


def test_answers_word_card_showing_its_word_is_self_graded() -> None:
    assert is_self_graded(VOCAB_HOUSE) and not is_self_graded(VOCAB_COLD)
    check = check_answer(VOCAB_HOUSE, "")
    assert (check.verdict, check.rating, check.correct) == ("revealed", Rating.Good, True)


def test_answers_generator_forms_with_descriptions() -> None:
    assert {"hus", "huset", "huse"} <= known_forms(VOCAB_HOUSE)
    assert "bestemt" not in known_forms(VOCAB_HOUSE)


def test_answers_truefalse_note_says_what_changed() -> None:
    assert "en skole" in check_answer(TRUEFALSE, "t").note


# A word card as the generator makes it for a hyphenated word (issue 15).
VOCAB_IS = dataclasses.replace(
    VOCAB_HOUSE,
    id="vocab-is",
    prompt="IS-kriger (substantiv, fælleskøn: en IS-kriger)",
    answer="IS-krigere (ubestemt flertal)",
    lemma="IS-kriger",
    data=dataclasses.replace(
        VOCAB_HOUSE.data,
        forms="IS-krigere (ubestemt flertal)",  # type: ignore[type-var]
        gloss="",
    ),
)


def test_answers_word_card_showing_a_hyphenated_word_asks_for_nothing() -> None:
    assert is_self_graded(VOCAB_IS)


def test_answers_grammar_label_in_parentheses_is_not_part_of_the_answer() -> None:
    typed = dataclasses.replace(VOCAB_IS, prompt="Islamic State fighter (noun)")
    check = check_answer(typed, "IS-krigere")
    assert check.verdict == "right" and check.correct
    assert check_answer(typed, "iskrigere").verdict == "right"


# Question answers as learners type them (issue 14: each was marked wrong).
@pytest.mark.parametrize(
    ("answer", "given"),
    [
        ("Mustafa Bali", "Bali"),
        ("tirsdag aften", "tirsdag"),
        ("de kurdisk ledede SDF-styrker", "SDF-styrkerne"),
        ("300", "omkring 300"),
        ("300", "tre hundrede"),
        ("en demilitariseret rute i en konfliktzone", "en demilitariseret rute"),
        ("gemmer sig", "gemmer"),
    ],
)
def test_answers_question_accepts_the_answer_in_fewer_or_more_words(
    answer: str, given: str
) -> None:
    question = dataclasses.replace(QUESTION, answer=answer, accepted=())
    check = check_answer(question, given)
    assert check.verdict == "right" and check.correct, check
    assert answer in check.note


@pytest.mark.parametrize(
    ("answer", "given"),
    [
        ("Mustafa Bali", "Reuters"),
        ("300", "400"),
        ("tirsdag aften", "onsdag"),
        ("de kurdisk ledede SDF-styrker", "de"),
    ],
)
def test_answers_question_still_wrong_when_it_names_something_else(answer: str, given: str) -> None:
    question = dataclasses.replace(QUESTION, answer=answer, accepted=())
    assert check_answer(question, given).verdict == "wrong"


def test_answers_spelt_numbers_become_digits() -> None:
    from quizgen.generate.checking import spell_numbers

    assert spell_numbers("tre hundrede") == "300"
    assert spell_numbers("omkring fyrre mænd") == "omkring 40 mænd"
    assert spell_numbers("en rute") == "en rute"
