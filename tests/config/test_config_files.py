"""Every way a config file can be wrong, each with the message it must produce.

One file per failure mode lives in tests/data/configs/.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from quizgen.config import Config, load_config
from quizgen.errors import ConfigError

CONFIGS = Path(__file__).parents[1] / "data" / "configs"


@dataclass(frozen=True)
class Expected:
    path: str  # dotted key path ("" for whole-file problems)
    line: int | None
    fragments: tuple[str, ...]  # each must appear in the message


CASES: dict[str, Expected] = {
    "unknown_section.yaml": Expected(
        "generashun", 2, ("unknown setting 'generashun'", "did you mean 'generation'?")
    ),
    "unknown_nested_key.yaml": Expected(
        "generation.cunts", 2, ("unknown setting 'cunts'", "did you mean 'counts'?")
    ),
    "misplaced_key.yaml": Expected(
        "seed", 3, ("unknown setting 'seed'", "did you mean generation.seed?")
    ),
    "not_a_whole_number.yaml": Expected(
        "generation.counts.cloze", 3, ("must be a whole number from 0 to 1000, got 'many'",)
    ),
    "out_of_range.yaml": Expected(
        "generation.counts.vocab", 3, ("must be a whole number from 0 to 1000, got 5000",)
    ),
    "bad_level.yaml": Expected(
        "generation.level.min", 3, ("must be one of A1, A2, B1, B2, C1, C2, got 'D1'",)
    ),
    "bad_kind_in_list.yaml": Expected(
        "generation.kinds",
        4,
        (
            "item 2 must be one of cloze, vocab, question, choice, truefalse",
            "got 'clze'",
            "did you mean 'cloze'?",
        ),
    ),
    "not_true_or_false.yaml": Expected(
        "input.warn_if_not_danish", 2, ("must be true or false, got 'maybe'",)
    ),
    "text_expected.yaml": Expected("anki.deck_name", 2, ("must be text, got 5", 'quotes: "5"')),
    "section_not_mapping.yaml": Expected("generation", 1, ("must be a group of settings", "got 5")),
    "list_expected.yaml": Expected("generation.stoplist", 2, ("must be a list", "got 'og'")),
    "float_out_of_range.yaml": Expected(
        "practice.desired_retention",
        2,
        ("must be a number between 0.5 and 1 (not including them), got 2",),
    ),
    "duplicate_key.yaml": Expected(
        "nlp.batch_size", 3, ("is written twice (first on line 2)", "remove one")
    ),
    "duplicate_section.yaml": Expected("practice", 5, ("is written twice (first on line 1)",)),
    "broken_yaml.yaml": Expected(
        "", 3, ("is not valid YAML", "flow mapping (started on line 2, column 11)")
    ),
    "tab_indent.yaml": Expected("", 2, ("is not valid YAML", "use spaces, not tabs")),
    "bad_indentation.yaml": Expected("", 3, ("is not valid YAML", "indentation")),
    "top_level_list.yaml": Expected(
        "", 1, ("must hold settings as 'key: value' lines", "holds a list")
    ),
    "top_level_text.yaml": Expected("", 1, ("holds 'just some text'",)),
    "python_tag.yaml": Expected("", 2, ("is not valid YAML", "'!!' tags are not allowed")),
    "two_documents.yaml": Expected("", 3, ("one document", "remove the '---' line")),
    "not_utf8.yaml": Expected("", 2, ("is not UTF-8 text", "save the file as UTF-8")),
    "binary.yaml": Expected("", None, ("is not a text file",)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_config_bad_file_reports_key_line_and_advice(name: str) -> None:
    expected = CASES[name]
    with pytest.raises(ConfigError) as caught:
        load_config(CONFIGS / name)
    problems = caught.value.problems
    assert len(problems) == 1, [p.render(name) for p in problems]
    problem = problems[0]
    assert problem.path == expected.path
    assert problem.line == expected.line
    for fragment in expected.fragments:
        assert fragment in problem.message, problem.message


def test_config_every_bad_fixture_has_a_case() -> None:
    good = {
        "empty.yaml",
        "comments_only.yaml",
        "partial.yaml",
        "empty_section.yaml",
        "utf8_bom.yaml",
        "multiple_problems.yaml",
    }
    on_disk = {p.name for p in CONFIGS.glob("*.yaml")}
    assert on_disk - good == set(CASES)


def test_config_error_renders_file_line_column_and_key() -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(CONFIGS / "bad_level.yaml")
    text = str(caught.value)
    name = str(CONFIGS / "bad_level.yaml")
    assert f"{name}:3:5: generation.level.min: must be one of A1" in text
    assert "1 config problem" in text


def test_config_multiple_problems_reported_together_in_line_order() -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(CONFIGS / "multiple_problems.yaml")
    found = [(p.path, p.line) for p in caught.value.problems]
    assert found == [
        ("generation.counts.cloze", 4),
        ("generation.level.min", 6),
        ("praktice", 7),
    ]
    assert "did you mean 'practice'?" in caught.value.problems[2].message
    assert "3 config problems" in str(caught.value)


@pytest.mark.parametrize("name", ["empty.yaml", "comments_only.yaml"])
def test_config_empty_file_means_all_defaults(name: str) -> None:
    assert load_config(CONFIGS / name) == Config()


def test_config_partial_file_merges_over_defaults() -> None:
    config = load_config(CONFIGS / "partial.yaml")
    assert config.generation.counts.vocab == 3
    assert config.practice.new_per_day == 5
    defaults = Config()
    assert config.generation.counts.cloze == defaults.generation.counts.cloze
    assert config.generation.level == defaults.generation.level
    assert config.anki == defaults.anki
    assert config.nlp == defaults.nlp


def test_config_section_with_everything_commented_out_keeps_defaults() -> None:
    config = load_config(CONFIGS / "empty_section.yaml")
    assert config.generation == Config().generation
    assert config.practice.new_per_day == 5


def test_config_utf8_bom_is_accepted() -> None:
    assert load_config(CONFIGS / "utf8_bom.yaml").anki.deck_name == "Dansk::København"
