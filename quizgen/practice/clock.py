"""Time for practice: the core never reads the clock; the app edges call ``local_now``."""

from __future__ import annotations

from datetime import datetime, timedelta


def local_now() -> datetime:
    """Now, timezone-aware in the learner's local zone (the only real clock read)."""
    return datetime.now().astimezone()


def learning_day(now: datetime, day_starts_at_hour: int = 4) -> str:
    """The practice day ``now`` belongs to, as ``YYYY-MM-DD`` in ``now``'s own zone.

    As in Anki, a day begins at ``day_starts_at_hour``: 01:30 still counts for
    the evening before.
    """
    return (now - timedelta(hours=day_starts_at_hour)).date().isoformat()


def next_day_start(now: datetime, day_starts_at_hour: int = 4) -> datetime:
    """When the learning day after ``now``'s begins, in ``now``'s zone."""
    start = (now - timedelta(hours=day_starts_at_hour)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return start + timedelta(days=1, hours=day_starts_at_hour)
