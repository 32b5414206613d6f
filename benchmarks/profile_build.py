"""Where a whole ``quizgen build`` spends its time: wall clock per phase, one process.

Run: .venv/bin/python benchmarks/profile_build.py ARTICLES [WORDS] [--cprofile FILE]
Builds ARTICLES treebank articles of WORDS words (default 300) in a temporary folder,
in this process (no worker: every phase is visible), with a temporary ledger, and
prints the seconds spent in each phase: imports, reading (with language
identification), loading the NLP pipeline, the analysis (spaCy's work plus turning
Docs into analyses), generation, and deck writing (of which the ledger). With
``--cprofile FILE`` the same run is also profiled (cProfile inflates Python-heavy
phases) and its statistics saved for ``python -m pstats FILE``.
"""

from __future__ import annotations

import collections
import cProfile
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from treebank_articles import write_articles

SPENT: collections.defaultdict[str, float] = collections.defaultdict(float)


def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[name] += time.perf_counter() - start

    return wrapper


def instrument() -> None:
    import quizgen.cli.common as common
    import quizgen.export.anki as anki
    import quizgen.export.anki.ledger as ledger
    import quizgen.nlp as nlp
    import quizgen.pipeline as pipeline
    import quizgen.pipeline.batch as batch

    batch.SERIAL_MAX_BATCHES = 10**9  # in this process, so that each phase is seen
    common.read_articles = timed("reading", common.read_articles)
    nlp.load_pipeline = timed("pipeline load", nlp.load_pipeline)
    pipeline.analyse_articles = timed("analysis (incl. load)", pipeline.analyse_articles)
    setattr(pipeline, "generate", timed("generation", getattr(pipeline, "generate")))  # noqa: B009, B010
    anki.write_deck = timed("deck writing", anki.write_deck)
    stamp = ledger.Ledger.stamp
    ledger.Ledger.stamp = timed("  of which ledger", stamp)  # type: ignore[method-assign]


def main() -> None:
    args = sys.argv[1:]
    profile_to = None
    if "--cprofile" in args:
        at = args.index("--cprofile")
        profile_to = args[at + 1]
        del args[at : at + 2]
    count, words = int(args[0]), int(args[1]) if len(args) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        write_articles(folder, count, words)
        os.environ["QUIZGEN_HOME"] = str(Path(tmp) / "home")
        start = time.perf_counter()
        instrument()
        from quizgen.cli import main as quizgen

        SPENT["imports"] = time.perf_counter() - start
        profiler = cProfile.Profile() if profile_to else None
        if profiler:
            profiler.enable()
        quizgen(["build", str(folder), "-o", str(Path(tmp) / "out"), "-j", "1"])
        if profiler and profile_to:
            profiler.disable()
            profiler.dump_stats(profile_to)
        total = time.perf_counter() - start
    order = ["imports", "reading", "pipeline load", "analysis (incl. load)", "generation"]
    for name in [*order, "deck writing", "  of which ledger"]:
        print(f"{name:24} {SPENT[name]:7.2f} s")
    print(f"{'whole build':24} {total:7.2f} s  (load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
