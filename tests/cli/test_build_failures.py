"""A folder build: one failing article is reported and the others are still built;
articles with the same title never overwrite one another's deck."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.cli import main

ARTICLE = (
    "title: {title}\n\nI Aarhus regnede det hele tirsdag. Meteorologerne fra DMI venter "
    "sol i weekenden, og temperaturen stiger til {degrees} grader.\n"
)


def _write(folder: Path, name: str, title: str, degrees: int = 18) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(ARTICLE.format(title=title, degrees=degrees), encoding="utf-8")
    return path


def test_build_an_unreadable_article_is_reported_and_the_others_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    _write(folder, "a.md", "Vejret i Aarhus")
    _write(folder, "c.md", "Vejret i Odense", 20)
    (folder / "b.txt").write_bytes(b"")
    assert main(["build", str(folder), "-o", str(tmp_path / "decks")]) == 1
    assert len(list((tmp_path / "decks").glob("*.apkg"))) == 2
    err = capsys.readouterr().err
    assert "b.txt" in err and "Traceback" not in err


def test_build_an_article_failing_in_generation_is_reported_and_the_others_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizgen import generate as generation

    real = generation.generate

    def failing(analysis, config):  # type: ignore[no-untyped-def]
        if analysis.article.title == "Vejret i Vejle":
            raise RuntimeError("boom\nsecond line")
        return real(analysis, config)

    monkeypatch.setattr("quizgen.pipeline.generate", failing)
    folder = tmp_path / "in"
    for n, title in enumerate(("Vejret i Aarhus", "Vejret i Vejle", "Vejret i Odense")):
        _write(folder, f"{n}.md", title, 10 + n)
    assert main(["build", str(folder), "-o", str(tmp_path / "decks")]) == 1
    assert len(list((tmp_path / "decks").glob("*.apkg"))) == 2
    err = capsys.readouterr().err
    failure = [line for line in err.splitlines() if "1.md" in line]
    assert len(failure) == 1 and "boom" in failure[0] and "second line" not in err


def test_build_articles_with_the_same_title_each_get_a_deck(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    for n in range(3):  # the same text three times: the same title and the same id
        _write(folder, f"{n}.md", "Vejret")
    _write(folder, "3.md", "vejret", 30)  # a title differing only in case
    assert main(["build", str(folder), "-o", str(tmp_path / "decks")]) == 0
    assert len(list((tmp_path / "decks").glob("*.apkg"))) == 4


ENGLISH = (
    "The harbour committee met on Monday to plan the new ferry route. Several members "
    "said the boats were too old, while others wanted to keep the fares low. The chair "
    "promised an answer next month after a meeting with the people who live nearby.\n"
)


def test_build_an_english_article_is_refused_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(ENGLISH, encoding="utf-8")
    assert main(["build", str(article), "-o", str(tmp_path / "decks")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not Danish" in err[0] and "refuse_not_danish" in err[0]
    assert not (tmp_path / "decks").exists()


def test_build_an_english_article_is_built_when_the_config_allows_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(ENGLISH, encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text("input:\n  refuse_not_danish: false\n", encoding="utf-8")
    out = tmp_path / "decks"
    assert main(["build", str(article), "-o", str(out), "--config", str(config)]) == 0
    assert len(list(out.glob("*.apkg"))) == 1
    assert "not Danish" in capsys.readouterr().err  # still warned


def test_build_a_failing_article_is_named_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: "b.txt: b.txt: file is empty ..." (the reading error names its file).
    folder = tmp_path / "in"
    _write(folder, "a.md", "Vejret i Aarhus")
    (folder / "b.txt").write_bytes(b"")
    (folder / "harbour.txt").write_text(ENGLISH, encoding="utf-8")
    assert main(["build", str(folder), "-o", str(tmp_path / "decks")]) == 1
    assert len(list((tmp_path / "decks").glob("*.apkg"))) == 1
    lines = capsys.readouterr().err.splitlines()
    empty = [line for line in lines if "b.txt" in line]
    english = [line for line in lines if "harbour.txt" in line]
    assert len(empty) == 1 and empty[0].count("b.txt") == 1
    assert len(english) == 1 and "not Danish" in english[0]
