"""The Markdown worksheet: tasks first, answer key at the end."""

from __future__ import annotations

from analysis_builders import analysis_from_file

from quizgen.config.schema import Config
from quizgen.export.worksheet import render_worksheet
from quizgen.generate import Generated, GenerationReport, generate
from quizgen.items import Item

ARTICLE = analysis_from_file("bundled_article.analysis", title="IS' sidste lomme")


def test_worksheet_questions_first_answer_key_last() -> None:
    generated = generate(ARTICLE, Config())
    text = render_worksheet(ARTICLE, generated)
    key = text.index("## Facitliste")
    assert text.index("## Spørgsmål til teksten") < text.index("## Vælg det rigtige svar") < key
    tasks, answers = text[:key], text[key:]
    for item in generated.items:
        if item.kind == "question":
            assert item.prompt.rstrip("?") in tasks.replace("\\", "")
    # Every numbered task has its numbered answer.
    n_tasks = sum(1 for line in tasks.splitlines() if line[:1].isdigit())
    n_answers = sum(1 for line in answers.splitlines() if line[:1].isdigit())
    assert n_tasks == n_answers == len(generated.items)
    assert "mindst ti" in answers and "mindst ti" not in tasks.split("## Vælg")[0]


def test_worksheet_escapes_markdown_and_marks_gaps() -> None:
    item = Item(
        id="a", kind="cloze", prompt="Et *ord* [...] her.", answer="x_y", source="s", hint="hint"
    )
    report = GenerationReport("t", 1, 1)
    text = render_worksheet(ARTICLE, Generated((), (), (item,), report))
    assert "Et \\*ord\\* \\_\\_\\_\\_\\_\\_\\_\\_ (hint) her." in text
    assert "1. x\\_y" in text


def test_worksheet_without_items_says_so() -> None:
    text = render_worksheet(ARTICLE, Generated((), (), (), GenerationReport("t", 0, 0)))
    assert "Der kunne ikke laves opgaver" in text and "Facitliste" not in text
