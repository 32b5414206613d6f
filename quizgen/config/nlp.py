"""``nlp`` and ``input`` sections: which spaCy pipeline, and what articles are accepted."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from pydantic import Field, field_validator

from quizgen.config.base import Section

_MODULE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def model_problem(model: str) -> str:
    """Why ``nlp.model`` names something that cannot be a spaCy pipeline, or "".

    A pipeline that is simply not installed is not a problem here: quizgen falls
    back to its own pipeline and says so. An installed Python module that is not
    a pipeline (``rich``, say) is, since it can only be a mistake.
    """
    if not _MODULE_NAME.match(model) or Path(model).is_dir():
        return ""
    try:
        spec = importlib.util.find_spec(model)
    except (ImportError, ValueError):
        return ""
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    if spec is None or any(Path(folder, "meta.json").is_file() for folder in folders):
        return ""
    return (
        f"'{model}' is an installed Python module but not a spaCy pipeline; give a pipeline "
        'package such as da_core_news_sm, a pipeline folder, or "" for quizgen\'s own'
    )


class NlpConfig(Section):
    # "" means: the Danish pipeline shipped inside quizgen. Otherwise an installed
    # spaCy package name (da_core_news_sm/md/lg, ...) or a path to a pipeline folder.
    model: str = ""
    batch_size: int = Field(default=8, ge=1, le=1000)

    @field_validator("model")
    @classmethod
    def _is_a_pipeline(cls, value: str) -> str:
        problem = model_problem(value)
        if problem:
            raise ValueError(problem)
        return value


class InputConfig(Section):
    max_size_mb: float = Field(default=5.0, gt=0, le=1000)
    refuse_not_danish: bool = True
    warn_if_not_danish: bool = True
