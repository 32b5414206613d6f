"""Read an article from a .txt/.md file or stdin into an ``Article``.

Decoding (quizgen.reading.decoding), header metadata (quizgen.reading.header), Markdown
and paragraphs (quizgen.reading.markup) and language identification
(quizgen.reading.language) each live in their own module; this one checks the input,
puts the pieces together and gives the article its content-derived id.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import BinaryIO

from quizgen.analysis import Article
from quizgen.config.nlp import InputConfig
from quizgen.errors import InputError
from quizgen.items import stable_id
from quizgen.reading.decoding import WHAT_TO_GIVE, decode_text
from quizgen.reading.header import Header, split_header
from quizgen.reading.language import detect_language, language_name, language_warning
from quizgen.reading.markup import markdown_blocks, normalise_newlines, paragraphs_from_plain

__all__ = [
    "article_from_text",
    "article_id",
    "derive_title",
    "language_name",
    "language_warning",
    "parse_article",
    "read_article",
    "size_limit",
]

STDIN = "-"
STDIN_ORIGIN = "<stdin>"
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
BYTES_PER_MB = 1024 * 1024
TITLE_MAX_CHARS = 70

# The look-behind makes a run of "....." one candidate, not one per dot (quadratic).
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”»)]*(?=\s|$)")
# Danish abbreviations that end in a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    {
        "bl.a", "ca", "cand", "dvs", "dr", "etc", "evt", "f.eks", "fx", "hhv", "hr", "inkl",
        "jf", "kl", "kr", "mht", "mia", "mio", "mv", "nr", "osv", "pga", "pct", "prof", "resp",
        "sml", "st", "tlf", "vha", "vol",
    }
)  # fmt: skip
# [ \t], not \s: "^\s*" would run across every blank line from every line start.
_MARKDOWN_CLUES = re.compile(r"^#{1,6}[ \t]|\]\(|^[ \t]*[-*][ \t]|\*\*|^---[ \t]*$", re.MULTILINE)


def size_limit(config: InputConfig) -> int:
    """``input.max_size_mb`` in bytes."""
    return int(config.max_size_mb * BYTES_PER_MB)


def read_article(source: str | Path, *, max_bytes: int, stdin: BinaryIO | None = None) -> Article:
    """Read and parse one article; ``"-"`` reads stdin. Raises InputError."""
    if str(source) == STDIN:
        stream = stdin if stdin is not None else _stdin()
        try:
            data = stream.read(max_bytes + 1)
        except OSError as error:
            raise InputError(f"{STDIN_ORIGIN}: cannot be read ({error});", WHAT_TO_GIVE) from error
        _check_size(len(data), max_bytes, STDIN_ORIGIN)
        return parse_article(data, STDIN_ORIGIN)
    path = Path(source)
    origin = str(source)
    if not path.exists():
        raise InputError(f"{origin}: file not found;", f"check the path, or {WHAT_TO_GIVE}.")
    if path.is_dir():
        raise InputError(f"{origin}: is a folder, not a file;", f"{WHAT_TO_GIVE}.")
    try:
        _check_size(path.stat().st_size, max_bytes, origin)
        with path.open("rb") as stream:
            # Bounded even when stat() lies (pipes, /dev/zero, a file still growing).
            data = stream.read(max_bytes + 1)
    except OSError as error:
        raise InputError(
            f"{origin}: cannot be read ({error.strerror or error});",
            "check the file's permissions, or give another file.",
        ) from error
    _check_size(len(data), max_bytes, origin)
    return parse_article(data, origin)


def _stdin() -> BinaryIO:
    # Python sets sys.stdin to None when file descriptor 0 is closed (`quizgen build - <&-`).
    if sys.stdin is None or getattr(sys.stdin, "buffer", None) is None:
        raise InputError(
            f"{STDIN_ORIGIN}: is closed, so there is nothing to read;",
            f"pipe text in, or {WHAT_TO_GIVE}.",
        )
    return sys.stdin.buffer


def parse_article(data: bytes, origin: str, *, markdown: bool | None = None) -> Article:
    """Decode, split off metadata, tidy paragraphs, identify the language, give an id.

    ``markdown`` None means: decide from the file name (and, for stdin, the text).
    """
    if not data:
        raise InputError(f"{origin}: file is empty;", f"{WHAT_TO_GIVE}.")
    return article_from_text(decode_text(data, origin), origin, markdown=markdown)


def article_from_text(text: str, origin: str, *, markdown: bool | None = None) -> Article:
    """Like ``parse_article`` for text that is already decoded."""
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError(f"{origin}: contains only blank space;", f"{WHAT_TO_GIVE}.")
    header, body = split_header(text, origin)
    if markdown is None:
        markdown = _is_markdown(origin, body)
    title, paragraphs = _markdown_body(body, header) if markdown else _plain_body(body, header)
    if not paragraphs:
        raise InputError(
            f"{origin}: has a header but no article text;",
            f"add the text below it, or {WHAT_TO_GIVE}.",
        )
    body_text = "\n\n".join(paragraphs)
    language, confidence = detect_language(body_text)
    return Article(
        id=article_id(body_text),
        text=body_text,
        title=header.title or title or derive_title(body_text) or _fallback_title(origin),
        date=header.date,
        source=header.source,
        origin=origin,
        language=language,
        language_confidence=confidence,
        given_id=header.id,
    )


def article_id(body_text: str) -> str:
    """The same normalised body always gives the same id (16 hex characters)."""
    return stable_id(body_text)


def derive_title(body_text: str, limit: int = TITLE_MAX_CHARS) -> str:
    """The first sentence, shortened at a clause or word boundary to ``limit`` characters."""
    sentence = first_sentence(body_text).rstrip(" .")
    if not any(char.isalnum() for char in sentence):
        return ""
    if len(sentence) <= limit:
        return sentence
    window = sentence[: limit + 1]
    comma = window.rfind(", ")
    cut = comma if comma >= limit // 2 else window.rfind(" ")
    if cut <= 0:
        cut = limit
    return window[:cut].rstrip(" ,;:-\u2013\u2014") + "…"


def first_sentence(body_text: str) -> str:
    paragraph = body_text.split("\n\n", 1)[0].strip()
    for match in _SENTENCE_END.finditer(paragraph):
        before = _word_before(paragraph, match.start()).lower()
        if match.group().startswith(".") and (before in _ABBREVIATIONS or len(before) == 1):
            continue
        return paragraph[: match.end()]
    return paragraph


def _word_before(text: str, end: int) -> str:
    """The word ending at ``end``, found without copying the text before it."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _fallback_title(origin: str) -> str:
    """For a body with no words to make a title from (only punctuation, say)."""
    stem = Path(origin).stem if origin != STDIN_ORIGIN else ""
    return stem or "Artikel"


def _check_size(size: int, max_bytes: int, origin: str) -> None:
    if size > max_bytes:
        # One byte over means the read stopped at the limit: the real size is unknown.
        shown = "" if size == max_bytes + 1 else f"{format_size(size)}, "
        raise InputError(
            f"{origin}: is {shown}more than the {format_size(max_bytes)} limit for one article;",
            "give a single article, or raise input.max_size_mb in your config.",
        )


def format_size(size: int) -> str:
    if size >= BYTES_PER_MB:
        return f"{round(size / BYTES_PER_MB, 2):g} MB"
    if size >= 1024:
        return f"{round(size / 1024, 1):g} KB"
    return f"{size} bytes"


def _is_markdown(origin: str, body: str) -> bool:
    if Path(origin).suffix.lower() in MARKDOWN_SUFFIXES:
        return True
    return origin == STDIN_ORIGIN and bool(_MARKDOWN_CLUES.search(body))


def _markdown_body(body: str, header: Header) -> tuple[str, list[str]]:
    """A leading heading is the title (unless the header gave one that differs)."""
    blocks = markdown_blocks(body)
    title = ""
    if blocks and blocks[0][0] == "heading":
        heading = blocks[0][1]
        if not header.title or heading.casefold() == header.title.casefold():
            title = heading
            blocks = blocks[1:]
    return title, [text for _, text in blocks]


def _plain_body(body: str, header: Header) -> tuple[str, list[str]]:
    """A short first line standing alone, without a full stop, is a headline."""
    paragraphs = paragraphs_from_plain(body)
    first_line = body.split("\n", 1)[0].strip()
    headline = len(paragraphs) > 1 and paragraphs[0] == first_line and _is_headline(first_line)
    if headline and (not header.title or first_line.casefold() == header.title.casefold()):
        return first_line, paragraphs[1:]
    return "", paragraphs


def _is_headline(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= 14
        and len(line) <= 100
        and (line[0].isupper() or line[0].isdigit())
        and not line.endswith((".", ",", ";", ":", "!", "?", "…", "-"))
    )
