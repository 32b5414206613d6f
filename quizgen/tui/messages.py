"""What a screen tells the app. Screens post these and the app decides where to go;
a screen that is simply done dismisses itself."""

from __future__ import annotations

from textual.message import Message

from quizgen.practice.session import SessionSummary


class OpenPractice(Message):
    """Practise a deck, or every deck if ``deck_id`` is None."""

    def __init__(self, deck_id: str | None) -> None:
        super().__init__()
        self.deck_id = deck_id


class OpenReading(Message):
    """Read a deck's article with its vocabulary."""

    def __init__(self, deck_id: str) -> None:
        super().__init__()
        self.deck_id = deck_id


class OpenStats(Message):
    """Show the progress statistics."""


class PracticeFinished(Message):
    """The practice session ended (or had nothing to practise): show its summary."""

    def __init__(self, summary: SessionSummary) -> None:
        super().__init__()
        self.summary = summary
