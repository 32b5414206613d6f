"""Rich tables for the human view of ``quizgen inspect``."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from quizgen.cli.common import shown
from quizgen.extract.facts import Fact
from quizgen.extract.vocabulary import VocabEntry
from quizgen.generate.coverage import Coverage
from quizgen.items import Item


def vocabulary_table(entries: Sequence[VocabEntry]) -> Table:
    table = Table(title=f"Vocabulary ({len(entries)})", title_justify="left")
    for column in ("Lemma", "Class", "Art.", "Level", "Count", "Forms", "Gloss"):
        table.add_column(column)
    for e in entries:
        forms = ", ".join(f"{f.text} ({f.description})" for f in e.forms)
        cells = (e.lemma, e.word_class, e.article, e.level, str(e.count), forms, e.gloss)
        table.add_row(*map(shown, cells))
    return table


def facts_table(facts: Sequence[Fact]) -> Table:
    table = Table(title=f"Facts ({len(facts)})", title_justify="left")
    for column in ("#", "Kind", "Fact", "Details"):
        table.add_column(column)
    for f in facts:
        details = "; ".join(
            f"{name}: {value}"
            for name in (
                "subject",
                "verb",
                "object",
                "quantity",
                "counted",
                "source",
                "entity",
                "role",
                "term",
                "definition",
                "label",
            )
            if (value := getattr(f, name))
        )
        table.add_row(str(f.sentence_index + 1), *map(shown, (f.kind, f.text, details)))
    return table


def items_table(items: Sequence[Item]) -> Table:
    table = Table(title=f"Items ({len(items)})", title_justify="left")
    for column in ("Kind", "Asks", "Prompt", "Answer", "Options / hint"):
        table.add_column(column)
    for item in items:
        extra = " | ".join(item.choices) if item.choices else item.hint
        table.add_row(*map(shown, (item.kind, item.asks, item.prompt, item.answer, extra)))
    return table


def coverage_table(coverage: Coverage) -> Table:
    """Sentences with facts that got no comprehension item, and why."""
    title = (
        f"Coverage: {coverage.covered} of {coverage.with_facts} sentences with facts "
        "have a comprehension item"
    )
    table = Table(title=title, title_justify="left")
    for column in ("#", "Facts", "Why no item", "Sentence"):
        table.add_column(column)
    for u in coverage.uncovered:
        cells = (", ".join(u.facts), u.reason, u.text)
        table.add_row(str(u.sentence + 1), *map(shown, cells))
    return table
