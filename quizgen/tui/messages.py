"""What a screen tells the app. Screens post these and the app decides where to go;
a screen that is simply done dismisses itself."""

from __future__ import annotations

from textual.message import Message

from quizgen.practice.session import SessionSummary


class OpenPractice(Message):
    """Practise a deck, or every deck if ``deck_id`` is None; ``ahead``: cards due in
    the coming days now, instead of today's."""

    def __init__(self, deck_id: str | None, ahead: bool = False) -> None:
        super().__init__()
        self.deck_id = deck_id
        self.ahead = ahead


class OpenReading(Message):
    """Read a deck's article with its vocabulary; ``sentence``: highlight and show it."""

    def __init__(self, deck_id: str, sentence: str = "") -> None:
        super().__init__()
        self.deck_id = deck_id
        self.sentence = sentence


class OpenStats(Message):
    """Show the progress statistics."""


class PracticeFinished(Message):
    """The practice session ended (or had nothing to practise): show its summary."""

    def __init__(self, summary: SessionSummary) -> None:
        super().__init__()
        self.summary = summary
