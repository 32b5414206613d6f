"""From articles to analyses and quiz items: the core's main job, with no I/O
beyond loading the NLP pipeline once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.analysis import Analysis, Article
from quizgen.config.schema import Config
from quizgen.generate import Generated, generate


@dataclass(frozen=True)
class ArticleResult:
    """One article analysed and turned into vocabulary, facts and items."""

    analysis: Analysis
    generated: Generated

    @property
    def article(self) -> Article:
        return self.analysis.article


def analyse_articles(articles: Sequence[Article], config: Config) -> list[Analysis]:
    """Analyse several articles in one pass of the (cached) NLP pipeline."""
    from quizgen import nlp  # spaCy loads only when an analysis is really needed

    pipeline = nlp.load_pipeline(config.nlp)
    return pipeline.analyze(articles)


def process_articles(articles: Sequence[Article], config: Config) -> list[ArticleResult]:
    return [
        ArticleResult(analysis=analysis, generated=generate(analysis, config))
        for analysis in analyse_articles(articles, config)
    ]


def analysis_warnings(analysis: Analysis, config: Config) -> list[str]:
    """What a user should be told about how an article was analysed."""
    from quizgen.reading.article import language_warning

    messages: list[str] = []
    language = language_warning(analysis.article) if config.input.warn_if_not_danish else None
    if language:
        messages.append(language)
    if analysis.pipeline.warning:
        messages.append(analysis.pipeline.warning)
    return messages
