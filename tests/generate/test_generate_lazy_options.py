"""Gap choices' options are made lazily (``Candidate.complete``): on real articles the
items are exactly those made when every candidate's options are made first. Skipped
while no pipeline is shipped."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

import pytest

import quizgen.generate as generation
from quizgen.config.schema import Config
from quizgen.generate import generate
from quizgen.generate.context import Candidate
from quizgen.generate.quality import select
from tests.generate.test_generate_articles import ARTICLES, MODEL_DIR

pytestmark = pytest.mark.skipif(
    not (MODEL_DIR / "meta.json").exists(), reason="the shipped Danish pipeline is not built yet"
)


def _select_whole(candidates: Sequence[Candidate], *args: Any) -> Any:
    """``select`` as before options were lazy: every candidate completed first."""
    whole = []
    for c in candidates:
        item = c.complete() if c.complete is not None else c.item
        if item is not None:
            whole.append(dataclasses.replace(c, item=item, complete=None))
    return select(whole, *args)


def test_generate_lazy_gap_options_give_the_same_items(monkeypatch: pytest.MonkeyPatch) -> None:
    from quizgen.pipeline import analyse_articles
    from quizgen.reading.article import read_article

    config = Config()
    max_bytes = int(config.input.max_size_mb * 1024 * 1024)
    articles = [read_article(path, max_bytes=max_bytes) for path in ARTICLES]
    analyses = analyse_articles(articles, config)
    lazy = [generate(a, config).items for a in analyses]
    monkeypatch.setattr(generation, "select", _select_whole)
    whole = [generate(a, config).items for a in analyses]
    assert lazy == whole
    # The articles do offer gap choices: the comparison is not of empty lists.
    assert sum(1 for items in lazy for i in items if i.kind == "choice" and "word" in i.tags) >= 3
