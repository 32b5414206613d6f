"""The worksheet as PDF, with fpdf2 (pure Python: nothing beyond PyPI to install).

fpdf2 writes the HTML of the worksheet itself; the answer key starts a new page.
A Unicode TrueType font is used when the system has one (DejaVu, Liberation, Noto);
otherwise the built-in Helvetica, which covers æ, ø, å but not every sign, so the
few others are spelled in Latin-1.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from quizgen.export.worksheet import PAGE_BREAK

FONT_DIRS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
FONT_NAMES = ("DejaVuSans", "LiberationSans", "NotoSans", "Arial", "arial")
LATIN1 = {
    "\u2014": "-",
    "\u2013": "-",
    "\u2026": "...",
    "\u2192": "->",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2714": "v",
    "\u2718": "x",
}


def _font_files() -> dict[str, Path] | None:
    """Regular, bold, italic and bold-italic of one TrueType family, if installed."""
    for name in FONT_NAMES:
        for folder in FONT_DIRS:
            if not folder.is_dir():
                continue
            regular = next(folder.rglob(f"{name}.ttf"), None)
            if regular is None:
                continue
            styles = {"": regular}
            for style, suffixes in (
                ("B", ("-Bold", "bd")),
                ("I", ("-Oblique", "-Italic", "i")),
                ("BI", ("-BoldOblique", "-BoldItalic", "bi")),
            ):
                found = [regular.with_name(f"{name}{s}.ttf") for s in suffixes]
                styles[style] = next((f for f in found if f.is_file()), regular)
            return styles
    return None


def html_to_pdf(html_pages: list[str], title: str) -> bytes:
    """A PDF of ``html_pages`` (fpdf2's HTML subset), each starting on a new page."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_margins(16, 18, 16)
    pdf.set_auto_page_break(True, margin=18)
    fonts = _font_files()
    family = "Helvetica"
    if fonts is not None:
        family = "Worksheet"
        for style, path in fonts.items():
            pdf.add_font(family, style, str(path))
    for page in html_pages:
        pdf.add_page()
        pdf.set_font(family, size=11)
        text = _tight_lists(page if fonts is not None else _latin1(page))
        pdf.write_html(
            text,
            font_family=family,
            li_prefix_color=(0, 0, 0),
            warn_on_tags_not_matching=False,
            ul_bullet_char="\u2610" if fonts is not None else "o",
            tag_styles=_black_headings(family),
        )
    return bytes(pdf.output())


def worksheet_pdf(html_body: str, title: str) -> bytes:
    """The worksheet's HTML body as PDF, the answer key on a page of its own."""
    tasks, _, key = html_body.partition(PAGE_BREAK)
    return html_to_pdf([tasks, key] if key.strip() else [tasks], title)


def _tight_lists(html: str) -> str:
    """fpdf2 drops the number of a list item that holds paragraphs (a loose list):
    its paragraphs become lines of the item."""
    html = re.sub(r"<li>\s*<p>", "<li>", html)
    html = re.sub(r"</p>\s*</li>", "</li>", html)
    html = re.sub(r"</p>\s*(?=<[uo]l>)", "", html)
    html = html.replace("<li>[ ] ", "<li>")  # the box is the list's bullet
    # fpdf2 lets an item's last line run into the next item: one more line break.
    html = re.sub(r"</p>\s*<p>((?:(?!<li>).)*?)</li>", r"<br>\1<br></li>", html, flags=re.S)
    return html


def _black_headings(family: str) -> dict[str, Any]:
    from fpdf.fonts import TextStyle

    sizes = {"h1": 20, "h2": 14}
    return {
        tag: TextStyle(
            font_family=family,
            font_style="B",
            font_size_pt=size,
            color=(0, 0, 0),
            t_margin=6 if tag == "h2" else 0,
            b_margin=2,
        )
        for tag, size in sizes.items()
    }


def _latin1(text: str) -> str:
    for char, plain in LATIN1.items():
        text = text.replace(char, plain)
    return text.encode("latin-1", "replace").decode("latin-1")
