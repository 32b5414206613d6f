"""``quizgen export``: a printable Markdown worksheet or a tab-separated file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from quizgen.cli.common import add_config_option


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write a Markdown worksheet or a tab-separated file of an article's items",
        description="Generate the items of ARTICLE and write them as a printable Markdown "
        "worksheet (questions first, answer key at the end) or as tab-separated text for "
        "Anki's text import or a spreadsheet.",
    )
    parser.add_argument("article", metavar="ARTICLE", help="a .txt or .md file, or - for stdin")
    parser.add_argument(
        "--format",
        choices=("md", "csv"),
        default="md",
        help="md (worksheet) or csv (tab-separated)",
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
    (result,) = process_articles(read_articles([args.article], config), config)
    for message in analysis_warnings(result.analysis, config):
        warn(message)
    if args.format == "md":
        text = render_worksheet(result.analysis, result.generated)
    else:
        buffer = io.StringIO()
        write_csv(result.generated.items, buffer, article_title=result.article.title)
        text = buffer.getvalue()
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_text_atomically(args.output, text)
        print(f"Wrote {args.output}", file=sys.stderr)
    return 0
