"""``quizgen build``: analyse articles, generate items, write one Anki deck per article."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from quizgen.cli.common import add_config_option, expand_sources


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "build",
        help="make Anki decks (.apkg) from Danish articles",
        description="Analyse each article, generate quiz items and write one Anki deck "
        "(.apkg) per article into DIR.",
    )
    parser.add_argument(
        "articles",
        nargs="+",
        metavar="ARTICLE",
        help=".txt or .md files, folders of them, or - for stdin",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("decks"),
        metavar="DIR",
        help="folder for the decks (default: decks/)",
    )
    parser.add_argument(
        "--one-deck",
        metavar="NAME",
        help="put every article into one deck file NAME.apkg, one subdeck per article",
    )
    parser.add_argument(
        "--audio",
        action="store_true",
        help="add Danish pronunciation of vocabulary (needs espeak-ng)",
    )
    add_config_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.cli.common import load_config_from, read_articles, stderr_console, warn
    from quizgen.cli.report import print_build_summary
    from quizgen.export.anki import DeckSource, Ledger, deck_filename, write_deck
    from quizgen.paths import anki_ledger_path
    from quizgen.pipeline import analysis_warnings, process_articles

    config = load_config_from(args)
    articles = read_articles(expand_sources(args.articles), config)
    output: Path = args.output
    _check_output_dir(output)
    with stderr_console().status("Analysing and generating items…"):
        results = process_articles(articles, config)
    warnings = (m for r in results for m in analysis_warnings(r.analysis, config))
    for message in dict.fromkeys(warnings):
        warn(message)

    sources = [
        DeckSource(
            article_id=r.article.id,
            title=r.article.title,
            slug=deck_filename(r.article.title).removesuffix(".apkg"),
            items=r.generated.items,
            source=r.article.source,
            given_id=r.article.given_id,
        )
        for r in results
    ]
    if args.one_deck:
        groups = [(output / deck_filename(args.one_deck), sources)]
    else:
        groups = [
            (output / name, [s]) for name, s in zip(_file_names(sources), sources, strict=True)
        ]
    ledger = Ledger(anki_ledger_path())
    decks = [
        (path, write_deck(group, path, config.anki, audio=args.audio, ledger=ledger))
        for path, group in groups
    ]
    print_build_summary(results, decks)
    for path, summary in decks:
        if summary.notes == 0:
            warn(f"{path} has no cards: nothing in the article could be turned into items")
    return 0


def _check_output_dir(output: Path) -> None:
    from quizgen.errors import ExportError

    if output.exists() and not output.is_dir():
        raise ExportError(f"{output} is a file, not a folder", "Give a folder with -o DIR.")
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(
            f"cannot create the output folder {output} ({error.strerror})",
            "Choose another folder with -o DIR.",
        ) from error


def _file_names(sources: list[Any]) -> list[str]:
    """One deck file name per article; articles sharing a title get their id appended."""
    from quizgen.export.anki import deck_filename

    names = [deck_filename(s.title) for s in sources]
    return [
        name if names.count(name) == 1 else f"{name.removesuffix('.apkg')}-{s.article_id[:8]}.apkg"
        for name, s in zip(names, sources, strict=True)
    ]
