"""Tab-separated tables of quiz items, for Anki's text import or a spreadsheet.

Two layouts:

- ``anki``: front, back and tags, after the file headers Anki (2.1.55+) reads
  (``#separator:tab``, ``#html:false``, ``#columns:``, ``#tags column:``), so
  File > Import picks the right settings by itself. Text is plain; Anki escapes it.
- ``table``: one header row and a column per item property, for a spreadsheet.
  Cells that a spreadsheet would run as a formula get a leading apostrophe.

Fields with tabs, quotes or line breaks are quoted (RFC 4180 style); UTF-8.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, TextIO

from quizgen.export.anki.tags import note_tags
from quizgen.export.atomic import write_text_atomically
from quizgen.generate.kinds import kind_spec
from quizgen.items import Item
from quizgen.lang import get_language

CsvLayout = Literal["anki", "table"]
CSV_LAYOUTS: tuple[CsvLayout, ...] = ("anki", "table")

TABLE_COLUMNS = (
    "id",
    "kind",
    "prompt",
    "answer",
    "accepted",
    "choices",
    "hint",
    "source",
    "article",
    "level",
    "tags",
)
_ANKI_HEADER = "#separator:tab\n#html:false\n#columns:Front\tBack\tTags\n#tags column:3\n"
_FORMULA_START = ("=", "+", "@", "-", "\t", "\r")


def write_csv(
    items: Sequence[Item],
    path_or_stream: Path | str | TextIO,
    *,
    layout: CsvLayout = "anki",
    article_title: str = "",
    slug: str = "",
) -> int:
    """Write ``items`` as tab-separated text; returns the number of item rows.

    A path is written atomically (temporary file, then rename); a stream is
    written as it is (the caller opens it with ``newline=""``)."""
    if layout not in CSV_LAYOUTS:
        raise ValueError(f"unknown CSV layout {layout!r}; use one of {', '.join(CSV_LAYOUTS)}")
    if isinstance(path_or_stream, str | Path):
        buffer = io.StringIO(newline="")
        count = _write(items, buffer, layout, article_title, slug)
        write_text_atomically(Path(path_or_stream), buffer.getvalue())
        return count
    return _write(items, path_or_stream, layout, article_title, slug)


def _write(items: Sequence[Item], stream: TextIO, layout: CsvLayout, title: str, slug: str) -> int:
    writer = csv.writer(stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if layout == "anki":
        stream.write(_ANKI_HEADER)
        for item in items:
            tags = " ".join(note_tags(item, slug))
            writer.writerow([front_text(item), back_text(item, title), tags])
    else:
        writer.writerow(TABLE_COLUMNS)
        for item in items:
            writer.writerow([_spreadsheet_safe(cell) for cell in _table_row(item, title, slug)])
    return len(items)


def front_text(item: Item) -> str:
    """What the learner sees first, as plain text."""
    return kind_spec(item.kind).csv_front(item, get_language().cards)


def back_text(item: Item, article_title: str = "") -> str:
    """The answer, then where it came from: the sentence and the article."""
    words = get_language().cards
    answer = kind_spec(item.kind).csv_answer(item, words)
    if item.accepted:
        answer += f" ({words.also}: {' / '.join(item.accepted)})"
    where = f"{item.source} ({article_title})" if article_title else item.source
    return f"{answer}\n{where}" if where else answer


def _table_row(item: Item, title: str, slug: str) -> list[str]:
    return [
        item.id,
        item.kind,
        item.prompt,
        item.answer,
        " | ".join(item.accepted),
        " | ".join(item.choices),
        item.hint,
        item.source,
        title or item.article_id,
        item.level,
        " ".join(note_tags(item, slug)),
    ]


def _spreadsheet_safe(cell: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheets (CSV injection).
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
