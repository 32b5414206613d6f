"""The command line: exit codes, one-line errors, and the main jobs end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen import __version__
from quizgen.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = next((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZGEN_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("QUIZGEN_CONFIG", raising=False)


def _error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    errors = [line for line in err if line.startswith("quizgen: error:")]
    assert len(errors) == 1, err
    assert not any("Traceback" in line for line in err)
    return errors[0]


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"quizgen {__version__}"


def test_cli_without_command_shows_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "build" in capsys.readouterr().out


def test_cli_missing_article_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path)]) == 2
    assert "nope.txt" in _error_line(capsys)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"", "empty"), (b"   \n\n\t ", "blank"), (b"\x00\x01\x02\xff" * 64, "binary")],
)
def test_cli_bad_article_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, fragment: str
) -> None:
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    output = tmp_path / "out"
    assert main(["build", str(article), "-o", str(output)]) == 2
    assert fragment in _error_line(capsys)
    assert not output.exists() or not any(output.iterdir())


def test_cli_bad_config_names_key_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text("generashun:\n  seed: 1\n", encoding="utf-8")
    assert main(["config", "check", str(config)]) == 2
    err = capsys.readouterr().err
    assert "generashun" in err and "generation" in err and ":1" in err
    assert "Traceback" not in err


def test_cli_config_init_writes_a_valid_file_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "my.yaml"
    assert main(["config", "init", str(target)]) == 0
    assert main(["config", "check", str(target)]) == 0
    before = target.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["config", "init", str(target)]) == 2
    assert "exists" in _error_line(capsys)
    assert target.read_text(encoding="utf-8") == before


def test_cli_output_folder_that_is_a_file_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "decks"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["build", str(SEED), "-o", str(blocker)]) == 1
    assert "not a folder" in _error_line(capsys)


def test_cli_errors_print_no_traceback_in_a_real_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "inspect", str(tmp_path / "missing.md")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("quizgen: error:")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_build_writes_a_deck_and_says_how_to_practise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", str(ROOT / "seeds"), "-o", str(tmp_path / "decks")]) == 0
    decks = list((tmp_path / "decks").glob("*.apkg"))
    assert len(decks) == 1 and decks[0].stat().st_size > 5000
    out = capsys.readouterr().out
    assert "quizgen practice" in out and decks[0].name in out.replace("\n", "")
    assert not list((tmp_path / "decks").glob("*.tmp"))


def test_cli_inspect_json_reads_stdin_and_has_the_documented_shape(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    assert main(["inspect", "-", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document["article"]) >= {"title", "date", "source", "language", "id"}
    assert document["article"]["date"] == "2019-02"
    token = document["sentences"][0]["tokens"][0]
    assert set(token) >= {"text", "lemma", "pos", "morph", "dep", "head", "ent"}
    assert document["sentences"][0]["text"].startswith("Byen Baghouz")
    assert {"vocabulary", "facts", "items"} <= set(document)
    assert all("lemma" in entry for entry in document["vocabulary"])


def test_cli_build_several_articles_one_deck_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    second = tmp_path / "anden.md"
    second.write_text(
        "title: Vejret i Aarhus\n\nI Aarhus regnede det hele tirsdag. Meteorologerne "
        "fra DMI venter sol i weekenden, og temperaturen stiger til 18 grader.\n",
        encoding="utf-8",
    )
    assert main(["build", str(SEED), str(second), "-o", str(tmp_path / "decks")]) == 0
    assert len(list((tmp_path / "decks").glob("*.apkg"))) == 2


def test_cli_export_md_writes_a_worksheet_with_answer_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "ark.md"
    assert main(["export", str(SEED), "--format", "md", "-o", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert "Byen Baghouz" in text


def test_cli_export_csv_to_stdout_is_tab_separated(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(SEED), "--format", "csv"]) == 0
    import csv
    import io

    out = capsys.readouterr().out
    assert out.startswith("#separator:tab")
    body = "".join(line for line in out.splitlines(keepends=True) if not line.startswith("#"))
    rows = list(csv.reader(io.StringIO(body), delimiter="\t"))
    assert len(rows) >= 20 and all(len(row) == 3 and row[0] and row[1] for row in rows)


def test_cli_export_to_unwritable_path_exits_1_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["export", str(SEED), "-o", str(blocker / "ark.md")]) == 1
    assert "ark.md" in _error_line(capsys)
