"""Adding an article to the progress store: read, analyse, generate, save.

Slow (the NLP pipeline), so the app runs it in a worker thread with its own
``Store`` connection; ``progress`` is told each stage as it starts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from quizgen.config.schema import Config
from quizgen.items import Item
from quizgen.practice.records import Deck
from quizgen.practice.store import Store

STAGES = ("Reading the article", "Analysing the language", "Making quiz items", "Saving")


@dataclass(frozen=True, slots=True)
class BuiltDeck:
    deck: Deck
    items: Sequence[Item]
    warnings: tuple[str, ...] = ()  # e.g. a degraded NLP pipeline, a text not in Danish


class ArticleBuilder(Protocol):
    """Turns an article file into a deck and its items (injected in tests)."""

    def __call__(
        self, path: Path, config: Config, progress: Callable[[str], None]
    ) -> BuiltDeck: ...


def build_with_pipeline(path: Path, config: Config, progress: Callable[[str], None]) -> BuiltDeck:
    """The real builder: quizgen's own reading, NLP and generation."""
    from quizgen.generate import generate
    from quizgen.pipeline import analyse_articles, analysis_warnings
    from quizgen.reading.article import read_article

    progress(STAGES[0])
    article = read_article(path, max_bytes=int(config.input.max_size_mb * 1024 * 1024))
    progress(STAGES[1])
    [analysis] = analyse_articles([article], config)
    progress(STAGES[2])
    generated = generate(analysis, config)
    deck = Deck(id=article.id, title=article.title, text=article.text, origin=str(path))
    return BuiltDeck(deck, tuple(generated.items), tuple(analysis_warnings(analysis, config)))


def import_article(
    path: Path,
    config: Config,
    store: Store,
    now: datetime,
    progress: Callable[[str], None] = lambda stage: None,
    builder: ArticleBuilder = build_with_pipeline,
) -> BuiltDeck:
    """Build the article at ``path`` and save it; a rebuild keeps the learner's history."""
    built = builder(path, config, progress)
    progress(STAGES[3])
    store.save_deck(built.deck, built.items, now)
    return built
