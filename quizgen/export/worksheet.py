"""A printable Markdown worksheet for a class: the tasks first, the answer key at the end."""

from __future__ import annotations

from quizgen.analysis import Analysis
from quizgen.items import CLOZE_GAP, FALSE_ANSWER, TRUE_ANSWER, Item

SECTIONS = (
    ("question", "Spørgsmål til teksten", "Svar med dine egne ord eller med ord fra teksten."),
    ("choice", "Vælg det rigtige svar", "Sæt kryds ved ét svar."),
    ("truefalse", "Sandt eller falsk?", "Skriv S (sandt) eller F (falsk)."),
    ("cloze", "Udfyld hullerne", "Skriv det manglende ord. Ordet i parentes er en hjælp."),
    ("vocab", "Ordforråd", "Skriv ordets betydning og en anden form af ordet."),
)
GAP_LINE = "\\_" * 8  # escaped: a bare row of underscores is a Markdown rule


def _escape(text: str) -> str:
    """Markdown-safe text: characters that would turn into formatting are escaped."""
    for char in ("\\", "*", "_", "`", "#", "[", "]", "<", ">", "|"):
        text = text.replace(char, "\\" + char)
    return text


def _task(item: Item) -> list[str]:
    if item.kind == "cloze":
        before, _, after = item.prompt.partition(CLOZE_GAP)
        hint = f" ({_escape(item.hint)})" if item.hint else ""
        return [f"{_escape(before)}{GAP_LINE}{hint}{_escape(after)}"]
    if item.kind == "choice":
        lines = [_escape(item.prompt), ""]
        lines += [f"   - [ ] {_escape(option)}" for option in item.choices]
        return lines
    if item.kind == "truefalse":
        return [f"{_escape(item.prompt)} — S / F"]
    if item.kind == "vocab":
        return [f"**{_escape(item.prompt)}**: {GAP_LINE}"]
    return [_escape(item.prompt), "", f"   {GAP_LINE}{GAP_LINE}{GAP_LINE}"]


def _key(item: Item) -> str:
    if item.kind == "truefalse":
        verdict = "Sandt" if item.answer == TRUE_ANSWER else "Falsk"
        if item.answer == FALSE_ANSWER:
            return f"{verdict}. I teksten står der: {_escape(item.source)}"
        return verdict
    if item.kind == "vocab":
        return _escape(item.answer)
    also = f" (også: {', '.join(_escape(a) for a in item.accepted)})" if item.accepted else ""
    return f"{_escape(item.answer)}{also}"


def render_worksheet(analysis: Analysis, generated: object) -> str:
    """The worksheet text. ``generated`` is a ``quizgen.generate.Generated``."""
    items: tuple[Item, ...] = getattr(generated, "items", ())
    article = analysis.article
    title = article.title or "Tekst"
    lines = [f"# Arbejdsark: {_escape(title)}", ""]
    if article.date or article.source:
        meta = ", ".join(p for p in (article.source, article.date) if p)
        lines += [f"*{_escape(meta)}*", ""]
    lines += ["Navn: ____________________   Dato: ____________", ""]
    numbered: list[tuple[int, Item]] = []
    counter = 0
    for kind, heading, instruction in SECTIONS:
        chosen = [i for i in items if i.kind == kind]
        if not chosen:
            continue
        lines += [f"## {heading}", "", f"*{instruction}*", ""]
        for item in chosen:
            counter += 1
            numbered.append((counter, item))
            task = _task(item)
            lines.append(f"{counter}. {task[0]}")
            lines += task[1:]
            lines.append("")
    if not numbered:
        lines += ["*Der kunne ikke laves opgaver til denne tekst.*", ""]
        return "\n".join(lines)
    lines += ["---", "", "## Facitliste", ""]
    lines += [f"{number}. {_key(item)}" for number, item in numbered]
    return "\n".join(lines) + "\n"
