"""``quizgen config check|init``: validate a config file, or write the documented default."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from quizgen.terminal import printable


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "config", help="check a config file or write the documented default one"
    )
    actions = parser.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="validate a config file and report every problem at once",
        description="Validate FILE (default: the built-in defaults) and report every problem "
        "with its key, line and a suggestion.",
    )
    check.add_argument("file", nargs="?", type=Path, metavar="FILE")
    check.set_defaults(func=run_check)
    init = actions.add_parser(
        "init",
        help="write the documented default config to PATH (default: ./config.yaml)",
    )
    init.add_argument("path", nargs="?", type=Path, default=Path("config.yaml"), metavar="PATH")
    init.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    init.set_defaults(func=run_init)


def run_check(args: argparse.Namespace) -> int:
    from quizgen.config import default_config_path, load_config

    load_config(args.file)
    print(f"{printable(str(args.file or default_config_path()))}: OK")
    return 0


def run_init(args: argparse.Namespace) -> int:
    from quizgen.config import write_default_config

    written = write_default_config(args.path, force=args.force)
    shown = printable(str(written))
    print(f"Wrote {shown}: edit it, then run `quizgen config check {shown}`")
    return 0
