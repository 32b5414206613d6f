"""quizgen's settings: the validated schema and the YAML loader.

``load_config(path)`` gives a ``Config``: the documented defaults with the
user's file merged over them, or a ConfigError naming every problem.
"""

from __future__ import annotations

from quizgen.config.loader import (
    check_config,
    default_config_path,
    default_config_text,
    load_config,
    parse_config_text,
    write_default_config,
)
from quizgen.config.schema import Config

__all__ = [
    "Config",
    "check_config",
    "default_config_path",
    "default_config_text",
    "load_config",
    "parse_config_text",
    "write_default_config",
]
