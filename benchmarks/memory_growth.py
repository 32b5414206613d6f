"""What grows with the number of articles a process builds: RSS per batch, and where
(tracemalloc) the memory that stays after each batch was allocated.

Run: .venv/bin/python benchmarks/memory_growth.py FOLDER [--trace]
Builds the articles of FOLDER (made with ``treebank_articles.py FOLDER COUNT``) in
this process, a batch at a time as
a build's worker does (analysis, generation, nothing kept), and prints the resident
set size after each tenth of the run. With ``--trace`` tracemalloc records
allocations (slow) and the 15 source lines whose live memory grew most between the
first batch and the end are printed.
"""

from __future__ import annotations

import gc
import os
import sys
import time
import tracemalloc
from pathlib import Path

from quizgen.config import load_config
from quizgen.pipeline.batch import BATCH_ARTICLES, process_batch
from quizgen.reading.article import parse_article


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    paths = sorted(Path(sys.argv[1]).glob("*.txt"))
    count = len(paths)
    trace = "--trace" in sys.argv
    config = load_config(None)
    articles = [parse_article(path.read_bytes(), path.name) for path in paths]
    if trace:
        tracemalloc.start(8)
    first = None
    start = time.perf_counter()
    step = max(1, count // 10)
    for at in range(0, count, BATCH_ARTICLES):
        process_batch(articles[at : at + BATCH_ARTICLES], config)
        done = min(count, at + BATCH_ARTICLES)
        if trace and first is None:
            gc.collect()
            first = tracemalloc.take_snapshot()
        if done // step != (done - BATCH_ARTICLES) // step or done == count:
            gc.collect()
            print(
                f"{done:5} articles  RSS {rss_mb():7.1f} MB  {time.perf_counter() - start:6.1f} s"
            )
    if trace and first is not None:
        gc.collect()
        last = tracemalloc.take_snapshot()
        for stat in last.compare_to(first, "traceback")[:15]:
            print(f"\n{stat.size_diff / 1e6:+8.2f} MB {stat.count_diff:+8} blocks")
            for line in stat.traceback.format()[-8:]:
                print("   ", line)
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
