"""generate(): the bar on the bundled article, quality rules, determinism, registry."""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter

import pytest
from analysis_builders import analysis_from_file

from quizgen.config.generation import GenerationConfig, Generators
from quizgen.config.schema import Config
from quizgen.errors import ConfigError
from quizgen.generate import Generated, generate
from quizgen.generate.codec import item_from_json, items_to_json
from quizgen.generate.context import GenerationContext
from quizgen.generate.deck import SENTENCE_KINDS
from quizgen.generate.kinds.cloze import CLOZE
from quizgen.generate.kinds.truefalse import TRUEFALSE
from quizgen.generate.kinds.vocab import VOCAB
from quizgen.generate.quality import problem
from quizgen.generate.registry import get_generator, register, registered
from quizgen.generate.wordmatch import occurs_as_word
from quizgen.items import CLOZE_GAP, Item
from quizgen.lang import get_language
from quizgen.lang.da import DANISH

TRUE_ANSWER = get_language().cards.true_answer
FALSE_ANSWER = get_language().cards.false_answer

ARTICLE = analysis_from_file("bundled_article.analysis", article_id="0ea3d618a2e44150")


@pytest.fixture(scope="module")
def generated() -> Generated:
    return generate(ARTICLE, Config())


def _kind(generated: Generated, kind: str) -> list[Item]:
    return [i for i in generated.items if i.kind == kind]


def test_generate_meets_the_bar_on_the_bundled_article(generated: Generated) -> None:
    # One deck, no leaks (issue 13): the article's 16 sentences carry at most one cloze,
    # choice or true/false item each, so not 15 + 6 + 4 of them; every kind stays.
    # The deck's no-leak rules (generate/deck.py) also count an option list's own answer,
    # another form of a word ("kølens" for "kølen"), two items asking for one word, and a
    # statement read off another item's context sentence: on the 16 dev texts they took
    # out 108 items, 85 of which reviewers had rejected; decks of short articles shrink.
    # International words make no card (extract.cognates): "koalition", "eliminere",
    # "enklave", "kalifat", "konfliktzone" of this war report went, so 23 cards are 18.
    # An answer of several words is also given away when another item prints every
    # content word of it (review s20): two choices went, "de kurdisk ledede [...]" offering
    # "SDF-styrker" beside "Hvem evakuerer ...? -> de kurdisk ledede SDF-styrker", and
    # "det endelige [...]" offering "slag" beside "Hvad er ... ikke slået mod IS? -> det
    # endelige slag"; a cloze gave its sentence to a true statement ("indledte =
    # begyndte"): 3 choices, 1 cloze, 8 sentences instead of 5, 2 and 11.
    assert len(generated.vocabulary) >= 25
    assert len(_kind(generated, "vocab")) >= 18
    assert len(_kind(generated, "cloze")) >= 1
    questions = _kind(generated, "question")
    assert len(questions) >= 9
    assert {"who", "what", "where", "when", "how_many", "why"} <= {q.asks for q in questions}
    assert len(_kind(generated, "choice")) >= 3
    assert len(_kind(generated, "truefalse")) >= 4
    used = [i.sentence_index for i in generated.items if i.kind in SENTENCE_KINDS]
    assert len(used) == len(set(used)) >= 8


def test_generate_no_prompt_shows_another_items_answer(generated: Generated) -> None:
    for item in generated.items:
        for other in generated.items:
            if other is not item and other.kind != "truefalse":
                assert not occurs_as_word(other.answer, item.prompt), (item, other)


def test_generate_no_answer_is_visible_in_its_prompt(generated: Generated) -> None:
    for item in generated.items:
        if item.kind in ("cloze", "question", "choice"):
            pattern = rf"(?<!\w){re.escape(item.answer)}(?!\w)"
            assert not re.search(pattern, item.prompt, re.IGNORECASE), item


def test_generate_choices_have_four_distinct_options(generated: Generated) -> None:
    for item in _kind(generated, "choice"):
        assert len({c.lower() for c in item.choices}) == len(item.choices) >= 4
        assert item.answer in item.choices


def test_generate_cloze_items_locate_their_answer(generated: Generated) -> None:
    for item in _kind(generated, "cloze"):
        start = item.answer_start
        assert item.source[start : start + len(item.answer)] == item.answer
        gapped = item.source[:start] + CLOZE_GAP + item.source[start + len(item.answer) :]
        own = CLOZE.own_prompt(item)
        # The sentence with the gap; a leading "Og" left out, the sentence before printed
        # first when this one leans on it (generate/grammar/standalone).
        assert gapped.endswith(own[1:]) and own[:1] in (gapped[:1], own[:1].upper())
        context = CLOZE.data(item).context
        assert item.prompt == (f"{context} {own}" if context else own)
        assert item.hint and item.hint.lower() != item.answer.lower()


def test_generate_truefalse_feedback_is_the_true_sentence(generated: Generated) -> None:
    items = _kind(generated, "truefalse")
    assert {i.answer for i in items} == {TRUE_ANSWER, FALSE_ANSWER}
    sentences = {s.text for s in ARTICLE.sentences}
    for item in items:
        assert TRUEFALSE.data(item).feedback == item.source and item.source in sentences
        # True statements are paraphrases and false ones changed: neither is a copy.
        assert item.prompt not in sentences


def test_generate_vocab_cards_carry_their_fields(generated: Generated) -> None:
    # The deck may drop the card (a cloze asks for the same word): the card as made.
    made = get_generator("vocab.v1", "vocab")(
        GenerationContext(ARTICLE, generated.vocabulary, generated.facts, Config())
    )
    card = next(c.item for c in made if c.item.lemma == "lastbil")
    data = VOCAB.data(card)
    assert data.article == "en" and data.gender == "common"
    assert "**lastbiler**" in data.example
    assert data.asked == "lastbiler" and card.answer == "lastbiler"
    assert data.forms == (
        "lastbilen (bestemt ental); lastbiler (ubestemt flertal); lastbilerne (bestemt flertal)"
    )


def test_generate_one_item_per_target_and_spread(generated: Generated) -> None:
    for kind in ("cloze", "vocab"):
        lemmas = [i.lemma for i in _kind(generated, kind)]
        assert len(lemmas) == len(set(lemmas)), kind
    # Spread over the article's 16 sentences: the kinds that blank a sentence use a
    # different one each, and together half of them (8: two choices and a cloze that
    # printed a question's answer are gone, see the bar above).
    used = [i.sentence_index for i in generated.items if i.kind in SENTENCE_KINDS]
    assert len(set(used)) == len(used) >= 8


def test_generate_is_deterministic(generated: Generated) -> None:
    again = generate(ARTICLE, Config())
    assert again.items == generated.items
    assert [i.id for i in again.items] == [i.id for i in generated.items]
    other_seed = generate(ARTICLE, Config(generation=GenerationConfig(seed=7)))
    assert {i.id for i in other_seed.items} & {i.id for i in generated.items}


def test_generate_report_counts_candidates(generated: Generated) -> None:
    report = generated.report
    assert report.kept == len(generated.items)
    assert report.generated > report.kept
    cloze = report.kind("cloze")
    assert cloze is not None and cloze.kept == len(_kind(generated, "cloze"))
    assert cloze.generated > 15 and cloze.wanted == 15
    # What the deck refused is counted under its reason.
    assert dict(cloze.dropped)["sentence used by another item"] > 0


def test_generate_everything_is_plain_json(generated: Generated) -> None:
    from quizgen.export.document import result_document

    document = json.loads(json.dumps(result_document(ARTICLE, generated)))
    assert document["vocabulary"][0]["lemma"]
    assert document["facts"] and document["items"]
    round_trip = [item_from_json(d) for d in items_to_json(generated.items)]
    assert round_trip == list(generated.items)


def test_generate_registry_unknown_name_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as raised:
        get_generator("cloze.v9", "cloze")
    assert "generation.generators.cloze" in str(raised.value)
    assert "did you mean 'cloze.v1'" in str(raised.value)
    with pytest.raises(ConfigError, match=r"unknown generator 'qestion\.v1'"):
        wrong = GenerationConfig(generators=Generators(question="qestion.v1"))
        generate(ARTICLE, Config(generation=wrong))
    with pytest.raises(ConfigError, match="makes vocab items, not cloze items"):
        get_generator("vocab.v1", "cloze")


def test_generate_registry_a_new_generator_is_one_function() -> None:
    @register("cloze.test", kind="cloze")
    def nothing(ctx: object) -> list[object]:
        return []

    assert registered()["cloze.test"] == "cloze"
    config = Config(generation=GenerationConfig(generators=Generators(cloze="cloze.test")))
    assert not [i for i in generate(ARTICLE, config).items if i.kind == "cloze"]


def test_generate_quality_rules_can_fail() -> None:
    base = Item(id="x", kind="question", prompt="Hvem kom?", answer="AP", source="AP kom.")
    assert problem(base, DANISH) == ""
    assert problem(dataclasses.replace(base, prompt="Hvem er AP?"), DANISH) == "answer in prompt"
    assert problem(dataclasses.replace(base, answer="han"), DANISH) == "pronoun answer"
    assert problem(dataclasses.replace(base, answer="x"), DANISH) == "single letter"
    assert problem(dataclasses.replace(base, prompt="hvem kom?"), DANISH) == "lower-case start"
    choice = dataclasses.replace(base, kind="choice", choices=("AP", "DR", "dr", "BBC"))
    assert problem(choice, DANISH) == "too few options"


def test_generate_respects_kinds_and_counts() -> None:
    config = Config(
        generation=GenerationConfig(kinds=("question",), counts={"question": 3})  # type: ignore[arg-type]
    )
    items = generate(ARTICLE, config).items
    assert [i.kind for i in items] == ["question"] * 3


def test_generate_no_prompt_is_asked_twice(generated: Generated) -> None:
    # Regression: a question also came back as a multiple-choice item with the same wording.
    prompts = [i.prompt for i in generated.items if i.kind != "vocab"]
    assert len(prompts) == len(set(prompts))


def test_generate_quality_two_sentences_in_one_prompt_are_refused() -> None:
    # Regression: a missed sentence boundary gave "Hvad har byggeriet kostet. Pengene ...?"
    base = Item(
        id="x", kind="question", prompt="Hvad har det kostet. Pengene kom?", answer="x1", source="s"
    )
    assert problem(base, DANISH) == "two sentences"
    assert problem(dataclasses.replace(base, prompt="Hvad kostede det kl. 17?"), DANISH) == ""


def test_generate_is_deterministic_across_processes() -> None:
    # Regression: a gender vote depended on set order, which varies with PYTHONHASHSEED.
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys; sys.path.insert(0, 'tests');"
        "from analysis_builders import analysis_from_file;"
        "from quizgen.config.schema import Config; from quizgen.generate import generate;"
        "g = generate(analysis_from_file('bundled_article.analysis'), Config());"
        "print([(i.id, i.answer, i.choices) for i in g.items]);"
        "print([(v.lemma, v.gender) for v in g.vocabulary])"
    )
    root = Path(__file__).parents[2]
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1


def test_generate_quality_reflexive_possessive_answers_are_refused() -> None:
    # Regression (gold parse): "Hvad har hensynet stået? => sin første vigtige prøve"
    item = Item(
        id="x",
        kind="question",
        prompt="Hvad har hensynet stået?",
        answer="sin første vigtige prøve",
        source="s",
    )
    assert problem(item, DANISH) == "pronoun answer"


def test_generate_cloze_hint_is_never_an_unknown_lemma() -> None:
    # Regression (real parse): "vundet" got the hint "vunde".
    from quizgen.extract.vocabulary import VocabEntry
    from quizgen.generate.kinds.cloze import hint_for

    def entry(lemma: str) -> VocabEntry:
        return VocabEntry(lemma, "VERB", "word", "", "", (), "", 0, "B1", 4.0, "", 1, 1.0, ())

    assert hint_for(entry("vunde"), "vundet", "lemma") == ""  # no item: a guessing game
    assert hint_for(entry("vinde"), "vundet", "lemma") == "vinde"


def test_generate_truefalse_swaps_a_name_for_a_name() -> None:
    # Regression (real parse): "Skoleleder Peter Madsen fortæller" became
    # "Skoleleder undersøgelsen fortæller" (a source that is a common noun).
    analysis = analysis_from_file("002_soevn_unge.model.analysis", article_id="soevn")
    for item in generate(analysis, Config()).items:
        if item.kind == "truefalse" and item.answer == FALSE_ANSWER:
            old, _, new = (TRUEFALSE.data(item).changed or " → ").partition(" → ")
            assert old[:1].isupper() == new[:1].isupper() or not old, item


def test_generate_without_a_tagger_still_gives_words_and_gaps() -> None:
    # Regression: the degraded fallback pipeline (no tags, no parse) gave no items at all.
    from quizgen.analysis import Analysis, Sentence, Token

    tagless = tuple(
        Sentence(
            index=s.index,
            text=s.text,
            tokens=tuple(
                Token(
                    i=t.i,
                    text=t.text,
                    lemma=t.lemma,
                    pos="",
                    whitespace=t.whitespace,
                    idx=t.idx,
                    head=t.i,
                )
                for t in s.tokens
            ),
            paragraph=s.paragraph,
        )
        for s in ARTICLE.sentences
    )
    bare = Analysis(article=ARTICLE.article, sentences=tagless)
    items = generate(bare, Config()).items
    kinds = Counter(i.kind for i in items)
    assert kinds["vocab"] >= 10 and kinds["cloze"] >= 5
    assert all(not i.lemma[:1].isupper() for i in items if i.kind == "vocab")


def test_generate_international_words_give_gaps_but_no_cards(generated: Generated) -> None:
    # Regression (merge of the cognate rule): international words had left the vocabulary,
    # and the gap items made from them went with it ("konfliktzone": 3 choices became 2).
    no_card = {e.lemma for e in generated.vocabulary if not e.card}
    assert {"koalition", "konfliktzone"} <= no_card
    assert not no_card & {i.lemma for i in generated.items if i.kind == "vocab"}


def test_generate_choice_tries_only_the_best_words_of_a_long_article() -> None:
    # Regression (benchmark): every word of a 20,000-word article was tried as a gap,
    # each against the article's other words: generation grew with the square of the
    # length (82 s against a 6 s parse).
    from types import SimpleNamespace

    from quizgen.extract.vocabulary import Occurrence, VocabEntry
    from quizgen.generate.kinds.choice import WORD_ENTRIES, _word_slots

    def entry(n: int) -> VocabEntry:
        places = tuple(Occurrence(s, (0,), "ord") for s in range(5))
        return VocabEntry(
            f"ord{n}", "NOUN", "word", "", "", (), "", 0, "B1", 4.0, "", 5, 1.0, places
        )

    ctx = SimpleNamespace(vocabulary=tuple(entry(n) for n in range(WORD_ENTRIES + 50)))
    slots = list(_word_slots(ctx))  # type: ignore[arg-type]
    assert {e.lemma for e, _ in slots} == {f"ord{n}" for n in range(WORD_ENTRIES)}
