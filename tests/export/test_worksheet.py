"""The Markdown worksheet: tasks first, answer key at the end."""

from __future__ import annotations

from analysis_builders import analysis_from_file
from markdown_it import MarkdownIt
from markdown_it.token import Token

from quizgen.config.schema import Config
from quizgen.export.worksheet import PAGE_BREAK, gives_away, independent_items, render_worksheet
from quizgen.generate import Generated, GenerationReport, generate
from quizgen.items import Item

CLOZE_SOURCE = "Familien købte huset ved søen."
ARTICLE = analysis_from_file("bundled_article.analysis", title="IS' sidste lomme")


def test_worksheet_questions_first_answer_key_last() -> None:
    generated = generate(ARTICLE, Config())
    text = render_worksheet(ARTICLE, generated)
    key = text.index("## Facitliste")
    assert text.index("## Spørgsmål til teksten") < text.index("## Vælg det rigtige svar") < key
    tasks, answers = text[:key], text[key:]
    kept = independent_items(generated.items)
    for item in kept:
        if item.kind == "question":
            assert item.prompt.rstrip("?") in tasks.replace("\\", "")
    # Every numbered task has its numbered answer.
    n_tasks = sum(1 for line in tasks.splitlines() if line[:1].isdigit())
    n_answers = sum(1 for line in answers.splitlines() if line[:1].isdigit())
    assert n_tasks == n_answers == len(kept) > len(generated.items) // 2
    questions = tasks.split("## Spørgsmål til teksten")[1].split("## Vælg")[0]
    assert "mindst ti" in answers and "mindst ti" not in questions


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


def _tokens(text: str) -> list[Token]:
    return MarkdownIt("commonmark").parse(text)


def test_worksheet_list_items_ten_and_up_keep_their_lines_in_commonmark() -> None:
    text = render_worksheet(ARTICLE, generate(ARTICLE, Config()))
    tokens = _tokens(text)
    # Each numbered task is a list item; the options of a choice task stay inside it.
    opened = [t for t in tokens if t.type == "list_item_open" and t.info]
    numbers = [int(t.info) for t in opened]
    tasks = text[: text.index("## Facitliste")]
    n_tasks = sum(1 for line in tasks.splitlines() if line[:1].isdigit())
    assert numbers[:n_tasks] == list(range(1, n_tasks + 1)) and n_tasks >= 10
    depth = 0
    for token in tokens:  # no paragraph of task text outside a list between the tasks
        depth += token.nesting if token.type.startswith("ordered_list") else 0
        if token.type == "inline" and token.content.startswith(("[ ]", "\\_")):
            assert depth > 0, token.content


def test_worksheet_article_with_numbered_paragraphs_and_key_on_a_new_page() -> None:
    text = render_worksheet(ARTICLE, generate(ARTICLE, Config()))
    assert (
        text.index("**[1]**")
        < text.index("## Spørgsmål")
        < text.index(PAGE_BREAK)
        < text.index("## Facitliste")
    )
    assert "*[1]*" in text  # a task says which paragraph it is about


def test_worksheet_no_task_gives_away_anothers_answer() -> None:
    generated = generate(ARTICLE, Config())
    kept = independent_items(generated.items)
    assert not [(a.id, b.id) for a in kept for b in kept if gives_away(a, b)]
    statement = Item(
        id="tf", kind="truefalse", prompt=CLOZE_SOURCE, answer="sand", source=CLOZE_SOURCE
    )
    cloze = Item(
        id="c",
        kind="cloze",
        prompt="Familien købte [...] ved søen.",
        answer="huset",
        source=CLOZE_SOURCE,
    )
    assert independent_items((cloze, statement)) == [statement]


def test_worksheet_vocabulary_key_gives_the_meaning() -> None:
    from practice_fixtures import VOCAB_NEIGHBOUR

    text = render_worksheet(
        ARTICLE, Generated((), (), (VOCAB_NEIGHBOUR,), GenerationReport("t", 1, 1))
    )
    # the answer first, then its meaning, as in the vocabulary key's other lines
    assert "1. nabo — neighbour" in text.split("## Facitliste")[1]
