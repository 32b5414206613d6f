from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from practice_fixtures import CLOZE_HOUSE, CONFIG, DECK, ITEMS, NOW

from quizgen.config.schema import Config
from quizgen.practice.importer import STAGES, BuiltDeck, import_article
from quizgen.practice.session import PracticeSession
from quizgen.practice.store import Store


def test_practice_import_reports_stages_and_rebuild_keeps_history(tmp_path: Path) -> None:
    version = {"items": ITEMS}

    def builder(path: Path, config: Config, progress: Callable[[str], None]) -> BuiltDeck:
        progress(STAGES[0])
        return BuiltDeck(DECK, version["items"])

    stages: list[str] = []
    store = Store(tmp_path / "p.db")
    built = import_article(tmp_path / "a.txt", Config(), store, NOW, stages.append, builder)
    assert built.deck == DECK and stages == [STAGES[0], STAGES[3]]
    PracticeSession(store, CONFIG, NOW).answer("huset", NOW)

    # The article is built again, with a reworded hint: same stable id, same card.
    version["items"] = (dataclasses.replace(CLOZE_HOUSE, hint="et hus"), *ITEMS[1:])
    import_article(tmp_path / "a.txt", Config(), store, NOW + timedelta(days=1), builder=builder)
    assert store.items(DECK.id)[0].hint == "et hus"
    assert [r.item_id for r in store.reviews()] == [CLOZE_HOUSE.id]
    later = PracticeSession(store, CONFIG, NOW + timedelta(days=1))
    assert later.due_count == 1 and later.current == version["items"][0]
