"""``practice`` section: the terminal practice app and its scheduler."""

from __future__ import annotations

from pydantic import Field

from quizgen.config.base import Section


class PracticeConfig(Section):
    new_per_day: int = Field(default=20, ge=0, le=10000)
    desired_retention: float = Field(default=0.9, gt=0.5, lt=1.0)
