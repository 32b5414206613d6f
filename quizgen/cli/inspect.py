"""``quizgen inspect``: show how an article was analysed and what was made from it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from quizgen.cli.common import add_config_option


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "inspect",
        help="show the analysis of an article (tables, or --json for tools)",
        description="Analyse ARTICLE and show its sentences, tokens, entities, vocabulary, "
        "facts and items.",
    )
    parser.add_argument("article", metavar="ARTICLE", help="a .txt or .md file, or - for stdin")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument(
        "--tokens", action="store_true", help="in the tables view, show every token too"
    )
    add_config_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.cli.common import load_config_from, read_articles, stderr_console, warn
    from quizgen.export.document import result_document
    from quizgen.pipeline import analysis_warnings, process_articles

    config = load_config_from(args)
    articles = read_articles([args.article], config)
    with stderr_console().status("Analysing…"):
        (result,) = process_articles(articles, config)
    for message in analysis_warnings(result.analysis, config):
        warn(message)
    if args.json:
        document = result_document(result.analysis, result.generated)
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    from quizgen.cli.report import print_inspection

    print_inspection(result, show_tokens=args.tokens)
    return 0
