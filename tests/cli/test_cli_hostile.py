"""Issue 12: the CLI edge keeps the error contract for odd input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.cli import main, one_line
from quizgen.cli.common import expand_sources
from quizgen.errors import InputError, UsageError
from quizgen.export.atomic import write_bytes_atomically

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZGEN_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("QUIZGEN_CONFIG", raising=False)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_common_fifo_in_a_folder_is_not_an_article(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.txt")
    (tmp_path / "a.txt").write_text("Hej.", encoding="utf-8")
    assert expand_sources([str(tmp_path)]) == [str(tmp_path / "a.txt")]


def test_cli_closed_stdin_is_exit_2_one_line() -> None:
    # `quizgen build - <&-`: file descriptor 0 closed before Python starts.
    closed = subprocess.run(
        ["sh", "-c", f'exec "{sys.executable}" -m quizgen build - <&-'],
        capture_output=True, text=True, timeout=60, cwd=ROOT, check=False,
    )  # fmt: skip
    assert closed.returncode == 2, closed.stderr
    (line,) = closed.stderr.strip().splitlines()
    assert line.startswith("quizgen: error: <stdin>: is closed")


def test_cli_exit_code_does_not_depend_on_debug(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "missing.txt")
    assert main(["inspect", missing]) == 2
    assert main(["--debug", "inspect", missing]) == 2
    assert "Traceback" in capsys.readouterr().err


def test_cli_message_and_hint_do_not_run_together() -> None:
    error = UsageError("'x' is neither an article file nor a stored deck", "Give a path.")
    assert one_line(error) == "'x' is neither an article file nor a stored deck. Give a path."
    assert one_line(InputError("x: file not found;", "check it.")) == "x: file not found; check it."
    assert one_line(UsageError("needs a terminal", "run it in one")) == (
        "needs a terminal; run it in one"
    )


def test_cli_config_yaml_says_decks_are_made_by_build() -> None:
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    assert "made by `quizgen build`" in text
    assert "made by `quizgen export`" not in text


def test_atomic_new_file_respects_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_bytes_atomically(tmp_path / "deck.apkg", b"x")
    finally:
        os.umask(old)
    assert (tmp_path / "deck.apkg").stat().st_mode & 0o777 == 0o644


def test_atomic_rewrite_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "deck.apkg"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_bytes_atomically(target, b"new")
    assert target.stat().st_mode & 0o777 == 0o644
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.apkg"]


HOSTILE_TITLE = "Krig [/b] og fred \x1b]0;pwned\x07 [opdateret]"
HOSTILE_ARTICLE = (
    '---\ntitle: "Krig [/b] og fred \\e]0;pwned\\a [opdateret]"\n---\n'
    "Mette Frederiksen er statsminister i Danmark. Hun sagde i går, at regeringen vil "
    "bygge flere huse i København.\n"
)


def test_cli_build_and_inspect_show_markup_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.md"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    assert main(["build", str(article), "-o", str(tmp_path / "out" / "x[/i]")]) == 0
    built = capsys.readouterr()
    assert "x[/i]" in built.out and "\x1b" not in built.out + built.err
    assert main(["inspect", str(article)]) == 0
    shown = capsys.readouterr().out
    assert "Krig [/b] og fred" in shown and "[opdateret]" in shown
    assert "\x1b" not in shown and "\x07" not in shown


def test_cli_stats_shows_a_stored_title_with_markup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import dataclasses

    from practice_fixtures import DECK, ITEMS, NOW

    from quizgen.practice.store import Store

    with Store(tmp_path / "home" / "progress.sqlite3") as store:
        store.save_deck(dataclasses.replace(DECK, title=HOSTILE_TITLE), ITEMS, NOW)
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert "Krig [/b] og fred ]0;pwned [opdateret]" in out and "\x1b" not in out


def test_cli_error_messages_drop_control_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "no-such-\x1b]0;pwned\x07.txt"]) == 2
    err = capsys.readouterr().err
    assert "no-such-]0;pwned.txt" in err and "\x1b" not in err


def test_errors_str_separates_message_and_hint() -> None:
    error = UsageError("no such deck", "Give a path.")
    assert str(error) == "no such deck. Give a path."
