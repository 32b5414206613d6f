"""Benchmark: export 10,000 notes to .apkg (and optionally import them into Anki).

Run:  .venv/bin/python tests/bench_anki_export.py [--notes 10000] [--repeat 3] [--import]

Prints figures (median seconds, notes per second, .apkg size); asserts nothing
about time, since the machine it runs on varies.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from anki_support import import_apkg, new_collection, sample_items

from quizgen.config.anki import AnkiConfig
from quizgen.export.anki import DeckSource, write_deck
from quizgen.export.csv_export import write_csv
from quizgen.items import Item


def many_items(count: int) -> tuple[Item, ...]:
    """``count`` distinct items cycling through every kind of the sample set."""
    import dataclasses

    templates = sample_items()
    return tuple(
        dataclasses.replace(
            templates[i % len(templates)],
            id=f"bench-{i:06d}",
            prompt=f"{templates[i % len(templates)].prompt} ({i})",
        )
        for i in range(count)
    )


def _median_seconds(action: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--import", dest="import_", action="store_true")
    args = parser.parse_args()

    items = many_items(args.notes)
    sources = [DeckSource(f"a{n}", f"Artikel {n}", f"artikel-{n}", items[n::10]) for n in range(10)]
    config = AnkiConfig(reversed_vocab=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.apkg"
        summary = write_deck(sources, path, config, now=1_700_000_000)
        seconds = _median_seconds(lambda: write_deck(sources, path, config), args.repeat)
        print(
            f"apkg: {summary.notes} notes, {summary.cards} cards, {len(sources)} subdecks: "
            f"median {seconds:.2f} s over {args.repeat} runs = {summary.notes / seconds:,.0f} "
            f"notes/s; file {summary.size_bytes / 1e6:.2f} MB"
        )
        csv_path = Path(folder) / "bench.tsv"
        csv_seconds = _median_seconds(lambda: write_csv(items, csv_path), args.repeat)
        print(f"csv: median {csv_seconds:.3f} s = {len(items) / csv_seconds:,.0f} rows/s")
        if args.import_:
            col = new_collection(Path(folder) / "anki")
            start = time.perf_counter()
            log = import_apkg(col, path)
            print(
                f"anki import: {len(log.new)} new notes in {time.perf_counter() - start:.2f} s "
                f"({col.card_count()} cards)"
            )
            col.close()


if __name__ == "__main__":
    main()
