"""Rich output for people: what ``build`` made and what ``inspect`` found."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.table import Table

from quizgen.cli.common import shown, stdout_console
from quizgen.generate.kinds import kind_specs
from quizgen.pipeline import ArticleResult


@dataclass(frozen=True)
class BuildRow:
    """What the build summary shows of one article: a build of 500 articles keeps
    these, not its results (items, vocabulary, facts), until the summary is printed."""

    title: str
    origin: str
    counts: tuple[int, ...]  # kept items of each kind, in ``kind_specs()`` order
    kept: int
    generated: int

    @classmethod
    def of(cls, result: ArticleResult) -> BuildRow:
        counts = Counter(item.kind for item in result.generated.items)
        report = result.generated.report
        kinds = tuple(counts.get(spec.name, 0) for spec in kind_specs())
        return cls(
            result.article.title, result.article.origin, kinds, report.kept, report.generated
        )


def print_build_summary(rows: Sequence[BuildRow], decks: Sequence[tuple[Path, Any]]) -> None:
    console = stdout_console()
    table = Table(title="Decks built", title_justify="left")
    table.add_column("Article", no_wrap=True, overflow="ellipsis", max_width=24)
    for spec in kind_specs():
        table.add_column(spec.short_name or spec.name, justify="right", no_wrap=True)
    table.add_column("kept of", justify="right", no_wrap=True, min_width=7)
    for row in rows:
        table.add_row(shown(row.title), *map(str, row.counts), f"{row.kept}/{row.generated}")
    console.print(table)
    for path, _summary in decks:
        console.print(f"Wrote [bold]{shown(path)}[/bold]", soft_wrap=True)
    console.print()
    command = f"{_command_name()} practice {_practice_hint(rows)}"
    console.print(
        f"Practise in the terminal:  [bold]{shown(command)}",
        soft_wrap=True,
    )
    console.print("Or in Anki:                File > Import… and pick the .apkg above")


def _command_name() -> str:
    """``quizgen`` when that is what the shell finds, else the path that was run
    (``.venv/bin/quizgen`` right after the Quick start, before a venv is activated)."""
    import os
    import shutil
    import sys

    invoked = sys.argv[0]
    on_path = shutil.which("quizgen")
    if os.path.basename(invoked) != "quizgen" or (
        on_path and os.path.realpath(on_path) == os.path.realpath(invoked)
    ):
        return "quizgen"
    return os.path.relpath(invoked) if not os.path.isabs(invoked) else invoked


def _practice_hint(rows: Sequence[BuildRow]) -> str:
    origin = rows[0].origin if rows else ""
    return origin if origin and origin != "<stdin>" else "ARTICLE"


def print_inspection(result: ArticleResult, *, show_tokens: bool) -> None:
    from quizgen.cli.tables import coverage_table, facts_table, items_table, vocabulary_table

    console = stdout_console()
    analysis = result.analysis
    article = analysis.article
    header = Table.grid(padding=(0, 2))
    header.add_column(style="bold")
    header.add_column()
    for label, value in (
        ("Title", shown(article.title)),
        ("Date", shown(article.date or "—")),
        ("Source", shown(article.source or "—")),
        ("Language", f"{article.language} ({article.language_confidence:.0%})"),
        ("Id", shown(article.id)),
        ("Pipeline", _pipeline_label(result)),
        ("Sentences", str(len(analysis.sentences))),
    ):
        header.add_row(label, value)
    console.print(header)
    console.print(_entities_table(result))
    if show_tokens:
        for sentence in analysis.sentences:
            console.print(_tokens_table(sentence))
    console.print(vocabulary_table(result.generated.vocabulary))
    console.print(facts_table(result.generated.facts))
    console.print(items_table(result.generated.items))
    console.print(coverage_table(result.generated.report.coverage))


def _pipeline_label(result: ArticleResult) -> str:
    info = result.analysis.pipeline
    label = shown(f"{info.name} {info.version}".strip())
    return label + (" [red](degraded)[/red]" if info.degraded else "")


def _entities_table(result: ArticleResult) -> Table:
    table = Table(title="Named entities", title_justify="left")
    table.add_column("Entity")
    table.add_column("Type")
    table.add_column("Count", justify="right")
    counts = Counter((e.text, e.label) for e in result.analysis.entities)
    for (text, label), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(shown(text), shown(label), str(count))
    return table


def _tokens_table(sentence: Any) -> Table:
    table = Table(title=f"{sentence.index + 1}. {shown(sentence.text)}", title_justify="left")
    for column in ("#", "Text", "Lemma", "POS", "Morphology", "Dep", "Head", "Entity"):
        table.add_column(column)
    for token in sentence.tokens:
        values = (token.text, token.lemma, token.pos, token.morph, token.dep)
        table.add_row(
            str(token.i), *map(shown, values), str(token.head), shown(token.ent_type or "")
        )
    return table
