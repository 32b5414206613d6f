"""The bundled article, through analysis and generation, into the real Anki."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("anki")

from anki_support import counts_by_notetype, guids, import_apkg, new_collection

from quizgen.config.schema import Config
from quizgen.export.anki import MODEL_NAMES, DeckSource, deck_filename, write_deck


@pytest.fixture(scope="module")
def source() -> DeckSource:
    """The generator's items for the bundled article, from its hand-checked analysis
    (tests/data/analyses), so no spaCy model is needed."""
    from analysis_builders import analysis_from_file

    from quizgen.generate import generate

    analysis = analysis_from_file("bundled_article.analysis", article_id="0ea3d618a2e44150")
    items = tuple(generate(analysis, Config()).items)
    assert {item.kind for item in items} == set(MODEL_NAMES)
    title = analysis.article.title
    return DeckSource(analysis.article.id, title, deck_filename(title)[:-5], items)


def _notes_per_type(summary: Any) -> dict[str, int]:
    return {MODEL_NAMES[kind]: n for kind, n in summary.notes_by_kind.items()}  # type: ignore[index]


def test_anki_generated_deck_imports_renders_and_rebuilds(
    source: DeckSource, tmp_path: Path
) -> None:
    first = tmp_path / "first.apkg"
    summary = write_deck([source], first, Config().anki, now=1_700_000_000)
    col = new_collection(tmp_path / "anki")
    try:
        log = import_apkg(col, first)
        assert len(log.new) == summary.notes > 0
        notes, cards = counts_by_notetype(col)
        assert dict(notes) == _notes_per_type(summary)
        assert sum(cards.values()) == summary.cards
        for card_id in col.find_cards(""):
            card = col.get_card(card_id)
            for side in (card.question(), card.answer()):
                assert side.split("</style>", 1)[-1].strip()
                assert "{{" not in side and "<script" not in side.lower()

        before = guids(col)
        second = tmp_path / "second.apkg"
        write_deck([source], second, Config().anki, now=1_700_003_600)
        log = import_apkg(col, second)
        assert len(log.new) == 0 and len(log.conflicting) == 0
        assert guids(col) == before
        assert col.note_count() == summary.notes
    finally:
        col.close()
