"""Anki tags for a note: what kind of item, how hard, which word class and article."""

from __future__ import annotations

import re
import unicodedata

from quizgen.generate.kinds import kind_spec
from quizgen.items import Item

_SPACE = re.compile(r"\s+")


def sanitize_tag(tag: str) -> str:
    """An Anki tag: no spaces (they separate tags), no control characters or quotes."""
    tag = _SPACE.sub("_", unicodedata.normalize("NFC", tag).strip())
    return "".join(ch for ch in tag if unicodedata.category(ch)[0] != "C" and ch != '"')


def note_tags(item: Item, slug: str) -> list[str]:
    """Kind, level, word class, entity type and article, then the item's own tags."""
    candidates = ["quizgen", f"kind::{item.kind}"]
    if item.level:
        candidates.append(f"level::{item.level}")
    pos, entity = kind_spec(item.kind).facets(item)
    if pos:
        candidates.append(f"pos::{pos}")
    if entity:
        candidates.append(f"ent::{entity}")
    if slug:
        candidates.append(f"article::{slug}")
    candidates += item.tags
    tags: list[str] = []
    for candidate in candidates:
        tag = sanitize_tag(candidate)
        if tag and tag not in tags:
            tags.append(tag)
    return tags
