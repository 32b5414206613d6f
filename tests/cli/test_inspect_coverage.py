"""``quizgen inspect`` shows coverage: how many sentences with facts have a
comprehension item, and why the others have none."""

from __future__ import annotations

from analysis_builders import analysis_from_text, located_sentence
from rich.console import Console

from quizgen.cli.tables import coverage_table
from quizgen.config.schema import Config
from quizgen.generate import generate


def test_inspect_coverage_in_the_report_and_the_table() -> None:
    analysis = analysis_from_text(located_sentence("Hjørring") + located_sentence("Sæby"))
    report = generate(analysis, Config()).report
    assert report.coverage.with_facts >= report.coverage.covered
    console = Console(width=200, record=True)
    console.print(coverage_table(report.coverage))
    shown = console.export_text()
    assert f"{report.coverage.covered} of {report.coverage.with_facts} sentences" in shown
    for u in report.coverage.uncovered:
        assert u.reason in shown
