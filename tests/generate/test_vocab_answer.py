"""The vocab kind's answer is the asked form alone (review of session 21)."""

from __future__ import annotations

import dataclasses

from quizgen.extract.cardforms import Form
from quizgen.extract.vocabulary import VocabEntry
from quizgen.generate.kinds.vocab import answer_text

ENTRY = VocabEntry(
    lemma="kongedømme",
    pos="NOUN",
    kind="word",
    gender="neuter",
    article="et",
    forms=(),
    example="Han styrede kongedømmet.",
    example_sentence=0,
    level="B2",
    zipf=3.0,
    gloss="kongerige",
    count=1,
    score=1.0,
    occurrences=(),
    asked=Form("kongedømmet", "Definite=Def|Number=Sing", "bestemt ental"),
    gloss_source="synonym",
)


def test_vocab_answer_is_the_asked_form_without_the_meaning() -> None:
    assert answer_text(ENTRY) == "kongedømmet"


def test_vocab_answer_is_the_meaning_when_no_form_is_asked() -> None:
    assert answer_text(dataclasses.replace(ENTRY, asked=None)) == "kongerige"
    assert answer_text(dataclasses.replace(ENTRY, asked=None, gloss="")) == ""
