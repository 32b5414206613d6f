"""A printable Markdown worksheet for a class: the tasks first, the answer key at the end.

One section per kind, in the order the kinds' specs give; each spec writes its
own tasks and answers, in the words of the article's language.
"""

from __future__ import annotations

from quizgen.analysis import Analysis
from quizgen.generate.fieldhtml import markdown
from quizgen.generate.kinds import kind_spec, kind_specs
from quizgen.items import Item
from quizgen.lang import get_language


def render_worksheet(analysis: Analysis, generated: object) -> str:
    """The worksheet text. ``generated`` is a ``quizgen.generate.Generated``."""
    items: tuple[Item, ...] = getattr(generated, "items", ())
    words = get_language().cards
    article = analysis.article
    title = article.title or words.untitled
    lines = [f"# {words.worksheet_title}: {markdown(title)}", ""]
    if article.date or article.source:
        meta = ", ".join(p for p in (article.source, article.date) if p)
        lines += [f"*{markdown(meta)}*", ""]
    lines += [words.name_and_date, ""]
    numbered: list[tuple[int, Item]] = []
    counter = 0
    for spec in sorted(kind_specs(), key=lambda s: s.worksheet_position):
        chosen = [i for i in items if i.kind == spec.name]
        if not chosen:
            continue
        heading, instruction = spec.worksheet_section(words)
        lines += [f"## {heading}", "", f"*{instruction}*", ""]
        for item in chosen:
            counter += 1
            numbered.append((counter, item))
            task = spec.worksheet_task(item, words)
            lines.append(f"{counter}. {task[0]}")
            lines += task[1:]
            lines.append("")
    if not numbered:
        lines += [f"*{words.no_tasks}*", ""]
        return "\n".join(lines)
    lines += ["---", "", f"## {words.answer_key}", ""]
    lines += [f"{n}. {kind_spec(item.kind).worksheet_key(item, words)}" for n, item in numbered]
    return "\n".join(lines) + "\n"
