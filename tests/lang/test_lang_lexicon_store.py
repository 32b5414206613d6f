"""The lexicon's key tables: read a block at a time, they answer as a dictionary would."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.lang.da.lexicon_store import Table, read_store
from tests.lang.test_lang_lexicon import _tiny_data, _tools


def _table(values: dict[str, str]) -> Table:
    tables = _tools("lexicon_tables")
    distinct, lines = tables.keyed(values)
    return Table("\n".join(lines), distinct)


@pytest.mark.parametrize("size", [0, 1, 31, 32, 33, 100])
def test_lexicon_store_table_answers_like_a_dict(size: int) -> None:
    values = {f"k{n:03d}": ("", "a", "b;c")[n % 3] for n in range(size)}
    table = _table(values)
    for key, value in values.items():
        assert key in table
        assert table.get(key) == value
    for missing in ("", "a", "k", "k0000", "k05", "k999", "l", "\uffff"):
        assert missing not in table
        assert table.get(missing) is None
        assert table.get(missing, "x") == "x"


def test_lexicon_store_table_knows_an_empty_key_only_when_listed() -> None:
    assert _table({"": "v", "b": "w"}).get("") == "v"
    assert "" not in _table({"a": "v", "b": "w"})


def test_lexicon_store_reads_exactly_the_built_keys(tmp_path: Path) -> None:
    # The old grouped reader also filed an empty key under every group but the last.
    build = _tools("build_lexicon")
    assert build.main([str(_tiny_data(tmp_path / "data")), str(tmp_path / "out")]) == 0
    store = read_store(tmp_path / "out")
    assert "" not in store.lemmas
    assert "" not in store.forms
    assert store.lemmas.get("rute\tNOUN") is not None
    assert store.forms.get("ruterne") is not None
