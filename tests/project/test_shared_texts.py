"""The development texts in ../shared stay outside the repository: no committed file
holds a run of their words (tests read them from ../shared, or use texts of our own)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from corpus_cases import DEV_ARTICLES

ROOT = Path(__file__).resolve().parents[2]
RUN = 5  # words in a row: longer than any stock phrase a comment or word list shares
# Characters in a row, spaces folded: a shorter quotation (a
# name, a date and a verb) has fewer words but is no stock phrase either.
CHARS = 30
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


# A token table (CoNLL-U, or the tests' "form lemma UPOS ..." rows) holds a sentence
# down its first column: read that column as text too.
_TOKEN_ROW = re.compile(r"^(?:\d+\t)?(\S+)[ \t]+\S+[ \t]+[A-Z]+[ \t]", re.MULTILINE)


def _runs(text: str) -> set[str]:
    found = set()
    for source in (text, " ".join(_TOKEN_ROW.findall(text))):
        words = _WORD.findall(source.lower())
        found |= {" ".join(words[n : n + RUN]) for n in range(len(words) - RUN + 1)}
    return found


def _pieces(text: str) -> set[str]:
    folded = _SPACE.sub(" ", text)
    return {folded[n : n + CHARS] for n in range(len(folded) - CHARS + 1)}


def _committed_texts() -> dict[str, str]:
    listed = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    texts = {}
    for name in listed:
        path = ROOT / name
        if path.suffix in {".gz", ".dat", ".bin"} or "models/" in name or not path.is_file():
            continue  # binary tables and the trained pipeline hold no article text
        texts[name] = path.read_bytes().decode("utf-8", "ignore")
    return texts


def test_shared_texts_dev_articles_are_not_committed() -> None:
    if not DEV_ARTICLES.is_dir():
        pytest.skip(f"{DEV_ARTICLES} is missing: nothing to compare with")
    shared = set().union(*(_runs(p.read_text("utf-8")) for p in DEV_ARTICLES.glob("*.txt")))
    found = {
        name: sorted(_runs(text) & shared)[:3]
        for name, text in _committed_texts().items()
        if _runs(text) & shared
    }
    assert found == {}, f"text from {DEV_ARTICLES} is committed: {found}"


def test_shared_texts_no_quotation_from_dev_articles() -> None:
    if not DEV_ARTICLES.is_dir():
        pytest.skip(f"{DEV_ARTICLES} is missing: nothing to compare with")
    shared = set().union(*(_pieces(p.read_text("utf-8")) for p in DEV_ARTICLES.glob("*.txt")))
    found = {
        name: sorted(_pieces(text) & shared)[:3]
        for name, text in _committed_texts().items()
        if _pieces(text) & shared
    }
    assert found == {}, f"a quotation from {DEV_ARTICLES} is committed: {found}"
