"""An article full of markup and Anki syntax renders as text in the real Anki."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("anki")

from anki_support import HOSTILE, hostile_items, import_apkg, new_collection

from quizgen.config.anki import AnkiConfig
from quizgen.export.anki import DeckSource, write_deck

# The only elements our templates, fields and Anki's own filters produce.
OUR_TAGS = {"style", "div", "span", "hr", "ol", "li", "a", "b"}
HOSTILE_TITLE = '<script>alert("title")</script> {{Front}} <img src=x onerror=alert(9)>'


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(rendered: str) -> _Elements:
    parser = _Elements()
    parser.feed(rendered)
    parser.close()
    return parser


@pytest.fixture
def rendered(tmp_path: Path) -> list[tuple[str, Any]]:
    source = DeckSource("evil", HOSTILE_TITLE, "evil", hostile_items())
    path = tmp_path / "evil.apkg"
    write_deck([source], path, AnkiConfig(reversed_vocab=True), now=1_700_000_000)
    col = new_collection(tmp_path / "anki")
    try:
        log = import_apkg(col, path)
        assert len(log.new) == 5
        sides = []
        for card_id in col.find_cards(""):
            card = col.get_card(card_id)
            sides += [(card.question(), card), (card.answer(), card)]
        yield sides
    finally:
        col.close()


def test_anki_hostile_article_renders_no_live_html(rendered: list[tuple[str, Any]]) -> None:
    assert len(rendered) == 12  # five notes, six cards (one reversed word card)
    for side, _card in rendered:
        elements = _parse(side)
        for tag, attrs in elements.tags:
            assert tag in OUR_TAGS, f"live <{tag}> in {side}"
            for name, _value in attrs:
                # Anki's own {{hint:}} link is the one element allowed a handler.
                is_anki_hint = tag == "a" and ("class", "hint") in attrs and name == "onclick"
                assert not name.startswith("on") or is_anki_hint, f"{name}= in {side}"
        assert "<script" not in side.lower()
        assert "{{" not in side and "}}" not in side


def test_anki_hostile_article_text_is_shown_literally(rendered: list[tuple[str, Any]]) -> None:
    backs = [side for side, card in rendered if card.note().note_type()["name"].endswith("v1")]
    shown = ["".join(_parse(side).text) for side in backs]
    assert any(HOSTILE in text for text in shown)  # the sentence, tags and braces as text
    assert any(HOSTILE_TITLE in text for text in shown)


def test_anki_hostile_article_makes_one_cloze_and_no_sound(
    rendered: list[tuple[str, Any]],
) -> None:
    for side, card in rendered:
        assert card.ord == 0 or card.note().note_type()["name"] == "quizgen vocab v1"
        assert not card.question_av_tags() and not card.answer_av_tags(), side
