"""Benchmark inputs made at run time from the CDT treebank text in ../shared/data.

Nothing here is committed data: the articles are written to a temporary folder.
Sentences are taken in file order and cycled, so any number of articles of any
length can be made; paragraphs are five sentences long.
"""

from __future__ import annotations

import html
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("QUIZGEN_DATA", ROOT.parent / "shared" / "data"))
if not (DATA / "cdt-da").is_dir():  # a git worktree: ../../shared/data seen from it
    DATA = Path("/work/shared/data")
NO_SPACE_BEFORE = frozenset({".", ",", ":", ";", "!", "?", ")", "%"})


def _sentence(lines: list[str]) -> str:
    out = ""
    quoted = False  # inside a quotation: the next '"' closes it
    glue = True  # no space before the next form (start, or after an opening quote)
    for line in lines:
        form = html.unescape(line.split("\t")[1]).replace("_", " ")
        closing = form == '"' and quoted
        if not glue and form not in NO_SPACE_BEFORE and not closing:
            out += " "
        out += form
        glue = form in ("(",) or (form == '"' and not quoted)
        quoted = quoted != (form == '"')
    return out


def sentences() -> list[str]:
    """Every CDT sentence as plain text, in file order."""
    found: list[str] = []
    for path in sorted((DATA / "cdt-da").glob("*.conll")):
        block: list[str] = []
        for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
            if line.strip():
                block.append(line)
            elif block:
                found.append(_sentence(block))
                block = []
    return found


def _text(source: Iterator[str], words: int) -> str:
    paragraphs: list[str] = []
    current: list[str] = []
    count = 0
    while count < words:
        sentence = next(source)
        current.append(sentence)
        count += len(sentence.split())
        if len(current) == 5:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs) + "\n"


def article_texts(count: int, words: int, start: int = 0) -> list[str]:
    """``count`` article texts of about ``words`` words each (a title line first)."""
    all_sentences = sentences()
    source = itertools.islice(itertools.cycle(all_sentences), start, None)
    return [f"Artikel {n + 1}\n\n" + _text(source, words) for n in range(count)]


def write_articles(folder: Path, count: int, words: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, text in enumerate(article_texts(count, words)):
        path = folder / f"{n:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":  # FOLDER COUNT [WORDS]: write the articles for a manual run
    import sys

    write_articles(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]) if sys.argv[3:] else 300)
