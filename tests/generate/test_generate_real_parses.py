"""Generation on real parses saved from da_quizgen 0.1.0 (tests/data/analyses/*.model.analysis,
in the short form of analysis_builders.py): the bundled article and three articles the rules
were not written for. No model is needed; the parses keep that pipeline's errors, which the
rules must survive. The current pipeline is tested live in test_generate_articles.py."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from analysis_builders import analysis_from_file

from quizgen.config.schema import Config
from quizgen.generate import Generated, generate
from quizgen.generate.context import GenerationContext
from quizgen.generate.registry import get_generator

NAMES = [
    "000_0ea3d618a2e44150.model.analysis",
    "001_ny_bro_aarhus.model.analysis",
    "002_soevn_unge.model.analysis",
    "003_cykelloeb.model.analysis",
]


@pytest.fixture(scope="module")
def results() -> dict[str, Generated]:
    return {name: generate(analysis_from_file(name, article_id=name), Config()) for name in NAMES}


def test_generate_real_parses_bundled_article_reaches_the_bar(
    results: dict[str, Generated],
) -> None:
    generated = results[NAMES[0]]
    counts = Counter(item.kind for item in generated.items)
    assert len(generated.vocabulary) >= 25
    # One deck, no leaks: 16 sentences hold one cloze, choice or true/false item each.
    assert counts["cloze"] >= 1 and counts["vocab"] >= 18
    # (3 choices: one printed every word of a question's answer, "det endelige [...]"
    # offering "slag" beside "... -> det endelige slag"; see tests/generate/test_generate.py.
    # 3 statements: a cleft alone, "Det er i øde ørkenområder ..., at ...", is no longer
    # made (review s20: trivial); the live model's parse keeps 4, test_generate_articles.
    # 2 statements: "Tirsdag aften begyndte ..." was the sentence copied with one synonym
    # swapped in ("indledte = begyndte"), rejected as trivial by the held-out review; the
    # live model's parse makes a negation in its place.)
    assert counts["choice"] >= 3 and counts["truefalse"] >= 2
    # The deck's no-leak rules (generate/deck.py) also count an option list's own answer,
    # another form of a word ("kølens" for "kølen"), two items asking for one word, and a
    # statement read off another item's context sentence: on the 16 dev texts they took
    # out 108 items, 85 of which reviewers had rejected; decks of short articles shrink.
    assert counts["question"] >= 7
    asks = {i.asks for i in generated.items if i.kind == "question"}
    # (the "when" of "Tirsdag aften indledte ..." gave its sentence to the statement
    # "Tirsdag aften begyndte ...": on this parse a why-question asks instead)
    assert {"who", "what", "how_many"} <= asks and asks & {"when", "why"}


@pytest.mark.parametrize("name", NAMES)
def test_generate_real_parses_items_follow_the_rules(
    results: dict[str, Generated], name: str
) -> None:
    generated = results[name]
    counts = Counter(item.kind for item in generated.items)
    # Fewer choice items than before the deck's stricter no-leak rules (see the bar test
    # above); each article keeps at least two questions and one choice item (the short
    # sleep article kept two until international words left the vocabulary its choice
    # items are made of: "mobiltelefon", extract.cognates).
    assert counts["question"] >= 2 and counts["choice"] >= 1
    # (the bundled article's stored parse: 2, see the bar test above)
    assert counts["truefalse"] >= (2 if name == NAMES[0] else 3)
    for item in generated.items:
        if item.kind in ("cloze", "question", "choice"):
            pattern = rf"(?<!\w){re.escape(item.answer)}(?!\w)"
            assert not re.search(pattern, item.prompt, re.IGNORECASE), item
        if item.kind == "question":
            assert item.prompt[0].isupper() and item.prompt.endswith("?"), item
            assert not re.search(r"\w[.!?] +[A-ZÆØÅ]", item.prompt), item
            assert " ," not in item.prompt and ",?" not in item.prompt, item
        if item.kind == "choice":
            assert len({c.lower() for c in item.choices}) == len(item.choices) >= 4
            assert item.answer in item.choices


def test_generate_real_parses_questions_read_as_danish(results: dict[str, Generated]) -> None:
    # The questions as the generator words them, before the deck drops leaking ones.
    prompts = {
        c.item.prompt: c.item.answer
        for name, r in results.items()
        for c in get_generator("question.v1", "question")(
            GenerationContext(
                analysis_from_file(name, article_id=name), r.vocabulary, r.facts, Config()
            )
        )
    }
    # V2 after a fronted time word the parser took for the subject
    assert (
        prompts[
            "Hvornår indledte den USA-ledede koalition luftbombardementer i udkanten af Baghouz?"
        ]
        == "tirsdag aften"
    )
    # a place at the end of a longer phrase
    assert (
        prompts["Hvor gemmer IS-krigere sig stadig i mindre spredte grupper i øde ørkenområder?"]
        == "i det centrale Syrien"
    )
    # a determiner first in the sentence is lower-cased inside the question, the name kept
    assert (
        prompts[
            "Hvornår vandt den danske cykelrytter Jonas Vingegaard den niende etape"
            " af Vuelta a España?"
        ]
        == "tirsdag"
    )
    # an institution keeps its capital
    assert "Sundhedsstyrelsen" in prompts.values()
