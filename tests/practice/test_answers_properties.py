"""Properties of answer checking over generated text (hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from practice_fixtures import CHOICE, CLOZE_HOUSE, ITEMS, QUESTION

from quizgen.items import Item
from quizgen.practice.answers import check_answer, is_self_graded, normalize

DANISH = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ .,!?-'", max_size=30
)


@given(DANISH)
def test_answers_normalize_is_idempotent(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)


@given(
    st.sampled_from(ITEMS),
    st.sampled_from(["", " ", "  "]),
    st.sampled_from(["", ".", "!"]),
    st.booleans(),
)
def test_answers_the_answer_itself_is_always_right(
    item: Item, pad: str, punct: str, upper: bool
) -> None:
    if is_self_graded(item):
        return
    answer = item.answer.upper() if upper else item.answer
    assert check_answer(item, f"{pad}{answer}{punct}{pad}").verdict == "right"


@given(DANISH)
def test_answers_never_crash_and_grade_consistently(text: str) -> None:
    for item in (CLOZE_HOUSE, QUESTION, CHOICE):
        check = check_answer(item, text)
        assert check.expected == item.answer
        assert (check.rating >= 3) == (check.verdict in ("right", "typo", "spelling"))
