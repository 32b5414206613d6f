"""The documented defaults, the config API, and writing a starter file."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
import yaml

from quizgen.config import (
    Config,
    default_config_path,
    default_config_text,
    load_config,
    parse_config_text,
    write_default_config,
)
from quizgen.config.problems import did_you_mean, number_description, show_value
from quizgen.errors import ConfigError, UsageError

ROOT = Path(__file__).parents[2]


def test_config_defaults_equal_the_documented_config_yaml() -> None:
    data = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    assert Config.model_validate(data) == Config()
    # and nothing in the model is left undocumented
    assert set(data) == set(Config.model_fields)
    for name, field in Config.model_fields.items():
        assert data[name] is not None, f"section {name} is empty in config.yaml"
        documented = set(data[name])
        assert field.annotation is not None
        assert documented == set(field.annotation.model_fields), name


def _leaf_key_lines(node: yaml.Node) -> list[tuple[str, int]]:
    """(dotted key, 0-based line) of every key whose value is not a non-empty section."""
    leaves: list[tuple[str, int]] = []

    def walk(current: yaml.Node, prefix: str) -> None:
        assert isinstance(current, yaml.MappingNode)
        for key, value in current.value:
            path = f"{prefix}{key.value}"
            if isinstance(value, yaml.MappingNode) and value.value and value.flow_style is not True:
                walk(value, path + ".")
            else:
                leaves.append((path, key.start_mark.line))

    walk(node, "")
    return leaves


def test_config_every_leaf_key_has_a_comment() -> None:
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    lines = text.split("\n")
    root = yaml.compose(text)
    assert root is not None
    missing = []
    for path, line in _leaf_key_lines(root):
        above = lines[line - 1].strip() if line > 0 else ""
        trailing = " #" in lines[line]
        if not (above.startswith("#") or trailing):
            missing.append(path)
    assert missing == [], f"keys without a comment in config.yaml: {missing}"


def test_config_comment_check_can_fail() -> None:
    root = yaml.compose("a:\n  b: 1\n")
    assert root is not None
    assert _leaf_key_lines(root) == [("a.b", 1)]


def test_config_default_path_is_the_root_file_in_a_checkout() -> None:
    assert default_config_path().resolve() == (ROOT / "config.yaml").resolve()
    assert default_config_text() == (ROOT / "config.yaml").read_text(encoding="utf-8")


def test_config_wheel_ships_the_root_file_inside_the_package() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    force = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force["config.yaml"] == "quizgen/config.yaml"


def test_config_none_means_defaults() -> None:
    assert load_config(None) == Config()


def test_config_loaded_defaults_file_equals_model() -> None:
    assert load_config(default_config_path()) == Config()


def test_config_text_in_memory_is_validated() -> None:
    assert parse_config_text("practice:\n  new_per_day: 7\n").practice.new_per_day == 7
    with pytest.raises(ConfigError) as caught:
        parse_config_text("practice:\n  new_per_day: lots\n", "inline.yaml")
    assert caught.value.problems[0].path == "practice.new_per_day"
    assert caught.value.filename == "inline.yaml"


def test_config_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "nope.yaml")
    assert "file not found" in str(caught.value)
    assert "quizgen config init" in str(caught.value)


def test_config_directory(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert "is a folder, not a config file" in str(caught.value)


def test_config_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.yaml"
    path.write_text("nlp: {}\n", encoding="utf-8")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert "cannot be read (Permission denied)" in str(caught.value)


def test_config_error_exit_code_is_2(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "nope.yaml")
    assert caught.value.exit_code == 2


def test_config_utf16_file_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "windows.yaml"
    path.write_bytes("\ufeffanki:\n  deck_name: Ærø\n".encode("utf-16"))
    assert load_config(path).anki.deck_name == "Ærø"


def test_config_write_default(tmp_path: Path) -> None:
    target = write_default_config(tmp_path / "my.yaml")
    assert target == tmp_path / "my.yaml"
    assert target.read_text(encoding="utf-8") == default_config_text()
    assert load_config(target) == Config()


def test_config_write_default_into_a_folder(tmp_path: Path) -> None:
    assert write_default_config(tmp_path) == tmp_path / "config.yaml"


def test_config_write_default_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "config.yaml"
    target.write_text("mine\n", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        write_default_config(target)
    assert "already exists" in str(caught.value)
    assert "--force" in str(caught.value)
    assert target.read_text(encoding="utf-8") == "mine\n"
    write_default_config(target, force=True)
    assert target.read_text(encoding="utf-8") == default_config_text()


def test_config_write_default_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        write_default_config(tmp_path / "no" / "such" / "config.yaml")
    assert "does not exist" in str(caught.value)


def test_config_write_default_failure_leaves_nothing_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "config.yaml"
    target.write_text("mine\n", encoding="utf-8")

    def fail(source: str, destination: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(UsageError) as caught:
        write_default_config(target, force=True)
    assert "cannot write" in str(caught.value)
    assert "Permission denied" in str(caught.value)
    assert target.read_text(encoding="utf-8") == "mine\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.yaml"]


def test_config_did_you_mean() -> None:
    assert did_you_mean("generashun", ["nlp", "input", "generation"]) == (
        "; did you mean 'generation'?"
    )
    assert did_you_mean("colour", ["nlp", "input", "generation"]) == ""


def test_config_number_description() -> None:
    from annotated_types import Ge, Gt, Le, Lt

    assert number_description(True, [Ge(0), Le(1000)]) == "a whole number from 0 to 1000"
    assert number_description(False, [Gt(0.5), Lt(1.0)]) == (
        "a number between 0.5 and 1 (not including them)"
    )
    assert number_description(False, [Gt(0)]) == "a number greater than 0"
    assert number_description(True, []) == "a whole number"


def test_config_show_value() -> None:
    assert show_value("many") == "'many'"
    assert show_value(None) == "nothing (the value is empty)"
    assert show_value(True) == "true"
    assert show_value(2.0) == "2"
    assert show_value([1]) == "a list"


def test_config_empty_text_value_says_how_to_write_none() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config_text("nlp:\n  model:\n")
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == ("nlp.model", 2)
    assert problem.message == 'must be text, got nothing (the value is empty); write "" for no text'


def test_config_number_as_key_is_named() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config_text("1: x\n")
    assert caught.value.problems[0].message == "setting names must be words, got 1"


def test_config_section_left_empty_keeps_its_defaults() -> None:
    assert parse_config_text("generation:\n  glossary:\n") == Config()
