"""Many articles: analysed and generated a batch at a time, on one process or several.

``stream_results`` yields each article's result in article order as soon as its
batch is done, so a build of 500 articles holds the Docs and analyses of one batch
at a time, not of all of them. With ``processes > 1`` batches go to a pool of
worker processes, each loading the NLP pipeline once; a result then comes back
without its sentences and entities (``slim``), which the caller of a build does
not need. Results are the same whatever the batching: every article is analysed
and generated on its own.

Workers are recycled every ``RECYCLE_BATCHES`` batches: spaCy's vocabulary and string
store grow with every new word they see, and a fresh worker drops them, so peak memory
does not grow with the size of a build. A build that needs only slim results
(``keep=False``) runs in such a worker even on one process, so the parent never loads
the pipeline nor holds a Doc.

An article whose analysis or generation fails is an ``ArticleFailure`` (its file and
one line) in its place; the others are still built.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from multiprocessing.pool import Pool

from quizgen.analysis import Article
from quizgen.config.schema import Config
from quizgen.pipeline import ArticleResult, process_articles

BATCH_ARTICLES = 8  # articles analysed together: bounds memory, keeps nlp.pipe busy
POOL_MIN_ARTICLES = 24  # fewer: starting workers (each loads the pipeline) costs more
MAX_PROCESSES = 8
# Batches a worker does before a fresh one replaces it: its memory grows by ~1 MB an
# article (spaCy's string store, memos); a fork of the preloaded parent costs ~0.1 s.
RECYCLE_BATCHES = 4
# Word classes whose frequency-list distractors every worker needs (built in the parent).
WARM_CLASSES = ("NOUN", "VERB", "ADJ")
SERIAL_MAX_BATCHES = 3  # up to this many: in the parent (a worker's start costs more)


@dataclass(frozen=True)
class ArticleFailure:
    """An article that could not be analysed or turned into items: where it came
    from and one line saying why."""

    origin: str
    message: str


Outcome = ArticleResult | ArticleFailure


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
) -> Iterator[Outcome]:
    """Each article's result in article order, a batch at a time. ``keep=False`` gives
    slim results (always so from worker processes). Worker processes start here, before
    the caller starts anything else (a progress bar's thread): they are forked."""
    batches = [
        list(articles[n : n + BATCH_ARTICLES]) for n in range(0, len(articles), BATCH_ARTICLES)
    ]
    if (processes > 1 and len(batches) > 1) or (not keep and len(batches) > SERIAL_MAX_BATCHES):
        return _pooled(_pool(config, max(1, min(processes, len(batches)))), batches)
    return _serial(batches, config, keep)


def _serial(batches: list[list[Article]], config: Config, keep: bool) -> Iterator[Outcome]:
    for batch in batches:
        for result in process_batch(batch, config):
            yield result if keep or isinstance(result, ArticleFailure) else slim(result)


def process_batch(batch: Sequence[Article], config: Config) -> list[Outcome]:
    """``process_articles`` of a batch; when it fails, each article on its own, so
    that only the failing ones become failures."""
    try:
        return list(process_articles(batch, config))
    except Exception as error:  # any error of one article must not stop the others
        if len(batch) == 1:
            return [_failure(batch[0], error)]
        return [outcome for article in batch for outcome in process_batch([article], config)]


def _failure(article: Article, error: Exception) -> ArticleFailure:
    from quizgen.errors import QuizgenError

    reason = str(error) if isinstance(error, QuizgenError) else f"{type(error).__name__}: {error}"
    line = reason.strip().splitlines()[0] if reason.strip() else type(error).__name__
    return ArticleFailure(article.origin or article.title, f"could not be built ({line})")


def _pool(config: Config, processes: int) -> Pool:
    import contextlib
    import multiprocessing

    # fork: workers start with quizgen imported, and nothing to pickle for the config.
    methods = multiprocessing.get_all_start_methods()
    forking = "fork" in methods
    if forking:
        # When it fails, a worker loads on its own and its articles fail one by one.
        with contextlib.suppress(Exception):
            _preload(config)
    context = multiprocessing.get_context("fork" if forking else None)
    return context.Pool(processes, _start_worker, (config,), maxtasksperchild=RECYCLE_BATCHES)


def _preload(config: Config) -> None:
    """Load once, in the parent, what every worker would load on its own: forked
    workers (and each recycled one) then start with it. Nothing loaded here holds
    anything of an article, so a fresh worker still starts without a Doc."""
    import gc

    from quizgen import nlp
    from quizgen.extract.levels import zipf
    from quizgen.generate.grammar.frequency_words import frequency_lemmas
    from quizgen.lang import get_language
    from quizgen.lang.da.lexicon import lexicon
    from quizgen.reading.language import release_model

    release_model()  # reading is done: every worker would carry its 70 MB
    gc.collect()
    nlp.load_pipeline(config.nlp)
    lexicon().expressions()  # the thesaurus
    zipf("og")  # wordfreq's frequency list
    code = get_language().code  # the articles' language (others are rare)
    for pos in WARM_CLASSES:  # else each fresh worker spends its first batch on them
        frequency_lemmas(pos, 0.0, code, 1)
    gc.freeze()  # the collector then leaves these pages alone: they stay shared


def _pooled(pool: Pool, batches: list[list[Article]]) -> Iterator[Outcome]:
    with pool:
        for results in pool.imap(_work, batches):
            yield from results


_worker_config: Config | None = None


def _start_worker(config: Config) -> None:
    global _worker_config
    _worker_config = config


def _work(batch: list[Article]) -> list[Outcome]:
    assert _worker_config is not None, "a worker runs _start_worker first"
    outcomes = process_batch(batch, _worker_config)
    return [r if isinstance(r, ArticleFailure) else slim(r) for r in outcomes]
