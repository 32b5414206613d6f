"""Glosses from a bilingual dictionary in dictd format, when one is installed.

FreeDict's Danish-English dictionary (Debian: ``dict-freedict-dan-eng``) is a
pair of files: an index of ``headword<TAB>offset<TAB>length`` with offset and
length in dictd's base64, and the entries themselves (gzip-compressed as
``.dict.dz``). An entry reads ``headword /ipa/ <pos>`` followed by lines of
translations. Nothing here is required: without the files there are no
dictionary glosses, only the teacher's glossary.
"""

from __future__ import annotations

import functools
import gzip
import re
from collections.abc import Mapping
from pathlib import Path

STANDARD_INDEXES = (
    Path("/usr/share/dictd/freedict-dan-eng.index"),
    Path("/usr/local/share/dictd/freedict-dan-eng.index"),
)
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def dictd_number(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + B64.index(char)
    return value


def find_index(setting: str) -> Path | None:
    """``auto``: the standard FreeDict place; ``none`` or ``""``: no dictionary; else a path."""
    if setting in ("", "none"):
        return None
    if setting == "auto":
        return next((p for p in STANDARD_INDEXES if p.is_file()), None)
    path = Path(setting).expanduser()
    return path if path.is_file() else None


def _entry_gloss(entry: str) -> str:
    """The first sense only: without its context a second sense misleads more than helps."""
    lines = [line.strip() for line in entry.strip().splitlines() if line.strip()]
    senses = [line for line in lines[1:] if not line.startswith(("/", "<"))]
    if not senses:
        return ""
    first = re.split(r";\s*2\.\s", senses[0])[0]
    return re.sub(r"^1\.\s*", "", first).strip()


@functools.lru_cache(maxsize=4)
def load_dictionary(setting: str) -> Mapping[str, str]:
    """Lower-cased headword -> gloss; empty when no dictionary is found or readable."""
    index = find_index(setting)
    if index is None:
        return {}
    stem = str(index)[: -len(".index")] if str(index).endswith(".index") else str(index)
    try:
        data_path = Path(stem + ".dict.dz")
        if data_path.is_file():
            with gzip.open(data_path) as handle:
                data = handle.read()
        else:
            data = Path(stem + ".dict").read_bytes()
        lines = index.read_text(encoding="utf-8").splitlines()
    except (OSError, EOFError, UnicodeDecodeError):
        return {}
    glosses: dict[str, str] = {}
    for line in lines:
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00database"):
            continue
        try:
            start, length = dictd_number(parts[1]), dictd_number(parts[2])
        except ValueError:
            continue
        entry = data[start : start + length].decode("utf-8", errors="replace")
        gloss = _entry_gloss(entry)
        if gloss:
            glosses.setdefault(parts[0].lower(), gloss)
    return glosses
