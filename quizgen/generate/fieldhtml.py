"""Plain text as Anki field HTML, and the few pieces of markup quizgen builds itself.

Anki shows fields as HTML and runs scripts in cards, and it reads some markup
inside field text as its own: ``{{c1::...}}`` cloze deletions, ``[sound:...]``
audio tags, ``[latex]``. So every piece of article text is HTML-escaped and
those characters become character references too; the only markup in a field
is the markup built here (cloze deletions, option lists, a marked word). The
kinds' field renderers use these, so they live below the exporters.
"""

from __future__ import annotations

import html

from quizgen.errors import ExportError
from quizgen.items import CLOZE_GAP, Item

# Characters Anki's template, cloze, media and maths syntax are built from.
_ANKI_SYNTAX = str.maketrans(
    {"{": "&#123;", "}": "&#125;", "[": "&#91;", "]": "&#93;", "\\": "&#92;"}
)
_CLOZE_SYNTAX = str.maketrans({":": "&#58;"})


def escape(text: str) -> str:
    """Plain text as field HTML that Anki shows literally and never interprets."""
    return html.escape(text, quote=True).translate(_ANKI_SYNTAX)


def _escape_cloze_part(text: str) -> str:
    # "::" inside a deletion would start its hint.
    return escape(text).translate(_CLOZE_SYNTAX)


def cloze_text(item: Item, gapped: str = "") -> str:
    """The source sentence with the answer as ``{{c1::answer::hint}}``; or ``gapped``
    (the sentence as the prompt prints it, with the gap) with the answer in its gap."""
    start = _answer_start(item)
    if CLOZE_GAP in gapped:
        before, _, after = gapped.partition(CLOZE_GAP)
    elif start >= 0:
        before, after = item.source[:start], item.source[start + len(item.answer) :]
    elif CLOZE_GAP in item.prompt:
        before, _, after = item.prompt.partition(CLOZE_GAP)
    else:
        raise ExportError(
            f"cloze item {item.id} has no gap: its answer {item.answer!r} is not in its sentence.",
            "This is a bug in item generation; please report it with the article.",
        )
    deletion = _escape_cloze_part(item.answer)
    if item.hint:
        deletion += "::" + _escape_cloze_part(item.hint)
    return f"{escape(before)}{{{{c1::{deletion}}}}}{escape(after)}"


def _answer_start(item: Item) -> int:
    if not item.answer:
        return -1
    start = item.answer_start
    if start >= 0 and item.source[start : start + len(item.answer)] == item.answer:
        return start
    return item.source.find(item.answer)


def options_html(item: Item, *, mark_answer: bool) -> str:
    """The choices as an ordered list; on the back the right one is marked."""
    rows = []
    for choice in item.choices:
        if mark_answer and choice == item.answer:
            mark = '<span class="qg-mark">✓</span>'
            rows.append(f'<li class="qg-right">{escape(choice)} {mark}</li>')
        else:
            rows.append(f"<li>{escape(choice)}</li>")
    return '<ol class="qg-choices" type="A">' + "".join(rows) + "</ol>"


def marked_source(source: str, example: str) -> str:
    """The source sentence, with the word in bold when ``example`` marks it (the same
    sentence with the word in ``**``)."""
    if example.replace("**", "") != source or example.count("**") != 2:
        return escape(source)
    before, word, after = escape(example).split("**")
    return f"{before}<b>{word}</b>{after}"


def markdown(text: str) -> str:
    """Markdown-safe text: characters that would turn into formatting are escaped."""
    for char in ("\\", "*", "_", "`", "#", "[", "]", "<", ">", "|"):
        text = text.replace(char, "\\" + char)
    return text


GAP_LINE = "\\_" * 8  # a worksheet's blank; escaped: a bare row of underscores is a rule
