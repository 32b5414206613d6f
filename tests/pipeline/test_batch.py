"""Batched, streamed and pooled generation give exactly the items of one plain pass.

That the optimised generation itself gives the items it gave before is
``test_golden``'s job (items, ids and Anki GUIDs of the test articles)."""

from __future__ import annotations

import pytest

from quizgen.analysis import Analysis, Article
from quizgen.cli.common import read_articles
from quizgen.config import load_config
from quizgen.config.schema import Config
from quizgen.generate import Generated
from quizgen.pipeline import ArticleResult, process_articles
from quizgen.pipeline.batch import (
    BATCH_ARTICLES,
    ArticleFailure,
    default_processes,
    process_batch,
    slim,
    stream_results,
)
from tests.golden import ARTICLES


def test_batch_pool_and_stream_give_the_same_items() -> None:
    config = load_config(None)
    articles = read_articles([str(p) for p in ARTICLES.values()], config)
    many = (articles * (BATCH_ARTICLES // len(articles) + 2))[: BATCH_ARTICLES + 3]
    plain = process_articles(many, config)
    streamed = [r for r in stream_results(many, config) if isinstance(r, ArticleResult)]
    outcomes = list(stream_results(many, config, processes=2))
    pooled = [r for r in outcomes if isinstance(r, ArticleResult)]
    assert len(streamed) == len(pooled) == len(outcomes) == len(many)
    assert [r.generated for r in streamed] == [r.generated for r in plain]
    assert [r.generated for r in pooled] == [r.generated for r in plain]
    assert [r.analysis for r in pooled] == [slim(r).analysis for r in plain]


def test_batch_few_articles_use_one_process() -> None:
    assert default_processes(1) == 1
    assert default_processes(10) == 1
    assert default_processes(500) >= 1


def test_batch_one_failing_article_leaves_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    from quizgen import generate as generation

    config = load_config(None)
    articles = read_articles([str(p) for p in ARTICLES.values()], config)[:3]
    real = generation.generate

    def failing(analysis: Analysis, config: Config) -> Generated:
        if analysis.article.id == articles[1].id:
            raise ValueError("no items")
        return real(analysis, config)

    monkeypatch.setattr("quizgen.pipeline.generate", failing)
    outcomes = process_batch(articles, config)
    assert [type(o) for o in outcomes] == [ArticleResult, ArticleFailure, ArticleResult]
    failure = outcomes[1]
    assert isinstance(failure, ArticleFailure) and "no items" in failure.message
    assert failure.origin == articles[1].origin


def test_batch_pool_still_builds_when_loading_in_the_parent_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import quizgen.pipeline.batch as batch

    def broken(config: Config) -> None:
        raise ValueError("broken tables")

    def cheap(articles: list[Article], config: Config) -> list[ArticleFailure]:
        return [ArticleFailure(article.origin, "worked") for article in articles]

    monkeypatch.setattr(batch, "_preload", broken)
    monkeypatch.setattr(batch, "process_batch", cheap)  # forked workers see it too
    config = load_config(None)
    articles = read_articles([str(p) for p in ARTICLES.values()], config)
    many = (articles * (BATCH_ARTICLES // len(articles) + 2))[: BATCH_ARTICLES + 3]
    outcomes = list(stream_results(many, config, processes=2))
    assert [o.message for o in outcomes if isinstance(o, ArticleFailure)] == ["worked"] * len(many)


def test_batch_preload_lets_the_language_model_go(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers are forked from the parent after ``_preload``: py3langid's model (70 MB),
    loaded while reading the articles, must not be in each of them."""
    import quizgen.pipeline.batch as batch
    from quizgen.reading import language

    language._identifier()
    monkeypatch.setattr(batch, "WARM_CLASSES", ())  # keep the test short
    batch._preload(load_config(None))
    assert language._identifier.cache_info().currsize == 0
