"""The ``quizgen`` command: parses arguments, dispatches, and is the only place
errors are printed. Subcommand modules import their heavy dependencies inside
``run`` so that ``quizgen --help`` stays as fast as bare Python."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence

from quizgen import __version__
from quizgen.cli import build, config_cmd, export, inspect, practice
from quizgen.errors import QuizgenError

SUBCOMMANDS = (build, inspect, export, practice, config_cmd)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizgen",
        description="Reading-comprehension quizzes and Anki decks from Danish articles.",
        epilog="Start with: quizgen build seeds/  (then: quizgen practice)",
    )
    parser.add_argument("--version", action="version", version=f"quizgen {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show a full traceback when something fails"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in SUBCOMMANDS:
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        code: int = args.func(args)
        return code
    except QuizgenError as error:
        if args.debug:
            traceback.print_exc()
        _print_error(one_line(error))
        return error.exit_code
    except KeyboardInterrupt:
        _print_error("interrupted")
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error of ours.
        sys.stderr.close()
        return 0
    except Exception as error:
        if args.debug:  # the traceback is extra information; the exit code stays the same
            traceback.print_exc()
        _print_error(
            f"internal error: {type(error).__name__}: {error}. "
            "Run again with --debug for a traceback and report it."
        )
        return 1


def one_line(error: QuizgenError) -> str:
    """The error's message and hint as one sentence-separated line."""
    return str(error)


def _print_error(message: str) -> None:
    from quizgen.terminal import printable

    print(f"quizgen: error: {printable(message)}", file=sys.stderr)
