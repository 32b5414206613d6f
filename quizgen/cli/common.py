"""Pieces shared by the subcommands: config loading, article reading, output."""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from quizgen.analysis import Article
    from quizgen.config.schema import Config

CONFIG_ENV = "QUIZGEN_CONFIG"


def add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        metavar="FILE",
        type=Path,
        help=f"a config file whose keys override the defaults (default: ${CONFIG_ENV}, if set)",
    )


def load_config_from(args: argparse.Namespace) -> Config:
    from quizgen.config import load_config

    path: Path | None = getattr(args, "config", None)
    if path is None and os.environ.get(CONFIG_ENV):
        path = Path(os.environ[CONFIG_ENV])
    return load_config(path)


def read_articles(sources: list[str], config: Config) -> list[Article]:
    """Read every article first, so that one bad file stops the run before any work."""
    from quizgen.errors import InputError, UsageError
    from quizgen.reading.article import read_article, size_limit
    from quizgen.reading.decoding import ReadingWarning
    from quizgen.reading.language import language_refusal

    if sources.count("-") > 1:
        raise UsageError("'-' (stdin) can be given only once")
    max_bytes = size_limit(config.input)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ReadingWarning)
        try:
            articles = [read_article(_expand(source), max_bytes=max_bytes) for source in sources]
        finally:
            for found in caught:
                if issubclass(found.category, ReadingWarning):
                    warn(str(found.message))
                else:
                    warnings.showwarning(
                        found.message, found.category, found.filename, found.lineno
                    )
    if config.input.refuse_not_danish:
        for article in articles:
            refusal = language_refusal(article)
            if refusal:
                raise InputError(refusal)
    return articles


def expand_sources(sources: list[str]) -> list[str]:
    """A folder stands for the .txt and .md files in it, in name order.

    Only regular files count: a FIFO or a device named ``x.txt`` would hang the build.
    """
    expanded: list[str] = []
    for source in sources:
        path = Path(source)
        if source != "-" and path.is_dir():
            found = sorted(
                str(p)
                for p in path.iterdir()
                if p.suffix.lower() in {".txt", ".md"} and p.is_file()
            )
            expanded.extend(found or [source])
        else:
            expanded.append(source)
    return expanded


def _expand(source: str) -> str | Path:
    return source if source == "-" else Path(source)


def stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def stdout_console() -> Console:
    from rich.console import Console

    return Console(highlight=False)


def shown(text: object) -> str:
    """Text from an article or a user as Rich shows it literally: ``[/b]`` is no markup,
    ESC is no terminal command."""
    from rich.markup import escape

    from quizgen.terminal import printable

    return escape(printable(str(text)))


def warn(message: str) -> None:
    from quizgen.terminal import printable

    print(f"quizgen: warning: {printable(message)}", file=sys.stderr)
