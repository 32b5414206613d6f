"""A sixth kind, from this file alone: its data, spec and generator are registered
here, and it goes through generation (switched on by config), the JSON codec, an
Anki package, CSV, the worksheet and practice checking without a package change."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from analysis_builders import analysis_from_file

from quizgen.config.anki import AnkiConfig
from quizgen.config.loader import parse_config_text
from quizgen.export.anki import DeckSource, write_deck
from quizgen.export.anki.deck import build_package
from quizgen.export.csv_export import write_csv
from quizgen.export.worksheet import render_worksheet
from quizgen.generate import Generated, generate
from quizgen.generate.codec import dumps, item_from_json, item_to_json, loads
from quizgen.generate.context import Candidate, GenerationContext
from quizgen.generate.fieldhtml import escape
from quizgen.generate.kinds import (
    CardSlot,
    FieldContext,
    KindSpec,
    NoteType,
    kind_names,
    register_kind,
    unregister_kind,
)
from quizgen.generate.registry import register
from quizgen.items import Item, KindData
from quizgen.lang.cards import CardWords
from quizgen.practice.answers import answer_mode, check_answer

ARTICLE = analysis_from_file("bundled_article.analysis", article_id="0ea3d618a2e44150")
TOY_MODEL_ID = 1_555_000_111


@dataclass(frozen=True, slots=True)
class ToyData(KindData):
    position: str = ""  # which sentence, counting from 1


@dataclass(frozen=True)
class ToySpec(KindSpec[ToyData]):
    def note_type(self, words: CardWords) -> NoteType:
        return NoteType(
            "quizgen toy v1",
            TOY_MODEL_ID,
            ("Prompt", "Answer", "Position", "Source", "Article"),
            (CardSlot("toy", words.plain_card),),
            templates={"toy": ("{{Prompt}}", "{{FrontSide}}<hr id=answer>{{Answer}} {{Source}}")},
        )

    def anki_fields(self, item: Item, ctx: FieldContext) -> dict[str, str]:
        data = self.data(item)
        return {"Prompt": escape(item.prompt), "Answer": escape(item.answer),
                "Position": escape(data.position)}  # fmt: skip

    def worksheet_section(self, words: CardWords) -> tuple[str, str]:
        return "Første ord", "Skriv sætningens første ord."


TOY = ToySpec("toy", ToyData, label="First word", instruction="Type the first word.")


@register("toy.v1", kind="toy")
def make_toy(ctx: GenerationContext) -> list[Candidate]:
    out = []
    for sentence in ctx.analysis.sentences:
        first = sentence.tokens[0].text
        item = Item(
            id=ctx.item_id("toy", sentence.text, first),
            kind="toy",
            prompt=f"Hvilket ord står først i sætning {sentence.index + 1}?",
            answer=first,
            source=sentence.text,
            article_id=ctx.article_id,
            answer_start=0,
            sentence_index=sentence.index,
            data=ToyData(position=str(sentence.index + 1)),
        )
        out.append(Candidate(item, 1.0 - 0.01 * sentence.index, sentence.text))
    return out


@pytest.fixture(scope="module")
def toy() -> Iterator[ToySpec]:
    register_kind(TOY)
    yield TOY
    unregister_kind("toy")  # other tests see the five built-in kinds only


@pytest.fixture(scope="module")
def generated(toy: ToySpec) -> Generated:
    config = parse_config_text(
        "generation:\n  kinds: [cloze, toy]\n  counts:\n    toy: 3\n    cloze: 2\n"
        "  generators:\n    toy: toy.v1\n"
    )
    return generate(ARTICLE, config)


def _toys(generated: Generated) -> list[Item]:
    return [i for i in generated.items if i.kind == "toy"]


def test_kinds_toy_is_registered_after_the_built_ins(toy: ToySpec) -> None:
    assert kind_names()[-1] == "toy"
    assert kind_names()[:5] == ("cloze", "vocab", "question", "choice", "truefalse")


def test_kinds_toy_is_generated_when_config_switches_it_on(generated: Generated) -> None:
    toys = _toys(generated)
    assert len(toys) == 3
    assert {i.kind for i in generated.items} == {"cloze", "toy"}
    assert all(isinstance(i.data, ToyData) and i.data.position for i in toys)
    report = generated.report.kind("toy")
    assert report is not None and report.generator == "toy.v1" and report.kept == 3


def test_kinds_toy_unknown_generator_is_a_config_error(toy: ToySpec) -> None:
    from quizgen.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        parse_config_text("generation:\n  generators:\n    toy: toy.v2\n")
    assert "did you mean 'toy.v1'?" in str(caught.value)
    assert caught.value.problems[0].path == "generation.generators.toy"


def test_kinds_toy_round_trips_through_json(generated: Generated) -> None:
    for item in _toys(generated):
        assert item_from_json(json.loads(json.dumps(item_to_json(item)))) == item
        assert loads(dumps(item)) == item


def test_kinds_toy_goes_into_an_anki_package(generated: Generated, tmp_path: Path) -> None:
    source = DeckSource(ARTICLE.article.id, "Toy", "toy", tuple(_toys(generated)))
    package = build_package([source], AnkiConfig())
    notes = [n for deck in package.decks for n in deck.notes]
    assert [n.model.model_id for n in notes] == [TOY_MODEL_ID] * 3
    first = _toys(generated)[0]
    position = first.data.position if isinstance(first.data, ToyData) else ""
    assert notes[0].fields[:3] == [escape(first.prompt), escape(first.answer), position]
    assert "kind::toy" in notes[0].tags
    summary = write_deck([source], tmp_path / "toy.apkg", AnkiConfig(), now=1_700_000_000.0)
    assert summary.notes_by_kind == {"toy": 3} and summary.cards == 3
    with zipfile.ZipFile(tmp_path / "toy.apkg") as archive:
        assert "collection.anki2" in archive.namelist()


def test_kinds_toy_writes_csv_and_worksheet(generated: Generated) -> None:
    stream = io.StringIO()
    assert write_csv(_toys(generated), stream, layout="table") == 3
    assert "\ttoy\tHvilket ord står først i sætning " in stream.getvalue()
    sheet = render_worksheet(ARTICLE, generated)
    assert "## Første ord" in sheet and "*Skriv sætningens første ord.*" in sheet
    assert sheet.index("## Udfyld hullerne") < sheet.index("## Første ord")


def test_kinds_toy_answers_are_checked(generated: Generated) -> None:
    item = _toys(generated)[0]
    assert answer_mode(item) == "typed"
    assert check_answer(item, item.answer.lower()).verdict == "right"
    assert check_answer(item, "").verdict == "dont_know"
    assert check_answer(item, "zzzz").verdict == "wrong"
