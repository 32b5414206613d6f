"""Reading articles: files, stdin, and every way an input can be refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from quizgen.config.nlp import InputConfig
from quizgen.errors import InputError
from quizgen.reading.article import format_size, read_article, size_limit

ARTICLES = Path(__file__).parents[1] / "data" / "articles"
SEED = Path(__file__).parents[2] / "seeds" / "000_0ea3d618a2e44150.txt"
LIMIT = 5_000_000


def refused(source: str | Path, max_bytes: int = LIMIT) -> InputError:
    with pytest.raises(InputError) as caught:
        read_article(source, max_bytes=max_bytes)
    return caught.value


def test_article_seed_is_read_with_date_and_paragraphs() -> None:
    article = read_article(SEED, max_bytes=LIMIT)
    assert article.date == "2019-02"
    assert article.text.startswith("Byen Baghouz i det østlige Syrien")
    assert "date" not in article.text.split("\n\n")[0].split()[:3]
    assert len(article.paragraphs) == 14
    assert article.origin == str(SEED)
    assert article.language == "da"


def test_article_missing_file_is_refused() -> None:
    error = refused(ARTICLES / "no_such_article.txt")
    assert "file not found" in str(error)
    assert "give a Danish article as .txt or .md" in str(error)
    assert error.exit_code == 2


def test_article_directory_is_refused() -> None:
    assert "is a folder, not a file" in str(refused(ARTICLES))


def test_article_empty_file_is_refused_with_advice() -> None:
    error = refused(ARTICLES / "empty.txt")
    expected = f"{ARTICLES / 'empty.txt'}: file is empty; give a Danish article as .txt or .md."
    assert str(error) == expected


def test_article_blank_file_is_refused() -> None:
    assert "contains only blank space" in str(refused(ARTICLES / "blank.txt"))


def test_article_binary_file_is_refused() -> None:
    assert "binary data, not text" in str(refused(ARTICLES / "binary.dat"))


def test_article_pdf_is_refused_by_name() -> None:
    error = str(refused(ARTICLES / "fake.pdf.txt"))
    assert "this is a PDF file, not plain text" in error
    assert "save it as plain text" in error


def test_article_header_without_text_is_refused() -> None:
    assert "has a header but no article text" in str(refused(ARTICLES / "header_only.txt"))


def test_article_over_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Det er en lang tekst. " * 100, encoding="utf-8")
    error = str(refused(big, max_bytes=1000))
    assert "is 2.1 KB, more than the 1000 bytes limit for one article" in error
    assert "input.max_size_mb" in error


def test_article_at_size_limit_is_accepted(tmp_path: Path) -> None:
    text = "Det er en tekst om Danmark. "
    exact = tmp_path / "exact.txt"
    exact.write_text(text, encoding="utf-8")
    assert read_article(exact, max_bytes=len(text.encode())).text == text.strip()


def test_article_size_limit_comes_from_config() -> None:
    assert size_limit(InputConfig()) == 5 * 1024 * 1024
    assert size_limit(InputConfig(max_size_mb=0.5)) == 512 * 1024


def test_article_size_is_shown_in_mb() -> None:
    assert format_size(5 * 1024 * 1024) == "5 MB"
    assert format_size(12_345_678) == "11.77 MB"
    assert format_size(2048) == "2 KB"


def test_article_unreadable_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Hej.", encoding="utf-8")

    def deny(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    error = str(refused(path))
    assert "cannot be read (Permission denied)" in error


def test_article_stdin_is_read() -> None:
    stdin = io.BytesIO("Solen skinner over København i dag.\r\n\r\nDet er varmt.".encode())
    article = read_article("-", max_bytes=LIMIT, stdin=stdin)
    assert article.origin == "<stdin>"
    assert article.paragraphs == ("Solen skinner over København i dag.", "Det er varmt.")


def test_article_stdin_over_limit_is_refused() -> None:
    stdin = io.BytesIO(b"Det er en tekst. " * 100)
    with pytest.raises(InputError) as caught:
        read_article("-", max_bytes=100, stdin=stdin)
    assert "<stdin>: is more than the 100 bytes limit" in str(caught.value)


def test_article_empty_stdin_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        read_article("-", max_bytes=LIMIT, stdin=io.BytesIO(b""))
    assert "<stdin>: file is empty" in str(caught.value)


def test_article_stdin_markdown_is_recognised() -> None:
    stdin = io.BytesIO("# Vejret\n\nSolen **skinner** over [København](https://kk.dk).".encode())
    article = read_article("-", max_bytes=LIMIT, stdin=stdin)
    assert article.title == "Vejret"
    assert article.text == "Solen skinner over København."
