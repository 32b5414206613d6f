"""Batched, streamed and pooled generation give exactly the items of one plain pass.

That the optimised generation itself gives the items it gave before is
``test_golden``'s job (items, ids and Anki GUIDs of the test articles)."""

from __future__ import annotations

from quizgen.cli.common import read_articles
from quizgen.config import load_config
from quizgen.pipeline import process_articles
from quizgen.pipeline.batch import BATCH_ARTICLES, default_processes, slim, stream_results
from tests.golden import ARTICLES


def test_batch_pool_and_stream_give_the_same_items() -> None:
    config = load_config(None)
    articles = read_articles([str(p) for p in ARTICLES.values()], config)
    many = (articles * (BATCH_ARTICLES // len(articles) + 2))[: BATCH_ARTICLES + 3]
    plain = process_articles(many, config)
    streamed = list(stream_results(many, config))
    pooled = list(stream_results(many, config, processes=2))
    assert [r.generated for r in streamed] == [r.generated for r in plain]
    assert [r.generated for r in pooled] == [r.generated for r in plain]
    assert [r.analysis for r in pooled] == [slim(r).analysis for r in plain]


def test_batch_few_articles_use_one_process() -> None:
    assert default_processes(1) == 1
    assert default_processes(10) == 1
    assert default_processes(500) >= 1
