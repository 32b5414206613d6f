"""The worksheet as a printable HTML page and as PDF."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from analysis_builders import analysis_from_file
from markdown_it import MarkdownIt

from quizgen.cli import main
from quizgen.config.schema import Config
from quizgen.export.worksheet import PAGE_BREAK, render_worksheet
from quizgen.export.worksheet_html import markdown_to_html
from quizgen.export.worksheet_pdf import _latin1, worksheet_pdf
from quizgen.generate import generate

ARTICLE = analysis_from_file("bundled_article.analysis", title="IS' sidste lomme")


@pytest.fixture(scope="module")
def worksheet() -> str:
    return render_worksheet(ARTICLE, generate(ARTICLE, Config()))


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, dict(attrs)))


def test_worksheet_pages_html_is_self_contained_with_a_page_break_before_the_key(
    worksheet: str,
) -> None:
    page = markdown_to_html(worksheet, "IS' sidste lomme")
    tags = Tags()
    tags.feed(page)
    names = [tag for tag, _ in tags.seen]
    assert "link" not in names and "script" not in names and "img" not in names
    assert "@media print" in page and "@page" in page
    breaks = [
        n
        for n, (tag, attrs) in enumerate(tags.seen)
        if tag == "div" and "page-break" in (attrs.get("class") or "")
    ]
    key = page.index("Facitliste")
    assert len(breaks) == 1 and page.rindex("page-break", 0, key) > page.index("Ordforråd")
    assert len(re.findall(r"<ol( start=\"\d+\")?>", page)) >= 5  # one list per section


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


def test_worksheet_pages_pdf_puts_the_key_on_its_own_page(worksheet: str) -> None:
    data = worksheet_pdf(MarkdownIt("commonmark").render(worksheet), "IS' sidste lomme")
    assert data.startswith(b"%PDF-")
    pages = _pages(data)
    tasks_only = worksheet_pdf(MarkdownIt("commonmark").render(worksheet.split(PAGE_BREAK)[0]), "x")
    assert pages == _pages(tasks_only) + 1 >= 3


def test_worksheet_pages_pdf_without_a_unicode_font_spells_signs_in_latin1() -> None:
    assert _latin1("ord — en «sø» → søen …") == "ord - en «sø» -> søen ..."


def test_worksheet_pages_cli_writes_html_and_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = Path(__file__).parents[2] / "seeds"
    source = next(article.glob("*.txt"))
    assert main(["export", str(source), "--format", "pdf"]) == 2
    assert "-o FILE.pdf" in capsys.readouterr().err
    for fmt in ("html", "pdf"):
        out = tmp_path / f"sheet.{fmt}"
        assert main(["export", str(source), "--format", fmt, "-o", str(out)]) == 0
        assert out.stat().st_size > 1000
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF-")
