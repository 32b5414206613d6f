"""Start-up cost of `quizgen --help` against bare Python, as medians and a ratio.

Run: .venv/bin/python benchmarks/bench_startup.py [runs]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def median_seconds(command: list[str], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    bare = median_seconds([sys.executable, "-c", "pass"], runs)
    helped = median_seconds([sys.executable, "-m", "quizgen", "--help"], runs)
    version = median_seconds([sys.executable, "-m", "quizgen", "--version"], runs)
    print(f"bare python      median {bare * 1000:7.1f} ms")
    print(f"quizgen --help   median {helped * 1000:7.1f} ms  ({helped / bare:.2f}x bare)")
    print(f"quizgen --version median {version * 1000:6.1f} ms  ({version / bare:.2f}x bare)")


if __name__ == "__main__":
    main()
