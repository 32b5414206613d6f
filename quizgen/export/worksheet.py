"""A printable Markdown worksheet for a class: the article with numbered paragraphs,
the tasks (each saying which paragraph it is about), and the answer key on a page
of its own.

One section per kind, in the order the kinds' specs give; each spec writes its own
tasks and answers, in the words of the article's language. Tasks that would give
away another task's answer are left out, and list items are indented to their
number's width, so that CommonMark keeps "10." and up with their lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.analysis import Analysis
from quizgen.generate.fieldhtml import markdown
from quizgen.generate.kinds import kind_spec, kind_specs
from quizgen.items import Item
from quizgen.lang import get_language
from quizgen.lang.cards import CardWords

# Markdown has no page break; HTML in it does, and CommonMark passes it through.
PAGE_BREAK = '<div class="page-break" style="break-before: page; page-break-before: always"></div>'
_MIN_GIVEAWAY = 3  # shorter answers ("i", "en") are in any sentence


def render_worksheet(analysis: Analysis, generated: object) -> str:
    """The worksheet text. ``generated`` is a ``quizgen.generate.Generated``."""
    words = get_language().cards
    article = analysis.article
    paragraphs = [p.strip() for p in article.text.split("\n\n") if p.strip()]
    items = independent_items(getattr(generated, "items", ()))
    title = article.title or words.untitled
    lines = [f"# {words.worksheet_title}: {markdown(title)}", ""]
    if article.date or article.source:
        meta = ", ".join(p for p in (article.source, article.date) if p)
        lines += [f"*{markdown(meta)}*", ""]
    lines += [words.name_and_date, ""]
    if paragraphs:
        lines += [f"## {words.untitled}", ""]
        lines += [
            f"**[{n}]** {markdown(' '.join(p.split()))}\n"
            for n, p in enumerate(paragraphs, start=1)
        ]
    numbered: list[tuple[int, Item]] = []
    for spec in sorted(kind_specs(), key=lambda s: s.worksheet_position):
        chosen = [i for i in items if i.kind == spec.name]
        if not chosen:
            continue
        heading, instruction = spec.worksheet_section(words)
        lines += [f"## {heading}", "", f"*{instruction}*", ""]
        for item in chosen:
            number = len(numbered) + 1
            numbered.append((number, item))
            where = _paragraph_of(item, paragraphs)
            lines += _list_item(
                number, spec.worksheet_task(item, words), f" *[{where}]*" if where else ""
            )
            lines.append("")
    if not numbered:
        lines += [f"*{words.no_tasks}*", ""]
        return "\n".join(lines)
    lines += [PAGE_BREAK, "", f"## {words.answer_key}", ""]
    lines += [f"{n}. {_key(item, words)}" for n, item in numbered]
    return "\n".join(lines) + "\n"


def _list_item(number: int, task: Sequence[str], where: str) -> list[str]:
    """A numbered list item whose other lines are indented to the number's width."""
    marker = f"{number}. "
    indent = " " * len(marker)
    first, *rest = task
    return [f"{marker}{first}{where}"] + [
        indent + line.lstrip() if line.strip() else "" for line in rest
    ]


def _key(item: Item, words: CardWords) -> str:
    spec = kind_spec(item.kind)
    key = spec.worksheet_key(item, words)
    gloss = spec.meaning(item) or str(getattr(item.data, "gloss", "") or "")
    # A word's meaning belongs in the key even when the card keeps it elsewhere; after
    # the answer, set apart from it ("civile — borgerlig").
    return key if not gloss or markdown(gloss) in key else f"{key} — {markdown(gloss)}"


def _paragraph_of(item: Item, paragraphs: Sequence[str]) -> int:
    source = " ".join(item.source.split())
    for number, paragraph in enumerate(paragraphs, start=1):
        if source and source in " ".join(paragraph.split()):
            return number
    return 0


def shown_text(item: Item) -> str:
    """What a worksheet shows of a task: the prompt and any options."""
    return " ".join((item.prompt, *item.choices))


def gives_away(shown: Item, asked: Item) -> bool:
    """``shown``'s task contains the answer of ``asked``, made from the same sentence
    (true/false answers aside): it can be read off the task above or below it."""
    if asked.kind == "truefalse" or shown.id == asked.id or not _siblings(shown, asked):
        return False
    text = shown_text(shown).casefold()
    for answer in asked.answers:
        answer = answer.strip().casefold()
        if len(answer) >= _MIN_GIVEAWAY and re.search(rf"(?<!\w){re.escape(answer)}(?!\w)", text):
            return True
    return False


def _siblings(one: Item, other: Item) -> bool:
    if one.sentence_index >= 0 and one.sentence_index == other.sentence_index:
        return True
    return " ".join(one.source.split()) == " ".join(other.source.split())


# Which of two tasks on one sentence stays: reading comprehension before word work.
_PRIORITY = ("question", "choice", "truefalse", "cloze", "vocab")


def independent_items(items: Sequence[Item]) -> list[Item]:
    """``items`` in order, without those that give away (or are given away by) the
    answer of a task on the same sentence that matters more."""
    rank = {kind: n for n, kind in enumerate(_PRIORITY)}
    kept: list[Item] = []
    for item in sorted(items, key=lambda i: rank.get(i.kind, len(rank))):
        if not any(gives_away(item, k) or gives_away(k, item) for k in kept):
            kept.append(item)
    chosen = {item.id for item in kept}
    return [item for item in items if item.id in chosen]
