"""The deck rules: one cloze/choice/true-false item per sentence, no leaked answers."""

from __future__ import annotations

import dataclasses

from quizgen.generate.context import Candidate
from quizgen.generate.deck import LEAK, SAME_ANSWER, SHARED_SENTENCE, Deck, priority
from quizgen.generate.kinds.cloze import ClozeData
from quizgen.generate.quality import select
from quizgen.items import CLOZE_GAP, Item
from quizgen.lang import get_language


def _item(kind: str, prompt: str, answer: str, sentence: int, id_: str) -> Item:
    return Item(id_, kind, prompt, answer, "Kilden.", sentence_index=sentence)


def test_deck_one_sentence_item_per_sentence() -> None:
    deck = Deck().with_item(_item("truefalse", "Hunden gøede højt.", "Sandt", 3, "a"))
    cloze = _item("cloze", f"Hunden {CLOZE_GAP} højt.", "gøede", 3, "b")
    assert deck.conflict(cloze) == SHARED_SENTENCE
    assert deck.conflict(_item("cloze", f"Katten {CLOZE_GAP} stille.", "sov", 4, "c")) == ""


def test_deck_question_shares_a_sentence_only_without_leaks() -> None:
    deck = Deck().with_item(_item("cloze", "Hunden ____ højt om natten.", "gøede", 3, "a"))
    fine = _item("question", "Hvornår gøede hunden?", "om natten", 3, "b")
    assert deck.conflict(fine) == LEAK  # the question shows the cloze answer
    other = _item("question", "Hvad gjorde katten?", "sov", 3, "c")
    assert deck.conflict(other) == ""


def test_deck_prompt_with_a_kept_answer_is_refused_either_way() -> None:
    deck = Deck().with_item(_item("question", "Hvem vandt kampen?", "Brøndby", 1, "a"))
    assert deck.conflict(_item("cloze", "Brøndby ____ kampen.", "vandt", 5, "b")) == LEAK
    deck = Deck().with_item(_item("cloze", "Holdet ____ kampen.", "vandt", 5, "c"))
    assert deck.conflict(_item("question", "Hvem vandt kampen?", "Brøndby", 1, "d")) == LEAK


def test_deck_truefalse_answer_is_no_word_to_leak() -> None:
    deck = Deck().with_item(_item("truefalse", "Det er sandt at sige.", "Sandt", 1, "a"))
    assert deck.conflict(_item("question", "Hvad er sandt?", "himlen", 2, "b")) == ""


def test_deck_comprehension_kinds_choose_first() -> None:
    order = priority(["cloze", "vocab", "question", "choice", "truefalse", "extra"])
    assert order == ["truefalse", "question", "choice", "cloze", "vocab", "extra"]


def test_deck_select_skips_what_the_deck_forbids() -> None:
    language = get_language("da")
    cands = [
        Candidate(_item("cloze", f"Hunden {CLOZE_GAP} højt.", "gøede", 1, "a"), 2.0, "gø"),
        Candidate(_item("cloze", f"Hunden gøede {CLOZE_GAP}.", "højt", 1, "b"), 1.5, "høj"),
        Candidate(_item("cloze", f"Katten {CLOZE_GAP} stille.", "sov", 2, "c"), 1.0, "sove"),
    ]
    kept, dropped, deck = select(cands, 3, 1, language)
    assert [c.item.id for c in kept] == ["a", "c"]
    assert dropped[SHARED_SENTENCE] == 1
    assert deck.sentences == frozenset({1, 2})


def test_deck_wrong_option_that_prints_a_kept_answer_is_refused_either_way() -> None:
    # Regression: a choice item offered "truppen", the answer of a cloze in the deck.
    choice = Item(
        "c",
        "choice",
        f"Spillerne mødtes i {CLOZE_GAP}.",
        "hallen",
        "Kilden.",
        choices=("hallen", "truppen", "byen"),
        sentence_index=7,
    )
    cloze = _item("cloze", f"Hele {CLOZE_GAP} var samlet.", "truppen", 2, "k")
    assert Deck().with_item(cloze).conflict(choice) == LEAK
    assert Deck().with_item(choice).conflict(cloze) == LEAK
    other = _item("cloze", f"Hele {CLOZE_GAP} var samlet.", "holdet", 2, "o")
    assert Deck().with_item(choice).conflict(other) == ""


def test_deck_option_list_prints_its_own_answer_too() -> None:
    # Review: the card "dom -> bestemt ental? dommen" beside a choice offering "dommen".
    choice = dataclasses.replace(
        _item("choice", f"Han blev fængslet efter {CLOZE_GAP}.", "dommen", 2, "a"),
        choices=("dommen", "mængden", "omgangen", "pressemeddelelsen"),
    )
    deck = Deck().with_item(choice)
    other = _item("cloze", f"Retten afsagde {CLOZE_GAP} i går.", "kendelsen", 4, "b")
    assert deck.conflict(other) == ""
    asks_dommen = _item("cloze", f"Han ankede {CLOZE_GAP} straks.", "dommen", 5, "c")
    assert deck.conflict(asks_dommen) == SAME_ANSWER
    shows_dommen = _item("question", "Hvornår ankede han dommen?", "straks", 5, "d")
    assert deck.conflict(shows_dommen) == LEAK


def test_deck_a_longer_form_gives_the_answer_away() -> None:
    deck = Deck().with_item(_item("cloze", f"Båden har en lang {CLOZE_GAP}.", "kølen", 1, "a"))
    assert deck.conflict(_item("question", "Hvad er kølens længde?", "to meter", 3, "b")) == LEAK
    # A short answer is matched as a whole word only: "ti" is not given away by "tid".
    deck = Deck().with_item(_item("question", "Hvor mange kom?", "ti", 1, "c"))
    assert deck.conflict(_item("question", "Hvornår var det tid?", "nu", 3, "d")) == ""


def test_deck_no_statement_from_a_sentence_printed_as_context() -> None:
    source = "Jordemoderen kom klokken ti."
    cloze = dataclasses.replace(
        _item("cloze", f"{source} Hun {CLOZE_GAP} straks.", "hjalp", 2, "a"),
        data=ClozeData(context=source),
    )
    deck = Deck().with_item(cloze)
    statement = dataclasses.replace(
        _item("truefalse", "Jordemoderen kom klokken elleve.", "falsk", 1, "b"), source=source
    )
    assert deck.conflict(statement) == SHARED_SENTENCE


def test_deck_a_cloze_hint_is_printed_too() -> None:
    # Review: the cloze hint "graviditet" gave away a choice item's answer.
    choice = _item("choice", f"Mange dør under {CLOZE_GAP}.", "graviditet", 1, "a")
    cloze = dataclasses.replace(
        _item("cloze", f"Hendes {CLOZE_GAP} gik godt.", "graviditeten", 3, "b"),
        hint="graviditet",
    )
    assert Deck().with_item(choice).conflict(cloze) == LEAK


def test_deck_gap_inside_a_question_answer_of_the_same_sentence_leaks() -> None:
    # Review: the cloze printed the rest of the question's answer, its hint the gap.
    cloze = dataclasses.replace(
        _item("cloze", f"Netop {CLOZE_GAP} plan er grunden til succesen.", "skolernes", 2, "a"),
        hint="skole",
    )
    asked = _item("question", "Hvad er grunden til succesen?", "skolernes plan", 2, "b")
    assert Deck().with_item(cloze).conflict(asked) == LEAK
    assert Deck().with_item(asked).conflict(cloze) == LEAK
    elsewhere = dataclasses.replace(asked, sentence_index=5, id="c")
    assert Deck().with_item(cloze).conflict(elsewhere) == ""


def test_deck_leak_by_word_runs_is_occurs_as_stem() -> None:
    # The deck decides most leaks from an item's lowered word runs; it must say
    # exactly what occurs_as_stem says of every secret and printed text.
    import itertools

    from quizgen.generate.wordmatch import occurs_as_stem

    secrets = ["hus", "Huse", "huset", "husene", "HUSENES", "ti", "tid", "2.000", "USA-ledede"]
    secrets += ["i går", "Ærø", "ærøs", "kø", "kølen", "café", "Σπίτι", "naïve", "x_y", "skole"]
    texts = ["Husenes tage.", "Vi så husets ejer", "I går kom ti tider", "USA-ledede styrker"]
    texts += ["Ærøskøbing og kølens", "Cafés, naïveté", "Σπίτια", "2.000 kr.", "x_yz; hus-"]
    # Quotation marks and dashes outside Latin-1; a Kelvin sign and a long s ("k", "s").
    texts += ["\u201cHusene\u201d \u2013 sagde han\u2026", "\u212aølens ti", "\u017fkolen"]
    for secret, text in itertools.product(secrets, texts):
        asked = _item("cloze", f"{CLOZE_GAP} stod der.", secret, 1, "a")
        shown = _item("question", f"{text}?", "svar", 2, "b")
        expected = LEAK if occurs_as_stem(secret, f"{text}?") else ""
        found = Deck().with_item(asked).conflict(shown)
        assert found == expected, (secret, text)


def test_deck_asked_form_printed_as_a_compound_tail_leaks() -> None:
    card = _item("vocab", "konge (substantiv) → bestemt ental?", "kongen", -1, "a")
    deck = Deck().with_item(
        _item("cloze", f"Vikingekongen {CLOZE_GAP} over havet.", "sejlede", 2, "b")
    )
    assert deck.conflict(card) == LEAK
    deck = Deck().with_item(card)
    assert (
        deck.conflict(_item("cloze", f"Vikingekongen {CLOZE_GAP} over havet.", "sejlede", 2, "c"))
        == LEAK
    )
    # the bare form is the old rule; a word that merely ends alike but is short is no leak
    plain = _item("cloze", f"Det store hus {CLOZE_GAP} tomt.", "stod", 4, "d")
    assert Deck().with_item(plain).conflict(card) == ""
    short = _item("vocab", "hus (substantiv) → flertal?", "huse", -1, "e")
    assert (
        Deck()
        .with_item(_item("cloze", f"Alle rådhuse {CLOZE_GAP} lukket.", "var", 5, "f"))
        .conflict(short)
        == ""
    )


def test_deck_question_answer_word_among_options_leaks() -> None:
    question = _item("question", "Hvem malede loftet?", "de unge kunstnere", 1, "a")
    choice = dataclasses.replace(
        _item("choice", f"Museet købte {CLOZE_GAP} i år.", "billeder", 6, "b"),
        choices=("kunstnerne", "billeder", "rammer"),
    )
    assert Deck().with_item(question).conflict(choice) == LEAK
    assert Deck().with_item(choice).conflict(question) == LEAK
    other = dataclasses.replace(choice, id="c", choices=("stole", "billeder", "rammer"))
    assert Deck().with_item(question).conflict(other) == ""
