"""``anki`` section: deck naming, card templates and styling."""

from __future__ import annotations

from quizgen.config.base import Section


class AnkiConfig(Section):
    deck_name: str = "Dansk::Læsning::{title}"
    reversed_vocab: bool = False
