"""Many articles: analysed and generated a batch at a time, on one process or several.

``stream_results`` yields each article's result in article order as soon as its
batch is done, so a build of 500 articles holds the Docs and analyses of one batch
at a time, not of all of them. With ``processes > 1`` batches go to a pool of
worker processes, each loading the NLP pipeline once; a result then comes back
without its sentences and entities (``slim``), which the caller of a build does
not need. Results are the same whatever the batching: every article is analysed
and generated on its own.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import replace
from multiprocessing.pool import Pool

from quizgen.analysis import Article
from quizgen.config.schema import Config
from quizgen.pipeline import ArticleResult, process_articles

BATCH_ARTICLES = 8  # articles analysed together: bounds memory, keeps nlp.pipe busy
POOL_MIN_ARTICLES = 24  # fewer: starting workers (each loads the pipeline) costs more
MAX_PROCESSES = 8


def default_processes(articles: int) -> int:
    """How many processes a build of ``articles`` articles should use."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    if articles < POOL_MIN_ARTICLES:
        return 1
    return max(1, min(cpus, MAX_PROCESSES, articles // (POOL_MIN_ARTICLES // 2)))


def slim(result: ArticleResult) -> ArticleResult:
    """``result`` without its sentences and entities (article, pipeline and what was
    generated stay): what a build needs once the items are made."""
    return replace(result, analysis=replace(result.analysis, sentences=(), entities=()))


def stream_results(
    articles: Sequence[Article], config: Config, *, processes: int = 1, keep: bool = True
) -> Iterator[ArticleResult]:
    """Each article's result in article order, a batch at a time. ``keep=False`` gives
    slim results (always so from worker processes). Worker processes start here, before
    the caller starts anything else (a progress bar's thread): they are forked."""
    batches = [
        list(articles[n : n + BATCH_ARTICLES]) for n in range(0, len(articles), BATCH_ARTICLES)
    ]
    if processes > 1 and len(batches) > 1:
        return _pooled(_pool(config, min(processes, len(batches))), batches)
    return _serial(batches, config, keep)


def _serial(batches: list[list[Article]], config: Config, keep: bool) -> Iterator[ArticleResult]:
    for batch in batches:
        for result in process_articles(batch, config):
            yield result if keep else slim(result)


def _pool(config: Config, processes: int) -> Pool:
    import multiprocessing

    # fork: workers start with quizgen imported, and nothing to pickle for the config.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return context.Pool(processes, _start_worker, (config,))


def _pooled(pool: Pool, batches: list[list[Article]]) -> Iterator[ArticleResult]:
    with pool:
        for results in pool.imap(_work, batches):
            yield from results


_worker_config: Config | None = None


def _start_worker(config: Config) -> None:
    global _worker_config
    _worker_config = config


def _work(batch: list[Article]) -> list[ArticleResult]:
    assert _worker_config is not None, "a worker runs _start_worker first"
    return [slim(r) for r in process_articles(batch, _worker_config)]
