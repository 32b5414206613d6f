"""Metadata written at the top of an article: title, date and source.

Three forms are recognised, and their text never reaches the article body:

- YAML front matter between ``---`` lines;
- ``key: value`` lines (``title: ...``, ``dato: ...``);
- bare header words before the first sentence on the same line, as in the
  bundled corpus: `` date 2019-02 Byen Baghouz i det østlige Syrien ...``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import yaml

from quizgen.config.safe_yaml import YamlValueError, load_document
from quizgen.errors import InputError

# Danish and English spellings of each field; "" marks keys that are consumed but not kept.
_FIELDS = {
    "title": "title", "titel": "title", "overskrift": "title", "headline": "title",
    "date": "date", "dato": "date", "published": "date", "udgivet": "date",
    "source": "source", "kilde": "source", "url": "source", "link": "source", "id": "id",
    "author": "", "forfatter": "", "byline": "", "tags": "", "language": "", "sprog": "",
}  # fmt: skip

# Linear time on purpose: no lazy ".*?" before "\s*$" (quadratic on long runs of spaces).
_KEY_VALUE = re.compile(r"^[ \t]*([A-Za-zæøåÆØÅ]+)[ \t]*:(.*)$")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)\s*$", re.MULTILINE)
_DATE = r"\d{4}(?:-\d{1,2}){0,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
_HEADER_WORD = re.compile(
    rf"^\s*(?:(?P<date_key>date)\s+(?P<date>{_DATE})(?=\s|$)"
    r"|(?P<source_key>source)\s+(?P<source>\S+)"
    # Words up to the next "date"/"source" word: no lazy ".+?", so linear time.
    r"|(?P<title_key>title)\s+(?P<title>\S+(?:\s+(?!(?:date|source)\s)\S+)*)"
    r"(?=\s+(?:date|source)\s|\s*$))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Header:
    title: str = ""
    date: str = ""
    source: str = ""
    id: str = ""  # the writer's own id for the article: its identity in Anki


def split_header(text: str, origin: str) -> tuple[Header, str]:
    """The metadata at the top of ``text`` and the text after it.

    ``text`` must already have "\\n" line endings.
    """
    header = Header()
    text = text.lstrip("\n")
    header, text = _front_matter(text, origin, header)
    header, text = _key_value_lines(text, header)
    header, text = _header_words(text, header)
    return header, text


def _front_matter(text: str, origin: str, header: Header) -> tuple[Header, str]:
    if not text.startswith("---\n"):
        return header, text
    end = _FRONT_MATTER_END.search(text, 4)
    if end is None:
        return header, text  # a Markdown rule, not front matter
    try:
        data, _ = load_document(text[4 : end.start()])
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        reason = getattr(error, "problem", None)
        why = f": {reason}" if reason and "alias" in reason else ""
        raise InputError(
            f"{origin}: the front matter between the '---' lines is not valid YAML{where}{why};",
            "fix it, or remove it and put the article text alone in the file.",
        ) from error
    except YamlValueError as error:
        where = f" line {error.line + 1}" if error.line is not None else ""
        raise InputError(
            f"{origin}: front matter{where}: {error.message};",
            "fix it, or remove the front matter.",
        ) from error
    if not isinstance(data, dict):
        return header, text
    for key, value in data.items():
        header = _with_field(header, str(key), value)
    return header, text[end.end() :].lstrip("\n")


def _key_value_lines(text: str, header: Header) -> tuple[Header, str]:
    lines = text.split("\n")
    taken = 0
    for line in lines:
        match = _KEY_VALUE.match(line)
        value = match.group(2).strip() if match else ""
        if not match or match.group(1).lower() not in _FIELDS or not value:
            break
        header = _with_field(header, match.group(1), value)
        taken += 1
    return header, "\n".join(lines[taken:]).lstrip("\n")


def _header_words(text: str, header: Header) -> tuple[Header, str]:
    first, newline, rest = text.partition("\n")
    consumed = False
    while match := _HEADER_WORD.match(first):
        for name in ("date", "source", "title"):
            if match.group(name):
                header = _with_field(header, name, match.group(name))
        first = first[match.end() :]
        consumed = True
    if not consumed:
        return header, text
    first = first.strip()
    if not first:
        return header, rest.lstrip("\n")
    return header, first + newline + rest


def _with_field(header: Header, key: str, value: object) -> Header:
    field = _FIELDS.get(key.strip().lower(), "")
    if not field or value is None or getattr(header, field):
        return header  # the first value written wins
    text = " ".join(str(value).split()).strip("\"'")
    return replace(header, **{field: text}) if text else header
