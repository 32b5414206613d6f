"""International words (issue 13): Danish spellings of words a reader of English knows."""

from __future__ import annotations

import pytest

from quizgen.extract.cognates import is_cognate, skeletons
from quizgen.extract.lexical import skipped_word
from quizgen.lang import get_language

DA = get_language("da")


@pytest.mark.parametrize(
    ("word", "pos"),
    [
        ("temperatur", "NOUN"),  # -ur / -ure
        ("nationalitet", "NOUN"),  # -itet / -ity
        ("præsentation", "NOUN"),  # æ / e
        ("organisk", "ADJ"),  # -isk / -ic
        ("generel", "ADJ"),  # -el / -al
        ("traditionel", "ADJ"),
        ("organisere", "VERB"),  # -ere / -ize
        ("integrere", "VERB"),  # -ere / -ate
        ("kvalificere", "VERB"),  # kv / qu, -ificere / -ify
        ("kontrollere", "VERB"),  # doubled consonants
        ("kontekst", "NOUN"),  # k / c, ks / x
        ("monark", "NOUN"),  # k / ch
        ("algoritme", "NOUN"),  # th, a final -e
        ("litteratur", "NOUN"),
        ("komplet", "ADJ"),
    ],
)
def test_cognates_finds_international_words_spelt_the_danish_way(word: str, pos: str) -> None:
    assert is_cognate(word, "da", pos)


@pytest.mark.parametrize(
    ("word", "pos"),
    [
        ("specialisering", "NOUN"),  # -ering / -ation, -ierung
        ("interesse", "NOUN"),  # one letter off English (interest), as French spells it
        ("interessere", "VERB"),
        ("refleksion", "NOUN"),  # ks / ct, and French réflexion
        ("bibliotek", "NOUN"),  # French and German alike (bibliothèque, Bibliothek)
        ("økonomisk", "ADJ"),  # Greek oiko- / eco-
        ("inkludere", "VERB"),  # a Latin verb ending on an English stem (include)
        ("kopiere", "VERB"),  # a short stem, English and French alike (copy, copier)
        ("træning", "NOUN"),  # Danish æ for French ai (training, Training)
        ("portræt", "NOUN"),
    ],
)
def test_cognates_finds_latin_loans_one_step_from_their_look_alikes(word: str, pos: str) -> None:
    # review of session 21: each of these was a vocabulary card and rejected
    assert is_cognate(word, "da", pos)


@pytest.mark.parametrize(
    ("word", "pos"),
    [
        ("hus", "NOUN"),  # Germanic words with an English cognate are worth a card
        ("vinter", "NOUN"),
        ("gammel", "ADJ"),  # French "gamelle" is a chance likeness
        ("kraftig", "ADJ"),  # German alone is no Latin witness
        ("mange", "ADJ"),
        ("videre", "ADJ"),  # a comparative's -ere is no Latin verb ending
        ("storesøster", "NOUN"),  # "øster" is no Greek oiko-
        ("reklame", "NOUN"),  # a false friend (reclaim)
        ("grænse", "NOUN"),  # æ as ai in a short skeleton is chance ("grains")
        ("plæne", "NOUN"),
        ("træt", "ADJ"),
    ],
)
def test_cognates_leaves_everyday_words_that_look_like_loans(word: str, pos: str) -> None:
    assert not is_cognate(word, "da", pos)


@pytest.mark.parametrize("word", ["mailadresse", "militærsystem", "materialetype"])
def test_cognates_a_compound_of_international_parts_is_international(word: str) -> None:
    assert is_cognate(word, "da", "NOUN")


@pytest.mark.parametrize(
    ("word", "pos"),
    [
        ("konge", "NOUN"),  # "kong" is no English word to know it by
        ("tanke", "NOUN"),  # nor is "tank"
        ("forklare", "VERB"),  # for + klare is no compound of loans
        ("overlevelse", "NOUN"),  # "levelse" is no word ("levels")
        ("kapitel", "NOUN"),  # -el is -al on adjectives only (not "capital")
        ("springe", "VERB"),  # a Germanic verb, not a loan ("spring")
        ("mønster", "NOUN"),  # ø is no letter of a loan ("monster")
        ("landshold", "NOUN"),  # parts Danish and English share
        ("eventuel", "ADJ"),  # a false friend is worth a card
        ("dans", "NOUN"),  # too short to match but by chance
    ],
)
def test_cognates_leaves_danish_words_and_false_friends(word: str, pos: str) -> None:
    assert not is_cognate(word, "da", pos)


def test_cognates_a_loan_verb_on_an_english_noun() -> None:
    assert is_cognate("linke", "da", "VERB")
    assert not is_cognate("linke", "da", "NOUN")


def test_cognates_only_danish_is_checked() -> None:
    assert not is_cognate("temperatur", "sv", "NOUN")


def test_cognates_skeletons_share_a_spelling() -> None:
    assert set(skeletons("nationalitet", "da")) & set(skeletons("nationality", "en"))
    assert set(skeletons("kvalificere", "da")) & set(skeletons("qualify", "en"))


def test_lexical_skips_international_words_spelt_the_danish_way() -> None:
    assert skipped_word("temperatur", DA, "NOUN") and skipped_word("organisere", DA, "VERB")
    assert not skipped_word("forstander", DA, "NOUN")


def test_cognates_shipped_skeletons_are_wordfreqs() -> None:
    # The shipped table must be what tools/cognate_tables.py makes of the installed
    # wordfreq: rerun the tool when either changes.
    from quizgen.extract.cognates import OTHERS, common_skeletons, shipped_skeletons

    for code in ("en", *OTHERS):
        assert shipped_skeletons(code) == common_skeletons(code), code
