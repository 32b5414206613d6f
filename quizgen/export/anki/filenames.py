"""File names for decks that are safe on Windows, macOS and Linux file systems."""

from __future__ import annotations

import re
import unicodedata

_MAX_CHARS = 80  # leaves room for a folder path within Windows' 260-character limit
_MAX_BYTES = 200  # most file systems allow 255 bytes per name
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_SEPARATORS = re.compile(r"[\s_]+")
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$", re.IGNORECASE)


def deck_filename(title: str, suffix: str = ".apkg") -> str:
    """``title`` as a file name: Danish letters kept, anything a file system (or a
    shell) could trip over replaced, cut to a sensible length, never empty."""
    text = unicodedata.normalize("NFC", title)
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in text)
    text = _FORBIDDEN.sub(" ", text)
    # A derived title ends in "…": in a file name it only gets in a shell user's way.
    text = text.replace("…", " ")
    text = _SEPARATORS.sub("_", text.strip()).strip("._- ")
    text = _shorten(text)
    if not text:
        text = "deck"
    if _WINDOWS_RESERVED.match(text.split(".")[0]):
        text += "_deck"
    return text + suffix


def _shorten(text: str) -> str:
    if len(text) <= _MAX_CHARS and len(text.encode("utf-8")) <= _MAX_BYTES:
        return text
    cut = text[:_MAX_CHARS]
    while len(cut.encode("utf-8")) > _MAX_BYTES:
        cut = cut[:-1]
    # End at a word boundary when there is one in the second half.
    boundary = cut.rfind("_")
    if boundary > len(cut) // 2:
        cut = cut[:boundary]
    return cut.strip("._- ")
