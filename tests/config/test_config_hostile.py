"""Issue 12: config files that are huge, odd or hostile give exit 2 and one located problem."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.config import load_config, parse_config_text, write_default_config
from quizgen.config.nlp import NlpConfig
from quizgen.errors import ConfigError, QuizgenError


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZGEN_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("QUIZGEN_CONFIG", raising=False)


def _problem(text: str) -> str:
    with pytest.raises(ConfigError) as caught:
        parse_config_text(text, "c.yaml")
    (problem,) = caught.value.problems
    return problem.render("c.yaml")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_loader_reads_a_bounded_amount_of_an_endless_file() -> None:
    with pytest.raises(ConfigError) as caught:
        load_config("/dev/zero")
    assert "too large" in str(caught.value)


def test_loader_5000_digit_number_is_located() -> None:
    problem = _problem("nlp:\n  batch_size: " + "9" * 5000 + "\n")
    assert problem.startswith("c.yaml:2:") and "too many digits" in problem


def test_loader_impossible_date_is_located() -> None:
    assert "2019-02-30" in _problem("anki:\n  deck_name: 2019-02-30\n")


def test_loader_aliases_are_refused() -> None:
    assert "aliases" in _problem("a: &a [1, 2]\nanki:\n  deck_name: *a\n")


def test_anki_deck_name_width_is_limited() -> None:
    problem = _problem('anki:\n  deck_name: "Dansk::{title:>300000000}"\n')
    assert "anki.deck_name" in problem and "width" in problem


def test_anki_deck_name_nested_width_is_refused() -> None:
    assert "anki.deck_name" in _problem('anki:\n  deck_name: "Dansk::{title:>{slug}}"\n')


def test_anki_deck_name_small_width_is_allowed() -> None:
    assert parse_config_text('anki:\n  deck_name: "D::{title:.40}"\n').anki.deck_name


def test_nlp_installed_module_that_is_not_a_pipeline_is_refused() -> None:
    problem = _problem("nlp:\n  model: rich\n")
    assert "nlp.model" in problem and "not a spaCy pipeline" in problem


def test_nlp_pipeline_that_is_not_installed_is_left_to_the_fallback() -> None:
    assert NlpConfig(model="da_no_such_pipeline").model == "da_no_such_pipeline"


def test_nlp_module_that_is_not_a_pipeline_falls_back_with_a_warning() -> None:
    from quizgen.nlp import load_pipeline

    pipeline = load_pipeline(NlpConfig.model_construct(model="rich", batch_size=8))
    assert "nlp.model" in pipeline.info.warning


def test_loader_config_init_onto_a_full_disk_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def full(source: str, destination: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    assert main(["config", "init", str(tmp_path / "c.yaml")]) == 1
    assert "No space left" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_loader_config_init_respects_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        written = write_default_config(tmp_path / "c.yaml")
    finally:
        os.umask(old)
    assert written.stat().st_mode & 0o777 == 0o644


def test_loader_full_disk_error_is_a_failure_not_bad_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(source: str, destination: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(QuizgenError) as caught:
        write_default_config(tmp_path / "c.yaml")
    assert caught.value.exit_code == 1


@pytest.mark.parametrize(
    ("key", "template"),
    [
        ("role", "Hvem er {role:>300000000}? {role}"),
        ("definition", "Hvad er {term:^999999}? {term}"),
        ("said", "Hvem {verb:>300000000}: »{quote}«?"),
    ],
)
def test_generation_phrasing_width_is_limited(key: str, template: str) -> None:
    problem = _problem(f'questions:\n  phrasings:\n    {key}: "{template}"\n')
    assert f"questions.phrasings.{key}" in problem and "width" in problem


def test_generation_phrasing_attribute_access_is_refused() -> None:
    problem = _problem('questions:\n  phrasings:\n    role: "Hvem er {role.__class__}? {role}"\n')
    assert "questions.phrasings.role" in problem and "only {role}" in problem


def test_generation_phrasing_small_width_is_allowed() -> None:
    config = parse_config_text('questions:\n  phrasings:\n    role: "Hvem er {role:.40}?"\n')
    assert config.questions.phrasings.role == "Hvem er {role:.40}?"
