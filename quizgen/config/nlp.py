"""``nlp`` and ``input`` sections: which spaCy pipeline, and what articles are accepted."""

from __future__ import annotations

from pydantic import Field

from quizgen.config.base import Section


class NlpConfig(Section):
    # "" means: the Danish pipeline shipped inside quizgen. Otherwise an installed
    # spaCy package name (da_core_news_sm/md/lg, ...) or a path to a pipeline folder.
    model: str = ""
    batch_size: int = Field(default=8, ge=1, le=1000)


class InputConfig(Section):
    max_size_mb: float = Field(default=5.0, gt=0, le=1000)
    warn_if_not_danish: bool = True
