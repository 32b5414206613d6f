"""Regression (issue 12): an article that opens with a number word crashed generation
(``ValueError: substring not found`` in the choice kind), and with it a whole build."""

from __future__ import annotations

import pytest

from quizgen.config.schema import Config
from quizgen.pipeline import process_articles
from quizgen.reading.article import parse_article

OPENINGS = (
    "Tre lastbiler kørte tirsdag ind i byen Baghouz i det østlige Syrien med nødhjælp til de "
    "civile.",
    "Fem soldater kørte tirsdag ind i byen Baghouz i det østlige Syrien med nødhjælp til de "
    "civile.",
    "Ti familier flygtede onsdag fra byen Baghouz i det østlige Syrien med hjælp fra de "
    "kurdiske styrker.",
)


@pytest.mark.parametrize("text", OPENINGS)
def test_generate_number_word_opening_gives_items(text: str) -> None:
    article = parse_article(text.encode("utf-8"), origin="test")
    (result,) = process_articles([article], Config())
    items = result.generated.items
    assert items
    for item in items:
        if item.kind == "choice":
            assert item.answer in item.choices
