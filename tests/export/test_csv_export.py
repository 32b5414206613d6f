"""Tab-separated export: Anki's text import headers, spreadsheet table, quoting, UTF-8."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from anki_support import HOSTILE, TITLE, item, sample_items

from quizgen.export.csv_export import TABLE_COLUMNS, back_text, front_text, write_csv
from quizgen.lang import get_language


def _rows(text: str) -> list[list[str]]:
    body = [line for line in text.splitlines(keepends=True) if not line.startswith("#")]
    return list(csv.reader(io.StringIO("".join(body)), delimiter="\t"))


def test_csv_export_anki_layout_has_headers_and_three_columns() -> None:
    stream = io.StringIO(newline="")
    count = write_csv(sample_items(), stream, article_title=TITLE, slug="art")
    text = stream.getvalue()
    assert count == 10
    assert text.startswith("#separator:tab\n#html:false\n#columns:Front\tBack\tTags\n")
    rows = _rows(text)
    assert len(rows) == 10 and all(len(row) == 3 for row in rows)
    front, back, tags = rows[0]
    assert "[...]" in front and "(lomme)" in front  # the gap and its hint
    assert back.startswith("lomme\n") and TITLE in back
    assert tags.split() == ["quizgen", "kind::cloze", "level::B1", "pos::NOUN", "article::art"]


def test_csv_export_choice_and_truefalse_read_well_as_text() -> None:
    choice = next(i for i in sample_items() if i.kind == "choice")
    assert front_text(choice).splitlines()[1:] == ["A) AP", "B) Reuters", "C) Ritzau", "D) AFP"]
    assert back_text(choice).startswith("B) Reuters\n")
    true = get_language().cards.true_answer
    statement = item("truefalse", "Det er sandt.", true, prompt="Det er sandt.")
    assert front_text(statement) == "Sand eller falsk? Det er sandt."
    assert back_text(statement, "T") == "Sand\nDet er sandt. (T)"


def test_csv_export_table_layout_round_trips_hostile_text(tmp_path: Path) -> None:
    tricky = item(
        "question",
        f'{HOSTILE}\twith a tab, "quotes" and\na line break',
        "=SUM(A1)",
        prompt="Hvad?\tTab",
        accepted=("a", "b"),
    )
    path = tmp_path / "items.tsv"
    assert write_csv([*sample_items(), tricky], path, layout="table", slug="s") == 11
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    assert rows[0] == list(TABLE_COLUMNS)
    assert len(rows) == 12 and all(len(row) == len(TABLE_COLUMNS) for row in rows)
    last = dict(zip(TABLE_COLUMNS, rows[-1], strict=True))
    assert last["source"] == tricky.source  # tabs, quotes and newlines survive quoting
    assert last["prompt"] == "Hvad?\tTab"
    assert last["answer"] == "'=SUM(A1)"  # never run as a spreadsheet formula
    assert last["accepted"] == "a | b"
    assert "østlige" in text  # UTF-8, Danish letters as they are


def test_csv_export_writes_paths_atomically(tmp_path: Path) -> None:
    path = tmp_path / "new" / "items.csv"
    write_csv(sample_items(), path)
    assert [p.name for p in path.parent.iterdir()] == ["items.csv"]
    assert len(_rows(path.read_bytes().decode("utf-8"))) == 10


def test_csv_export_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown CSV layout"):
        write_csv(sample_items(), io.StringIO(), layout="xml")  # type: ignore[arg-type]


def test_csv_export_file_imports_into_anki(tmp_path: Path) -> None:
    pytest.importorskip("anki")
    from anki.collection import Collection
    from anki.import_export_pb2 import CsvMetadata, ImportCsvRequest

    path = tmp_path / "items.txt"
    tricky = item("question", "Kilde\tmed tab.", "<b>svar</b>", prompt="Spørgsmål med\nlinjeskift?")
    write_csv([*sample_items(), tricky], path, article_title=TITLE)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        metadata = col.get_csv_metadata(str(path), None)
        assert metadata.delimiter == CsvMetadata.TAB and not metadata.is_html
        col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata))
        assert col.note_count() == 11
        note = col.get_note(col.find_notes("linjeskift")[0])
        assert note.fields[0] == "Spørgsmål med<br>linjeskift?"
        assert note.fields[1].startswith("&lt;b&gt;svar&lt;/b&gt;")  # plain text stays text
        assert "kind::question" in note.tags
    finally:
        col.close()


@pytest.mark.parametrize("answer", ["=1+1", "+45 12 34 56", "-3", "@SUM(A1)"])
def test_csv_export_formulas_are_neutralised_only_for_spreadsheets(answer: str) -> None:
    formula = item("question", "Kilden.", answer, prompt="Hvad?")
    table, anki = io.StringIO(newline=""), io.StringIO(newline="")
    write_csv([formula], table, layout="table")
    write_csv([formula], anki, layout="anki")
    row = list(csv.reader(io.StringIO(table.getvalue(), newline=""), delimiter="\t"))[1]
    assert dict(zip(TABLE_COLUMNS, row, strict=True))["answer"] == "'" + answer
    assert _rows(anki.getvalue())[0][1].startswith(answer)  # Anki's import stays exact
