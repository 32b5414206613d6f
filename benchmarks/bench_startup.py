"""Start-up cost of `quizgen --help` against bare Python, as medians and a ratio, and
what loading the shipped Danish lexicon tables adds (median, min-max).

Run: .venv/bin/python benchmarks/bench_startup.py [runs]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

LOAD_LEXICON = "from quizgen.lang.da.lexicon import Lexicon; Lexicon.load().knows('ruten')"


def timings(command: list[str], runs: int) -> list[float]:
    found = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        found.append(time.perf_counter() - start)
    return found


def median_seconds(command: list[str], runs: int) -> float:
    return statistics.median(timings(command, runs))


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    bare = median_seconds([sys.executable, "-c", "pass"], runs)
    helped = median_seconds([sys.executable, "-m", "quizgen", "--help"], runs)
    version = median_seconds([sys.executable, "-m", "quizgen", "--version"], runs)
    print(f"bare python      median {bare * 1000:7.1f} ms")
    print(f"quizgen --help   median {helped * 1000:7.1f} ms  ({helped / bare:.2f}x bare)")
    print(f"quizgen --version median {version * 1000:6.1f} ms  ({version / bare:.2f}x bare)")
    loads = timings([sys.executable, "-c", LOAD_LEXICON], max(3, runs // 3))
    print(
        f"lexicon load     median {(statistics.median(loads) - bare) * 1000:7.1f} ms over bare"
        f" (min {(min(loads) - bare) * 1000:.1f}, max {(max(loads) - bare) * 1000:.1f})"
    )


if __name__ == "__main__":
    main()
