"""A true/false statement beside other items: the detail it changes is not printed
elsewhere, and a question is dropped only for a statement of its own fact."""

from __future__ import annotations

from quizgen.generate.deck import LEAK, Deck
from quizgen.generate.kinds.truefalse import TrueFalseData
from quizgen.items import CLOZE_GAP, Item


def _statement(prompt: str, source: str, changed: str, kind: str, sentence: int) -> Item:
    answer = "falsk" if "→" in changed else "sand"
    tags = ("truefalse", "false" if "→" in changed else "true", kind)
    data = TrueFalseData(feedback=source, changed=changed)
    return Item(
        f"t{sentence}", "truefalse", prompt, answer, source, sentence_index=sentence, tags=tags,
        data=data,
    )  # fmt: skip


def _item(kind: str, prompt: str, answer: str, sentence: int) -> Item:
    return Item(f"{kind}{sentence}", kind, prompt, answer, "Kilden.", sentence_index=sentence)


COUNT = _statement(
    "Uheldet sendte fem cyklister på skadestuen.",
    "Uheldet sendte to cyklister på skadestuen.",
    "to → fem",
    "number",
    3,
)


def test_statement_leaks_a_changed_count_printed_with_its_noun_by_another_item() -> None:
    # Review: the amount a false statement changes was printed by another item.
    cloze = _item("cloze", f"De to cyklister {CLOZE_GAP} på vejen.", "væltede", 7)
    assert Deck().with_item(COUNT).conflict(cloze) == LEAK
    assert Deck().with_item(cloze).conflict(COUNT) == LEAK


def test_statement_leaks_the_same_number_in_another_context_gives_nothing_away() -> None:
    cloze = _item("cloze", f"Butikken har to {CLOZE_GAP} i kælderen.", "lagre", 7)
    assert Deck().with_item(COUNT).conflict(cloze) == ""


def test_statement_leaks_a_changed_name_merely_mentioned_elsewhere_is_no_leak() -> None:
    swapped = _statement(
        "Berit kørte lastbilen til Vejle.", "Anna kørte lastbilen til Vejle.", "Anna → Berit",
        "entity", 2,
    )  # fmt: skip
    mentioned = _item("cloze", f"Anna {CLOZE_GAP} frokost i haven.", "spiste", 6)
    told = _item("cloze", f"Anna {CLOZE_GAP} med lastbilen i morges.", "kom", 8)
    assert Deck().with_item(swapped).conflict(mentioned) == ""
    assert Deck().with_item(swapped).conflict(told) == LEAK


def test_statement_leaks_question_about_another_fact_stays_beside_a_statement() -> None:
    # The old rule dropped every question whose answer a statement printed.
    statement = _statement(
        "Anna kørte lastbilen til mere end tre byer.", "Anna kørte lastbilen til fire byer.",
        "fire = mere end tre", "number", 2,
    )  # fmt: skip
    deck = Deck().with_item(statement)
    assert deck.conflict(_item("question", "Hvem malede stakittet?", "Anna", 5)) == ""


def test_statement_leaks_question_of_the_statements_own_fact_is_dropped() -> None:
    statement = _statement(
        "Anna kørte lastbilen til mere end tre byer.", "Anna kørte lastbilen til fire byer.",
        "fire = mere end tre", "number", 2,
    )  # fmt: skip
    deck = Deck().with_item(statement)
    same_sentence = _item("question", "Hvem kørte lastbilen?", "Anna", 2)
    retold = _item("question", "Hvem kørte lastbilen til byerne?", "Anna", 9)
    assert deck.conflict(same_sentence) == LEAK
    assert deck.conflict(retold) == LEAK
