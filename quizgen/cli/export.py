"""``quizgen export``: a printable Markdown worksheet or a tab-separated file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from quizgen.cli.common import add_config_option
from quizgen.terminal import printable


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write a worksheet (Markdown, HTML or PDF) or a tab-separated file of an "
        "article's items",
        description="Generate the items of ARTICLE and write them as a printable worksheet "
        "(the article with numbered paragraphs, the tasks, the answer key on a new page) in "
        "Markdown, as a self-contained HTML page or as PDF; or as tab-separated text for "
        "Anki's text import or a spreadsheet.",
    )
    parser.add_argument("article", metavar="ARTICLE", help="a .txt or .md file, or - for stdin")
    parser.add_argument(
        "--format",
        choices=("md", "html", "pdf", "csv"),
        default="md",
        help="md, html or pdf (worksheet), or csv (tab-separated); pdf needs -o FILE",
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of the screen"
    )
    add_config_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import io

    from quizgen.cli.common import load_config_from, read_articles, warn
    from quizgen.export.atomic import write_text_atomically
    from quizgen.export.csv_export import write_csv
    from quizgen.export.worksheet import render_worksheet
    from quizgen.pipeline import analysis_warnings, process_articles

    config = load_config_from(args)
    if args.format == "pdf" and args.output is None:
        from quizgen.errors import UsageError

        raise UsageError("a PDF is not for the screen", "Add -o FILE.pdf.")
    (result,) = process_articles(read_articles([args.article], config), config)
    for message in analysis_warnings(result.analysis, config):
        warn(message)
    if args.format in ("md", "html", "pdf"):
        text = render_worksheet(result.analysis, result.generated)
        if args.format != "md":
            return _write_page(args, text, result.article.title or args.article)
    else:
        buffer = io.StringIO()
        write_csv(result.generated.items, buffer, article_title=result.article.title)
        text = buffer.getvalue()
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_text_atomically(args.output, text)
        print(f"Wrote {printable(str(args.output))}", file=sys.stderr)
    return 0


def _write_page(args: argparse.Namespace, markdown_text: str, title: str) -> int:
    """The worksheet as a self-contained HTML page, or as PDF."""
    from quizgen.export.atomic import write_bytes_atomically, write_text_atomically
    from quizgen.export.worksheet_html import markdown_to_html

    page = markdown_to_html(markdown_text, title)
    if args.format == "html":
        if args.output is None:
            sys.stdout.write(page)
            return 0
        write_text_atomically(args.output, page)
    else:
        from markdown_it import MarkdownIt

        from quizgen.export.worksheet_pdf import worksheet_pdf

        body = MarkdownIt("commonmark").render(markdown_text)
        write_bytes_atomically(args.output, worksheet_pdf(body, title))
    print(f"Wrote {printable(str(args.output))}", file=sys.stderr)
    return 0
