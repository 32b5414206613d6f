"""The corpus guard (issue 12): the whole generation, with the default config, on real
Danish text and on edge cases made from it: no exception, and every item valid.

The texts are the CDT treebank (detokenised) and the development articles from
``../shared``, each sentence of a sample alone as an article, and hand-made cases
(number words, quotes, dashes, headings only, one word). Work is spread over two
processes; the whole guard takes a few minutes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from functools import cache

import corpus_cases as cc
import pytest

WORKERS = 2
CHUNK = 8


def _all_cases() -> list[cc.Case]:
    texts = cc.cdt_cases() + cc.dev_cases()
    return texts + cc.sentence_cases(texts) + cc.EDGE_CASES


def _check(cases: list[cc.Case]) -> list[tuple[str, str]]:
    """(case id, problem or "") for each case: read, analyse, generate, validate."""
    from quizgen.config import load_config
    from quizgen.errors import InputError
    from quizgen.pipeline import process_articles
    from quizgen.reading.article import article_from_text

    config = load_config(None)
    found: list[tuple[str, str]] = []
    for case in cases:
        try:
            origin = case.id + (".md" if case.markdown else ".txt")
            article = article_from_text(case.text, origin)
            (result,) = process_articles([article], config)
            found.append((case.id, _item_problem(result.generated.items)))
        except InputError:
            found.append((case.id, ""))  # refused with one clear line: allowed
        except Exception as error:
            found.append((case.id, f"{type(error).__name__}: {error}"))
    return found


def _item_problem(items: Iterable[object]) -> str:
    ids: set[str] = set()
    for item in items:
        prompt, answer, item_id = (getattr(item, n) for n in ("prompt", "answer", "id"))
        if not prompt.strip() or not answer.strip():
            return f"item {item_id} has an empty prompt or answer"
        if item_id in ids:
            return f"item id {item_id} is used twice"
        ids.add(item_id)
    return ""


@cache
def _results() -> dict[str, str]:
    cases = _all_cases()
    chunks = [cases[n : n + CHUNK] for n in range(0, len(cases), CHUNK)]
    workers = min(WORKERS, os.cpu_count() or 1)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return {
            case_id: problem for chunk in pool.map(_check, chunks) for case_id, problem in chunk
        }


def _params() -> list[object]:
    params: list[object] = []
    for case in _all_cases():
        params.append(pytest.param(case.id, id=case.id))
    return params


@pytest.mark.slow
def test_corpus_guard_shared_texts_are_present() -> None:
    if not cc.SHARED.is_dir():
        pytest.skip(
            f"{cc.SHARED} is missing: the corpus guard needs ../shared beside the clone "
            "(CI has it); only the hand-made edge cases ran"
        )
    assert cc.cdt_cases() and cc.dev_cases()


@pytest.mark.slow
@pytest.mark.parametrize("case_id", _params())
def test_corpus_guard_generates_valid_items(case_id: str) -> None:
    problem = _results()[case_id]
    assert not problem, f"{case_id}: {problem}"
