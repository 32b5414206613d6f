from __future__ import annotations

import json
from pathlib import Path

import pytest
from practice_fixtures import CONFIG, DECK, ITEMS, NOW, stocked_store

from quizgen.cli import main
from quizgen.practice.scheduler import Rating
from quizgen.practice.session import PracticeSession
from quizgen.practice.stats import progress_stats


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUIZGEN_HOME", str(tmp_path))
    monkeypatch.delenv("QUIZGEN_CONFIG", raising=False)
    store = stocked_store(tmp_path / "progress.sqlite3")
    session = PracticeSession(store, CONFIG, NOW)
    for answer in ("huset", "", "hospital"):
        session.answer(answer, NOW)
        session.advance(NOW)
    store.close()
    return tmp_path


def test_practice_cli_stats_json(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reviews"] == 3
    assert data["cards"] == 3
    assert data["due"] == 3  # answered at NOW, long due by the real clock
    assert data["new"] == len(ITEMS) - 3
    assert data["decks"][0]["title"] == DECK.title


def test_practice_cli_stats_table(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert DECK.title in out and "Reviews: 3" in out


def test_practice_cli_unknown_target_is_one_clear_error(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["practice", "no-such-thing"]) == 2
    err = capsys.readouterr().err
    assert "neither an article file nor a stored deck" in err
    assert DECK.title in err and "Traceback" not in err


def test_practice_cli_needs_a_terminal(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["practice", DECK.title]) == 2  # pytest's stdin/stdout are no terminal
    assert "interactive terminal" in capsys.readouterr().err


def test_practice_cli_broken_database_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QUIZGEN_HOME", str(tmp_path))
    (tmp_path / "progress.sqlite3").write_bytes(b"garbage" * 500)
    assert main(["stats"]) == 1
    assert "cannot open the progress database" in capsys.readouterr().err


def test_practice_stats_retention_and_words(tmp_path: Path) -> None:
    store = stocked_store(tmp_path / "p.db")
    session = PracticeSession(store, CONFIG, NOW)
    while session.current is not None:  # everything right, rated Easy: all learned
        session.answer(session.current.answer if session.current.kind != "truefalse" else "f", NOW)
        session.override(Rating.Easy, NOW)
        session.advance(NOW)
    stats = progress_stats(store, NOW, days=3)
    assert (stats.reviews, stats.cards, stats.learned, stats.new) == (len(ITEMS),) * 3 + (0,)
    assert stats.words_total == 3 and stats.words_learned == 3
    assert stats.retention is None  # no card was in long-term review before
    assert stats.accuracy == 1.0
    assert [d.reviews for d in stats.per_day] == [0, 0, len(ITEMS)]


def test_practice_cli_apkg_is_explained_not_taken_for_a_word_file(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = home / "huset.apkg"
    deck.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["practice", str(deck)]) == 2
    err = capsys.readouterr().err
    assert "Anki deck" in err and "Word" not in err and "Traceback" not in err


def test_practice_cli_deck_by_the_start_of_its_title(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # As the tables show a long title: cut short, with "…"; fails only on the terminal.
    assert main(["practice", DECK.title[:8] + "…"]) == 2
    assert "interactive terminal" in capsys.readouterr().err


def test_practice_cli_stats_draws_charts(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert "Reviews per day, last 30 days" in out and "Cards due per day" in out
    assert "Fill the gap" in out  # retention per kind


def test_practice_cli_sparkline_scales_to_the_peak() -> None:
    from quizgen.cli.practice import sparkline

    assert sparkline([0, 1, 8]) == " ▁█"
    assert sparkline([0, 0]) == "▁▁"


def test_practice_cli_reports_for_the_teacher(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quizgen.practice.store import Store

    with Store(home / "progress.sqlite3") as store:
        store.report(ITEMS[0].id, DECK.id, "gives\tits answer away", NOW)
    assert main(["stats", "--reports"]) == 0
    header, line = capsys.readouterr().out.splitlines()
    assert header.startswith("deck\tprompt")
    assert line.split("\t")[:2] == [DECK.title, ITEMS[0].prompt]
    assert "gives its answer away" in line


def _damage(path: Path) -> None:
    """Scribble over every page but the first: the file opens, reading it fails."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 8 : offset + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))


def test_practice_cli_damaged_database_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QUIZGEN_HOME", str(tmp_path))
    stocked_store(tmp_path / "progress.sqlite3").close()
    _damage(tmp_path / "progress.sqlite3")
    assert main(["practice"]) == 1  # refused before the app would start
    err = capsys.readouterr().err
    assert "progress database" in err and ("damaged" in err or "malformed" in err)
    assert len(err.strip().splitlines()) == 1


def test_practice_cli_read_only_database_is_refused_at_the_start(tmp_path: Path) -> None:
    from quizgen.errors import PracticeError

    store = stocked_store(tmp_path / "progress.sqlite3")
    store._db.execute("PRAGMA query_only = ON")  # as a read-only file, even for root
    with pytest.raises(PracticeError, match="readonly"):
        store.check_usable()
    store.close()
