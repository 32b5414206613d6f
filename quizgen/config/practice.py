"""``practice`` section: the terminal practice app and its scheduler."""

from __future__ import annotations

from pydantic import Field

from quizgen.config.base import Section


class PracticeConfig(Section):
    new_per_day: int = Field(default=20, ge=0, le=10000)
    desired_retention: float = Field(default=0.9, gt=0.5, lt=1.0)
    # Answer checking: one typo (edit distance) is forgiven in words this long or longer.
    typo_max_distance: int = Field(default=1, ge=0, le=2)
    typo_min_length: int = Field(default=4, ge=1, le=50)
    # "ae", "oe", "aa" typed for æ, ø, å (keyboards without Danish letters).
    accept_digraphs: bool = True
    # Cards due again within this many minutes (after a slip) come back in the same session.
    learn_ahead_minutes: int = Field(default=20, ge=0, le=1440)
    # The learning day starts at this local hour, as in Anki (reviews after midnight count
    # for the day before).
    day_starts_at_hour: int = Field(default=4, ge=0, le=23)
    # FSRS spreads long intervals a little at random so reviews don't bunch up.
    fuzz_intervals: bool = True
    # As Anki: answering a card buries its new and due siblings (cards from the same
    # sentence, which give each other away) until the next learning day.
    bury_siblings: bool = True
    # Keys that change meaning (1-4 choose, then grade) are ignored this long after the
    # change: longer than a double tap or a key's repeat, shorter than a reaction.
    key_delay_ms: int = Field(default=350, ge=0, le=2000)
