"""Turn an Item into the HTML field values of its Anki note, escaping all text.

Anki shows fields as HTML and runs scripts in cards, and it reads some markup
inside field text as its own: ``{{c1::...}}`` cloze deletions, ``[sound:...]``
audio tags, ``[latex]``. So every piece of article text is HTML-escaped and
those characters become character references too; the only markup in a field
is the markup built here (cloze deletions, option lists, our own sound tags).
"""

from __future__ import annotations

import html

from quizgen.config.anki_templates import NOTE_FIELDS
from quizgen.errors import ExportError
from quizgen.items import CLOZE_GAP, FALSE_ANSWER, TRUE_ANSWER, Item

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


def cloze_text(item: Item) -> str:
    """The source sentence with the answer as ``{{c1::answer::hint}}``."""
    start = _answer_start(item)
    if start >= 0:
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


# Universal POS tags as a Danish learner's grammar book names them.
WORD_CLASSES = {
    "NOUN": "substantiv",
    "PROPN": "egennavn",
    "VERB": "verbum",
    "AUX": "hjælpeverbum",
    "ADJ": "adjektiv",
    "ADV": "adverbium",
    "ADP": "præposition",
    "PRON": "pronomen",
    "DET": "determinativ",
    "NUM": "talord",
    "CCONJ": "konjunktion",
    "SCONJ": "konjunktion",
    "INTJ": "interjektion",
    "PART": "partikel",
}


GENDERS = {"common": "fælleskøn", "neuter": "intetkøn"}


def grammar_line(item: Item) -> str:
    """Word class, gender and forms of a vocabulary item, as one escaped line,
    leaving out what the card's front or answer already says."""
    pos = item.extra.get("pos", "")
    gender = item.extra.get("gender", "")
    parts = [
        item.extra.get("word_class", "") or WORD_CLASSES.get(pos, pos),
        GENDERS.get(gender, gender),
        item.extra.get("forms", ""),
    ]
    shown = f"{item.prompt}\n{item.answer}"
    return escape(" · ".join(p for p in parts if p and p not in shown))


def marked_source(item: Item) -> str:
    """The source sentence, with the word in bold when the item marks it
    (``extra["example"]``: the same sentence with the word in ``**``)."""
    example = item.extra.get("example", "")
    if example.replace("**", "") != item.source or example.count("**") != 2:
        return escape(item.source)
    before, word, after = escape(example).split("**")
    return f"{before}<b>{word}</b>{after}"


def vocab_word(item: Item) -> str:
    """The Danish word a vocabulary card is about, with en/et for nouns."""
    word = (item.extra.get("lemma") or item.lemma or item.prompt).strip()
    article = item.extra.get("article", "").strip()
    return f"{article} {word}" if article and not word.startswith(article + " ") else word


def truth_label(answer: str) -> str:
    if answer == TRUE_ANSWER:
        return "Sand"
    if answer == FALSE_ANSWER:
        return "Falsk"
    return answer


def note_fields(
    item: Item, article_title: str, *, reverse: bool = False, audio_tag: str = ""
) -> list[str]:
    """Field values in the order of the item kind's note type (see NOTE_FIELDS)."""
    title = escape(article_title)
    source = marked_source(item) if item.kind == "vocab" else escape(item.source)
    feedback = _feedback(item)
    values: dict[str, str]
    if item.kind == "cloze":
        extra = item.extra.get("gloss", "") or item.extra.get("extra", "")
        values = {"Text": cloze_text(item), "Extra": escape(extra)}
    elif item.kind == "vocab":
        meaning = escape(item.extra.get("gloss", ""))
        values = {
            "Front": escape(item.prompt),
            "Back": escape(item.answer),
            "Meaning": meaning,
            "Grammar": grammar_line(item),
            "Audio": audio_tag,
            "Reverse": "y" if reverse and meaning else "",
        }
    elif item.kind == "question":
        values = {
            "Question": escape(item.prompt),
            "Answer": escape(item.answer),
            "Accepted": escape(" / ".join(item.accepted)),
            "Hint": escape(item.hint),
        }
    elif item.kind == "choice":
        values = {
            "Question": escape(item.prompt),
            "Options": options_html(item, mark_answer=False),
            "Marked": options_html(item, mark_answer=True),
            "Answer": escape(item.answer),
            "Feedback": feedback,
        }
    elif item.kind == "truefalse":
        values = {
            "Statement": escape(item.prompt),
            "Answer": escape(truth_label(item.answer)),
            "Feedback": feedback,
        }
    else:  # pragma: no cover - Item.kind is a closed Literal
        raise ExportError(f"item {item.id} has unknown kind {item.kind!r}")
    values |= {"Source": source, "Article": title}
    return [values[name] for name in NOTE_FIELDS[item.kind]]


def _feedback(item: Item) -> str:
    """What a choice or true/false card adds after the answer: the generator's
    feedback unless it only repeats the source sentence, else what was changed."""
    feedback = item.extra.get("feedback", "")
    if feedback and feedback != item.source:
        return escape(feedback)
    changed = item.extra.get("changed", "")
    if not changed or item.answer != FALSE_ANSWER:
        return ""
    original, arrow, replaced = changed.partition(" → ")
    if arrow and original and replaced:
        return escape(f"I artiklen står der {original}, ikke {replaced}.")
    return escape(f"Ændret: {changed}")
