"""The worksheet as one self-contained HTML page for printing: the Markdown worksheet
rendered by a CommonMark parser, with inline print styles (A4 margins, no links or
colours needed, the answer key on a page of its own)."""

from __future__ import annotations

from html import escape

from markdown_it import MarkdownIt

STYLE = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; font-size: 11.5pt;
       line-height: 1.45; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #000; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #999; }
ol > li { margin-bottom: 0.7em; }
ul { list-style: none; padding-left: 0.5em; }
p strong:first-child { color: #444; }
.page-break { break-before: page; page-break-before: always; }
@media print {
  body { margin: 0; max-width: none; }
  h2, li { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
"""


def markdown_to_html(markdown_text: str, title: str, lang: str = "da") -> str:
    """A complete HTML document from the worksheet's Markdown."""
    body = MarkdownIt("commonmark").render(markdown_text)
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f"<body>\n{body}</body>\n</html>\n"
    )
