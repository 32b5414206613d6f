"""Article body text: paragraphs, whitespace, and Markdown reduced to plain prose.

The result has one paragraph per block, separated by "\\n\\n", with single
spaces inside; sentence splitting downstream relies on that.
"""

from __future__ import annotations

import re
import unicodedata

from markdown_it import MarkdownIt
from markdown_it.token import Token

_SPACE_LIKE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # zero-width, soft hyphen

_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")  # linear: [^<>] stops at "<"

# CommonMark, plus ~~strike~~. Indented code is off: an article pasted with indented
# paragraphs is prose, not code. markdown-it's inline parsing is linear in the input
# (the old regexes took 58 s on 64 KB of "**a ").
_PARSER = MarkdownIt("commonmark", {"html": True}).enable("strikethrough").disable("code")


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

    Headings, paragraphs and list items become blocks of their own; code, rules and
    link definitions are dropped; inline markup is reduced to its text.
    """
    blocks: list[tuple[str, str]] = []
    kind = "paragraph"
    for token in _PARSER.parse(text):
        if token.type == "heading_open":
            kind = "heading"
        elif token.type == "paragraph_open":
            kind = "paragraph"
        elif token.type == "inline":
            _add(blocks, kind, inline_text(token.children or []))
        elif token.type == "html_block" and not token.content.lstrip().startswith("<!"):
            _add(blocks, "paragraph", _HTML_TAG.sub("", token.content))  # no comments
    return blocks


def _add(blocks: list[tuple[str, str]], kind: str, text: str) -> None:
    joined = join_lines(text.split("\n"))
    if joined:
        blocks.append((kind, joined))


def inline_text(children: list[Token]) -> str:
    """The plain text of a block's inline tokens: markers, links and HTML tags dropped."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "text_special", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(inline_text(child.children or []))
    return "".join(parts)
