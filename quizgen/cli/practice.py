"""``quizgen practice`` (the terminal app) and ``quizgen stats`` (progress as text or JSON)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from quizgen.cli.common import add_config_option

if TYPE_CHECKING:
    from quizgen.practice.stats import ProgressStats


def add_parser(subparsers: Any) -> None:
    practice = subparsers.add_parser(
        "practice",
        help="practise quiz items in the terminal, with spaced repetition",
        description="Open the practice app. Given an article file, analyse it, store its "
        "items and start practising it; given the id or title of a stored deck, practise "
        "that deck. Progress is saved after every answer (in $QUIZGEN_HOME).",
    )
    practice.add_argument(
        "target",
        nargs="?",
        metavar="ARTICLE-OR-DECK",
        help="an article file (.txt/.md) or a stored deck's id or title",
    )
    add_config_option(practice)
    practice.set_defaults(func=run)

    stats = subparsers.add_parser(
        "stats",
        help="show practice progress: reviews, due cards, retention",
        description="Print the learner's progress from the practice database.",
    )
    stats.add_argument("--json", action="store_true", help="print JSON instead of a table")
    stats.add_argument(
        "--reports",
        action="store_true",
        help="print the items the learner reported, tab-separated, for the "
        "teacher (deck, prompt, answer, note, when)",
    )
    add_config_option(stats)
    stats.set_defaults(func=run_stats)


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from quizgen.cli.common import load_config_from
    from quizgen.errors import UsageError
    from quizgen.practice.store import Store

    config = load_config_from(args)
    article: Path | None = None
    deck_id: str | None = None
    with Store.open_default() as store:
        if args.target:
            deck = store.find_deck(args.target)
            if deck is None and Path(args.target).suffix.casefold() == ".apkg":
                raise UsageError(
                    f"{args.target} is an Anki deck: quizgen makes .apkg files for Anki but "
                    "practises from the article itself",
                    "Give the article (.txt/.md) the deck was made from, or a stored deck's "
                    "title; open the .apkg in Anki.",
                )
            if deck is not None:
                deck_id = deck.id
            elif Path(args.target).is_file():
                article = Path(args.target)
            else:
                known = ", ".join(f"{d.title!r} ({d.id[:8]})" for d in store.decks()) or "none"
                raise UsageError(
                    f"{args.target!r} is neither an article file nor a stored deck",
                    f"Give a path to a .txt/.md article, or one of the stored decks: {known}.",
                )
        store.check_usable()
        db_path = store.path
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError(
            "`quizgen practice` needs an interactive terminal",
            "Run it in a terminal; `quizgen stats` works in pipes and files.",
        )
    from quizgen.tui.app import QuizgenApp

    app = QuizgenApp(db_path, config, start_deck=deck_id, start_article=article)
    app.run()
    if app.failure is not None:
        raise app.failure
    return app.return_code or 0


def run_stats(args: argparse.Namespace) -> int:
    import json

    from quizgen.cli.common import load_config_from
    from quizgen.practice.clock import local_now
    from quizgen.practice.stats import progress_stats
    from quizgen.practice.store import Store

    config = load_config_from(args)
    with Store.open_default() as store:
        if args.reports:
            _print_reports(store)
            return 0
        stats = progress_stats(
            store, local_now(), days=30, day_starts_at_hour=config.practice.day_starts_at_hour
        )
    if args.json:
        print(json.dumps(stats.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_stats(stats)
    return 0


def _print_stats(stats: ProgressStats) -> None:
    from rich.table import Table

    from quizgen.cli.common import shown, stdout_console

    console = stdout_console()
    table = Table(title="Decks", title_justify="left")
    for column in ("Deck", "New", "Due", "Learned", "Items"):
        table.add_column(column, justify="left" if column == "Deck" else "right")
    for counts in stats.decks:
        table.add_row(
            shown(counts.deck.title),
            str(counts.new),
            str(counts.due),
            str(counts.learned),
            str(counts.total),
        )
    if stats.decks:
        console.print(table)
    else:
        console.print("No decks yet. Start with: quizgen practice ARTICLE.txt")

    def percent(share: float | None) -> str:
        return "-" if share is None else f"{share:.0%}"

    console.print(
        f"Reviews: {stats.reviews}   Cards: {stats.cards}   Due now: {stats.due}   "
        f"New: {stats.new}\nLearned: {stats.learned}   Words learned: {stats.words_learned}"
        f" of {stats.words_total}   Retention: {percent(stats.retention)}   "
        f"Accuracy: {percent(stats.accuracy)}"
    )
    if stats.reviews:
        console.print(
            f"Reviews per day, last {len(stats.per_day)} days:  "
            f"{sparkline([d.reviews for d in stats.per_day])}  "
            f"(peak {max(d.reviews for d in stats.per_day)})"
        )
    if stats.forecast:
        console.print(
            f"Cards due per day, next {len(stats.forecast)} days: "
            f"{sparkline(list(stats.forecast))}  (peak {max(stats.forecast)})"
        )
    for kind in stats.per_kind:
        right = round(30 * (kind.retention or 0.0))
        console.print(
            f"  {shown(kind.kind):<16}[green]{'█' * right}[/][red]{'█' * (30 - right)}[/]"
            f" {percent(kind.retention):>4} of {kind.reviews}"
        )
    if stats.reports:
        console.print(f"Reported items: {stats.reports} (list them with: quizgen stats --reports)")


BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[int]) -> str:
    """One character per value, its height relative to the largest."""
    peak = max(values, default=0)
    if peak == 0:
        return BLOCKS[0] * len(values)
    return "".join(" " if v == 0 else BLOCKS[min(7, v * 8 // (peak + 1))] for v in values)


def _print_reports(store: Any) -> None:
    """Tab-separated, one reported item a line, for the teacher's spreadsheet."""
    from quizgen.terminal import printable

    items = {item.id: item for item in store.items()}
    titles = {deck.id: deck.title for deck in store.decks()}
    print("deck\tprompt\tanswer\tnote\treported_at")
    for report in store.reports():
        item = items.get(report.item_id)
        fields = (
            titles.get(report.deck_id, report.deck_id),
            item.prompt if item else "",
            item.answer if item else report.item_id,
            report.note,
            report.reported_at.isoformat(timespec="seconds"),
        )
        print("\t".join(" ".join(printable(str(f)).split()) for f in fields))
