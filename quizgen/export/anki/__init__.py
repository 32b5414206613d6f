"""Anki decks (.apkg) from quiz items.

Re-importing a rebuilt deck must update notes in place, keep review history
and leave alone what the learner did to notes that did not change. That rests
on note type, field and template ids (``models``), deck ids from deck names
(``deck``), note GUIDs from the article's identity and each item's anchor
(``guids``), and modification times that change only with the content
(``ledger``).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from quizgen.config.anki import AnkiConfig
from quizgen.export.anki.deck import DeckPackage, DeckSource
from quizgen.export.anki.deck import build_package as _build_package
from quizgen.export.anki.filenames import deck_filename
from quizgen.export.anki.guids import note_guid
from quizgen.export.anki.ledger import Ledger
from quizgen.export.anki.models import MODEL_IDS, MODEL_NAMES
from quizgen.export.anki.writer import apkg_bytes
from quizgen.export.atomic import write_bytes_atomically

__all__ = [
    "MODEL_IDS",
    "MODEL_NAMES",
    "DeckPackage",
    "DeckSource",
    "DeckSummary",
    "Ledger",
    "build_package",
    "deck_filename",
    "note_guid",
    "write_deck",
]


@dataclass(frozen=True)
class DeckSummary:
    """What was written, for the CLI to print."""

    path: Path
    deck_names: tuple[str, ...]
    notes_by_kind: Mapping[str, int]
    cards: int
    media_files: int
    size_bytes: int
    duplicates_skipped: int = 0

    @property
    def notes(self) -> int:
        return sum(self.notes_by_kind.values())


def build_package(
    sources: Sequence[DeckSource], config: AnkiConfig, *, audio: bool = False
) -> DeckPackage:
    """Decks for ``sources`` (one deck each); ``audio`` adds espeak-ng pronunciation
    of vocabulary and raises ExportError when espeak-ng is not installed."""
    speaker = None
    if audio:
        from quizgen.export.audio import espeak_path, pronounce

        espeak_path()  # fail before any work when espeak-ng is missing

        def speaker(words: Sequence[str]) -> Mapping[str, tuple[str, bytes]]:
            return pronounce(words, config.audio)

    return _build_package(sources, config, speaker=speaker)


def write_deck(
    sources: Sequence[DeckSource],
    path: Path,
    config: AnkiConfig,
    *,
    audio: bool = False,
    now: float | None = None,
    ledger: Ledger | None = None,
) -> DeckSummary:
    """Write one ``.apkg`` holding a deck per source, atomically (temporary file, then
    rename). ``now`` defaults to the current time; notes and note types the
    ``ledger`` has seen unchanged keep their earlier time (see ``ledger``).
    Sources without items get no deck; when no source has items the file is still
    written (``notes == 0`` in the summary, for the caller to warn about) so one
    thin article never stops a build."""
    package = build_package(sources, config, audio=audio)
    data = apkg_bytes(package, time.time() if now is None else now, ledger)
    write_bytes_atomically(path, data)
    return DeckSummary(
        path=path,
        deck_names=package.deck_names,
        notes_by_kind=dict(package.notes_by_kind),
        cards=package.cards,
        media_files=len(package.media),
        size_bytes=len(data),
        duplicates_skipped=package.duplicates_skipped,
    )
