"""Turn an Item into the HTML field values of its Anki note, escaping all text.

What goes in which field is the item kind's business (its spec in
``quizgen.generate.kinds``); the escaping rules are in
``quizgen.generate.fieldhtml``. Here the two meet: every note gets its
sentence and article, and the values come out in the note type's field order.
"""

from __future__ import annotations

from quizgen.generate.fieldhtml import cloze_text, escape, options_html
from quizgen.generate.fieldhtml import marked_source as _marked
from quizgen.generate.kinds import FieldContext, kind_spec
from quizgen.items import Item
from quizgen.lang import get_language

__all__ = ["cloze_text", "escape", "marked_source", "note_fields", "options_html"]


def marked_source(item: Item) -> str:
    """The source sentence, with the word in bold when the item's kind marks it."""
    return _marked(item.source, kind_spec(item.kind).marked_example(item))


def note_fields(
    item: Item, article_title: str, *, reverse: bool = False, audio_tag: str = ""
) -> list[str]:
    """Field values in the order of the item kind's note type."""
    spec = kind_spec(item.kind)
    words = get_language().cards
    title = escape(article_title)
    values = {"Source": escape(item.source), "Article": title}
    values |= spec.anki_fields(item, FieldContext(title, words, reverse, audio_tag))
    return [values[name] for name in spec.note_type(words).fields]
