"""Article body text: paragraphs, whitespace, and Markdown reduced to plain prose.

The result has one paragraph per block, separated by "\\n\\n", with single
spaces inside; sentence splitting downstream relies on that.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE_LIKE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # zero-width, soft hyphen

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_CODE = re.compile(r"`+([^`]+)`+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")


def normalise_newlines(text: str) -> str:
    """One kind of line ending, composed Unicode (so "å" is always one character)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))


def paragraphs_from_plain(text: str) -> list[str]:
    """Blocks separated by blank lines; lines inside a block are joined with spaces."""
    blocks: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(join_lines(current))
            current = []
    if current:
        blocks.append(join_lines(current))
    return [block for block in blocks if block]


def join_lines(lines: list[str]) -> str:
    return _SPACE_LIKE.sub(" ", " ".join(line.strip() for line in lines)).strip()


def markdown_blocks(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` blocks of a Markdown document: kind is "heading" or "paragraph".

    Headings and list items become blocks of their own; code fences, rules and
    link definitions are dropped; inline markup is reduced to its text.
    """
    blocks: list[tuple[str, str]] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            # Joined first: emphasis and links may run across line breaks.
            joined = join_lines([strip_inline_markdown(join_lines(current))])
            if joined:
                blocks.append(("paragraph", joined))
            current.clear()

    def add_heading(lines: list[str]) -> None:
        title = join_lines([strip_inline_markdown(join_lines(lines))])
        if title:
            blocks.append(("heading", title))

    in_fence = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence or _LINK_DEFINITION.match(line):
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            add_heading([heading.group(2)])
            continue
        if _SETEXT_UNDERLINE.match(line) and current:  # "Title\n=====" or "Title\n-----"
            add_heading(current[:])
            current.clear()
            continue
        if _RULE.match(line) or not line.strip():
            flush()
            continue
        line = _QUOTE.sub("", line)
        if _LIST_ITEM.match(line):
            flush()
            line = _LIST_ITEM.sub("", line)
        current.append(line)
    flush()
    return blocks


def strip_inline_markdown(text: str) -> str:
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _CODE.sub(r"\1", text)
    for pattern in (_STRONG, _STRIKE):
        text = pattern.sub(lambda m: m.group(m.lastindex or 0), text)
    text = _EMPHASIS_STAR.sub(r"\1", text)
    text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
    return _ESCAPE.sub(r"\1", text)
