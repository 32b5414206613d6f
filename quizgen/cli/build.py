"""``quizgen build``: analyse articles, generate items, write one Anki deck per article."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizgen.cli.common import add_config_option, expand_sources

if TYPE_CHECKING:
    from quizgen.analysis import Article
    from quizgen.export.anki import DeckSource
    from quizgen.pipeline import ArticleResult

PROGRESS_MIN_ARTICLES = 10  # fewer: a spinner


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
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="worker processes (default: every core for 24 articles or more, else 1)",
    )
    add_config_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.cli.common import load_config_from, read_articles, warn
    from quizgen.cli.report import print_build_summary
    from quizgen.export.anki import Ledger, deck_filename, write_deck
    from quizgen.paths import anki_ledger_path
    from quizgen.pipeline import analysis_warnings
    from quizgen.pipeline.batch import default_processes, stream_results

    config = load_config_from(args)
    articles = read_articles(expand_sources(args.articles), config)
    output: Path = args.output
    _check_output_dir(output)
    names = _file_names(articles)
    processes = args.jobs or default_processes(len(articles))
    # Streamed: each article's deck is written as soon as its items are made, and only
    # what the summary needs is kept (see quizgen.pipeline.batch).
    results, sources, decks, warnings = [], [], [], {}
    ledger = Ledger(anki_ledger_path())
    stream = stream_results(articles, config, processes=processes, keep=False)
    with _progress(len(articles)) as advance:
        for number, result in enumerate(stream):
            warnings.update(dict.fromkeys(analysis_warnings(result.analysis, config)))
            source = _deck_source(result)
            if args.one_deck:
                sources.append(source)
            else:
                path = output / names[number]
                deck = write_deck([source], path, config.anki, audio=args.audio, ledger=ledger)
                decks.append((path, deck))
            results.append(result)
            advance()
    for message in warnings:
        warn(message)
    if args.one_deck:
        path = output / deck_filename(args.one_deck)
        decks = [(path, write_deck(sources, path, config.anki, audio=args.audio, ledger=ledger))]
    print_build_summary(results, decks)
    for path, summary in decks:
        if summary.notes == 0:
            warn(f"{path} has no cards: nothing in the article could be turned into items")
    return 0


def _deck_source(result: ArticleResult) -> DeckSource:
    from quizgen.export.anki import DeckSource, deck_filename

    return DeckSource(
        article_id=result.article.id,
        title=result.article.title,
        slug=deck_filename(result.article.title).removesuffix(".apkg"),
        items=result.generated.items,
        source=result.article.source,
        given_id=result.article.given_id,
    )


@contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar (rich) for builds of many articles, else a spinner; yields the
    function to call after each article."""
    from quizgen.cli.common import stderr_console

    console = stderr_console()
    if total < PROGRESS_MIN_ARTICLES:
        with console.status("Analysing and generating items…"):
            yield lambda: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("Analysing and generating items", total=total)
        yield lambda: progress.advance(task)


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


def _file_names(articles: list[Article]) -> list[str]:
    """One deck file name per article; articles sharing a title get their id appended."""
    from quizgen.export.anki import deck_filename

    names = [deck_filename(a.title) for a in articles]
    counts = Counter(names)
    return [
        name if counts[name] == 1 else f"{name.removesuffix('.apkg')}-{a.id[:8]}.apkg"
        for name, a in zip(names, articles, strict=True)
    ]
