"""quizgen against its floor: whole-process runs, medians and min-max of paired runs.

The floor is what spaCy alone costs for the same text: ``spacy.load`` of the shipped
pipeline plus ``nlp.pipe`` over the same paragraphs. Each run starts a fresh process;
a floor run and a build run are paired, so a busy machine slows both.

Run: .venv/bin/python benchmarks/bench_build.py [runs [1|100|500|20k ...]] (ratios, one process)
     .venv/bin/python benchmarks/bench_build.py pool [runs [articles]] (-j1 vs -j2, 500)
     .venv/bin/python benchmarks/bench_build.py memory [runs] (peak RSS, 10 vs 500)
Inputs are made from the CDT treebank text (benchmarks/treebank_articles.py) in a
temporary folder; nothing is kept.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from treebank_articles import ROOT, write_articles

FLOOR = """
import sys
from pathlib import Path
import spacy
from quizgen.nlp import SHIPPED_PIPELINE_DIR, _paragraphs
from quizgen.reading.article import read_article
paths = sorted(Path(sys.argv[1]).glob("*.txt"))
texts = [p for path in paths for _, _, p in _paragraphs(read_article(path, max_bytes=10**8).text)]
nlp = spacy.load(SHIPPED_PIPELINE_DIR)
for _ in nlp.pipe(texts, batch_size=8):
    pass
"""


def timed(command: list[str]) -> tuple[float, int]:
    """Seconds and peak RSS (KB, the largest process) of one run."""
    seconds, _, peak = timed_cpu(command)
    return seconds, peak


def timed_cpu(command: list[str], cwd: Path = ROOT) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system of the run and every process it
    started) and peak RSS (KB, the largest process) of one run. On a machine shared
    with other work the CPU seconds vary far less than the wall clock."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=cwd)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seconds, cpu, max(before.ru_maxrss, after.ru_maxrss)


def build(folder: Path, out: Path, jobs: int = 1) -> list[str]:
    quizgen = str(Path(sys.executable).parent / "quizgen")
    return [quizgen, "build", str(folder), "-o", str(out), "-j", str(jobs)]


def spread(values: list[float], unit: str = "s") -> str:
    middle = statistics.median(values)
    return f"median {middle:7.2f}{unit} (min {min(values):.2f}, max {max(values):.2f})"


CASES = {
    "1": ("1 article (300 words)", 1, 300),
    "100": ("100 articles", 100, 300),
    "500": ("500 articles", 500, 300),
    "20k": ("one 20,000-word article", 1, 20_000),
}


def ratios(runs: int, chosen: list[str]) -> None:
    """Paired floor and build runs of each case: wall-clock and CPU ratios."""
    with tempfile.TemporaryDirectory() as tmp:
        for key in chosen or list(CASES):
            name, count, words = CASES[key]
            folder = Path(tmp) / f"{count}x{words}"
            write_articles(folder, count, words)
            floors, builds, rs, cpu_rs = [], [], [], []
            for _ in range(runs if count * words < 100_000 else max(2, runs // 2)):
                floor, floor_cpu, _ = timed_cpu([sys.executable, "-c", FLOOR, str(folder)])
                made, made_cpu, _ = timed_cpu(build(folder, Path(tmp) / "out"))
                floors.append(floor)
                builds.append(made)
                rs.append(made / floor)
                cpu_rs.append(made_cpu / floor_cpu)
            print(f"{name:26} build {spread(builds)}  floor {spread(floors)}")
            print(f"{'':26} ratio {spread(rs, 'x')}  CPU ratio {spread(cpu_rs, 'x')}")
            print(f"{'':26} load average {os.getloadavg()[0]:.1f}", flush=True)


def pool(runs: int, count: int = 500) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / str(count)
        write_articles(folder, count, 300)
        ones, twos, gains = [], [], []
        for _ in range(runs):
            one, _ = timed(build(folder, Path(tmp) / "out", jobs=1))
            two, _ = timed(build(folder, Path(tmp) / "out", jobs=2))
            ones.append(one)
            twos.append(two)
            gains.append(one / two)
        print(f"{count} articles, 1 process   {spread(ones)}")
        print(f"{count} articles, 2 processes {spread(twos)}")
        print(f"speed-up                  {spread(gains, 'x')}")


PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
    "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def memory(runs: int) -> None:
    peaks = {}
    for count in (10, 500):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / str(count)
            write_articles(folder, count, 300)
            command = [sys.executable, "-c", PEAK, *build(folder, Path(tmp) / "out")]
            kb = [
                int(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
                for _ in range(runs)
            ]
            peaks[count] = statistics.median(kb) / 1024
            low, high = min(kb) / 1024, max(kb) / 1024
            print(f"{count:4} articles, one process: peak RSS {peaks[count]:.0f} MB", end="")
            print(f" ({low:.0f}-{high:.0f})", flush=True)
    print(f"ratio 500/10: {peaks[500] / peaks[10]:.2f}x")


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["pool"]:
        pool(int(args[1]) if len(args) > 1 else 3, int(args[2]) if len(args) > 2 else 500)
    elif args[:1] == ["memory"]:
        memory(int(args[1]) if len(args) > 1 else 2)
    else:
        ratios(int(args[0]) if args else 5, args[1:])


if __name__ == "__main__":
    main()
