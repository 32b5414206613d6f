"""Generation per word from 300 to 20,000 words, and the pipeline's words/s per component.

Run: .venv/bin/python benchmarks/bench_generation.py [runs]
The pipeline is loaded once; each article is analysed once and generated ``runs`` times
(medians and min-max). Generation should cost the same per word at every length.
Component figures time each pipe of the shipped pipeline over the same text: words/s of
the whole pipeline, and without each component (its time taken away).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from treebank_articles import article_texts

from quizgen.config import load_config
from quizgen.generate import article_memo, generate
from quizgen.nlp import _paragraphs, load_pipeline
from quizgen.pipeline import analyse_articles
from quizgen.reading.article import parse_article

SIZES = (300, 1000, 2500, 5000, 10_000, 20_000)


def curve(runs: int) -> None:
    config = load_config(None)
    warm = analyse_articles([parse_article(article_texts(1, 300, 40_000)[0].encode(), "w")], config)
    generate(warm[0], config)  # the frequency list and its per-class filters: once a process
    print("words   generation (median, min-max)       ms/word   parse s (one run)")
    for words in SIZES:
        article = parse_article(article_texts(1, words)[0].encode(), f"{words}.txt")
        start = time.perf_counter()
        (analysis,) = analyse_articles([article], config)
        parse = time.perf_counter() - start
        times = []
        for _ in range(runs):
            article_memo.forget()
            start = time.perf_counter()
            generate(analysis, config)
            times.append(time.perf_counter() - start)
        n = len(article.text.split())
        middle = statistics.median(times)
        print(
            f"{n:6} {middle:7.3f}s ({min(times):.3f}-{max(times):.3f})"
            f"   {1000 * middle / n:7.3f}   {parse:6.2f}",
            flush=True,
        )


def components(runs: int) -> None:
    nlp = load_pipeline(load_config(None).nlp).nlp
    texts = [p for t in article_texts(40, 300, 80_000) for _, _, p in _paragraphs(t)]
    words = sum(len(t.split()) for t in texts)
    spent: dict[str, list[float]] = {name: [] for name in ("tokenizer", *nlp.pipe_names)}
    for _ in range(runs):
        start = time.perf_counter()
        docs = [nlp.make_doc(t) for t in texts]
        spent["tokenizer"].append(time.perf_counter() - start)
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            docs = (
                list(proc.pipe(docs, batch_size=8))
                if hasattr(proc, "pipe")
                else [proc(d) for d in docs]
            )
            spent[name].append(time.perf_counter() - start)
    total = sum(statistics.median(v) for v in spent.values())
    print(f"\n{words} words; whole pipeline {words / total:,.0f} words/s")
    for name, values in spent.items():
        share = statistics.median(values)
        print(f"  without {name:26} {words / (total - share):9,.0f} words/s ({share:.2f}s)")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    curve(runs)
    components(max(2, runs // 2))


if __name__ == "__main__":
    main()
