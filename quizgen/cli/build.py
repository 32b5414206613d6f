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
    from quizgen.cli.report import BuildRow, print_build_summary
    from quizgen.export.anki import DeckSource, Ledger, deck_filename, write_deck
    from quizgen.paths import anki_ledger_path
    from quizgen.pipeline import analysis_warnings
    from quizgen.pipeline.batch import ArticleFailure, default_processes, stream_results

    config = load_config_from(args)
    articles, failed = _read_each(expand_sources(args.articles), config, read_articles)
    output: Path = args.output
    _check_output_dir(output)
    names = _file_names(articles)
    processes = args.jobs or default_processes(len(articles))
    # Streamed: each article's deck is written as soon as its items are made, and only
    # what the summary needs is kept (see quizgen.pipeline.batch): peak memory does not
    # grow with the number of articles (but for --one-deck, which holds every item).
    rows, sources, decks, warnings = [], [], [], {}
    ledger = Ledger(anki_ledger_path())
    stream = stream_results(articles, config, processes=processes, keep=False)
    with _progress(len(articles)) as advance:
        for number, result in enumerate(stream):
            if isinstance(result, ArticleFailure):
                failed.append(f"{result.origin}: {result.message}")
                advance()
                continue
            warnings.update(dict.fromkeys(analysis_warnings(result.analysis, config)))
            source = DeckSource.of(result.article, result.generated.items)
            if args.one_deck:
                sources.append(source)
            else:
                path = output / names[number]
                deck = write_deck([source], path, config.anki, audio=args.audio, ledger=ledger)
                decks.append((path, deck))
            rows.append(BuildRow.of(result))
            advance()
    for message in warnings:
        warn(message)
    if args.one_deck:
        path = output / deck_filename(args.one_deck)
        decks = [(path, write_deck(sources, path, config.anki, audio=args.audio, ledger=ledger))]
    print_build_summary(rows, decks)
    for path, summary in decks:
        if summary.notes == 0:
            warn(f"{path} has no cards: nothing in the article could be turned into items")
    return _report_failures(failed)


def _read_each(
    sources: list[str], config: Any, read: Callable[[list[str], Any], list[Article]]
) -> tuple[list[Article], list[str]]:
    """Every readable article, and one line per source that could not be read: in a
    folder build one bad file must not stop the others."""
    from quizgen.errors import QuizgenError, UsageError

    if len(sources) == 1 or sources.count("-") > 1:
        return read(sources, config), []
    articles: list[Article] = []
    failed: list[str] = []
    for source in sources:
        try:
            articles.extend(read([source], config))
        except UsageError:
            raise
        except QuizgenError as error:
            message = str(error).strip().splitlines()[0]
            # Reading errors mostly name their file already: say it once.
            failed.append(message if message.startswith(source) else f"{source}: {message}")
    return articles, failed


def _report_failures(failed: list[str]) -> int:
    """Exit code 1 and one line per failed article when any failed."""
    from quizgen.cli.common import warn

    for line in failed:
        warn(line)
    if failed:
        warn(f"{len(failed)} article(s) failed; the others were built")
    return 1 if failed else 0


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
    """One distinct deck file name per article: articles sharing a title get their id
    appended, and a number after that if even those are equal (the same text twice),
    so that no deck overwrites another."""
    from quizgen.export.anki import deck_filename

    names = [deck_filename(a.title) for a in articles]
    counts = Counter(names)
    named = [
        name if counts[name] == 1 else f"{name.removesuffix('.apkg')}-{a.id[:8]}.apkg"
        for name, a in zip(names, articles, strict=True)
    ]
    taken: set[str] = set()
    unique = []
    for name in named:
        stem, number = name.removesuffix(".apkg"), 2
        while name.casefold() in taken:  # case-insensitive file systems too
            name, number = f"{stem}-{number}.apkg", number + 1
        taken.add(name.casefold())
        unique.append(name)
    return unique
