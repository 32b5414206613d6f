"""Vocabulary checked against the lexicon: lemma, class, gender, asked form, meaning."""

from __future__ import annotations

import pytest
from analysis_builders import analysis_from_text
from pydantic import ValidationError

from quizgen.analysis import Token
from quizgen.config.generation import GenerationConfig, LevelBand, VocabularyConfig
from quizgen.extract.lexical import checked_token, is_international, skipped_word
from quizgen.extract.meanings import danish_explanation
from quizgen.extract.vocabulary import extract_vocabulary
from quizgen.lang import get_language
from quizgen.lang.da.lexicon import lexicon

DA = get_language("da")
WIDE = GenerationConfig(level=LevelBand(min="A1", max="C2"))


def _token(text: str, lemma: str, pos: str, morph: str = "") -> Token:
    return Token(0, text, lemma, pos, morph)


def test_lexical_repairs_a_wrong_gender() -> None:
    checked = checked_token(_token("kongedømme", "kongedømme", "NOUN", "Gender=Com"), DA)
    assert checked is not None and checked.feature("Gender") == "Neut"


def test_lexical_repairs_a_wrong_class() -> None:
    checked = checked_token(_token("besked", "besked", "VERB", "VerbForm=Inf"), DA)
    assert checked is not None and checked.pos == "NOUN"
    assert checked.feature("Tense") == "" and checked.feature("Gender") == "Com"


def test_lexical_repairs_an_invented_lemma() -> None:
    morph = "Definite=Ind|Number=Plur"
    checked = checked_token(_token("fødegange", "fødegange", "NOUN", morph), DA)
    assert checked is not None and checked.lemma == "fødegang"


def test_lexical_drops_a_misspelt_form() -> None:
    assert checked_token(_token("skudet", "skud", "NOUN", "Definite=Def"), DA) is None


def test_lexical_verbs_get_no_gender() -> None:
    checked = checked_token(_token("bestå", "bestå", "VERB", "Gender=Com"), DA)
    assert checked is not None and checked.feature("Gender") == ""


def test_lexical_skips_months_and_international_words() -> None:
    assert skipped_word("februar", DA) and skipped_word("søndag", DA)
    assert is_international("app", "da") and is_international("layout", "da")
    assert not is_international("konge", "da") and not is_international("kind", "da")


KONGE = """
Kongen konge NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
regnede regne VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
med med ADP _ 2 obl
en en DET Gender=Com|Number=Sing 5 det
samtale samtale NOUN Definite=Ind|Gender=Com|Number=Sing 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""


def test_vocabulary_card_never_asks_its_headword() -> None:
    entries = {e.lemma: e for e in extract_vocabulary(analysis_from_text(KONGE), WIDE)}
    samtale = entries["samtale"]
    assert samtale.asked is not None and samtale.asked.text == "samtalen"
    assert entries["konge"].asked is not None and entries["konge"].asked.text == "kongen"
    assert all(e.asked is None or e.asked.text != e.lemma for e in entries.values())


def test_vocabulary_fixed_expressions_are_one_unit() -> None:
    entries = {e.lemma: e for e in extract_vocabulary(analysis_from_text(KONGE), WIDE)}
    assert entries["regne med"].kind == "expression"
    assert entries["regne med"].asked is not None
    assert entries["regne med"].asked.text == "regnede med"


def test_meanings_danish_explanations_prefer_synonyms_then_hypernyms() -> None:
    lex = lexicon()
    # a synonym that shares a word part with the word ("udregning": beregning) first
    assert danish_explanation(lex, "udregning", "NOUN", "da").text == "beregning"
    kind = danish_explanation(lex, "søgemaskine", "NOUN", "da")
    assert (kind.text, kind.source) == ("en slags program", "hypernym")
    # never the compound's own head (review of session 21)
    assert danish_explanation(lex, "signalværdi", "NOUN", "da").text == ""


def test_meanings_can_be_turned_off() -> None:
    off = WIDE.model_copy(update={"vocabulary": VocabularyConfig(danish_explanations=False)})
    entries = extract_vocabulary(analysis_from_text(KONGE), off)
    assert all(e.gloss == "" for e in entries)


def test_vocabulary_config_rejects_a_source_listed_twice() -> None:
    with pytest.raises(ValidationError, match="more than once"):
        VocabularyConfig(meanings=("glossary", "glossary"))


def test_lexical_skips_adjectives_made_from_place_names() -> None:
    # review of session 22: a place name + -sk taught nothing but the name
    assert skipped_word("fynsk", DA, "ADJ") and skipped_word("københavnsk", DA, "ADJ")
    assert skipped_word("islandsk", DA, "ADJ")
    assert not skipped_word("rask", DA, "ADJ") and not skipped_word("frisk", DA, "ADJ")
    assert not skipped_word("fynsk", DA, "NOUN")


def test_lexical_an_unlisted_compound_is_no_verb_nor_a_name_written_small() -> None:
    # s23 review: a compound noun carded as the imperative of an invented verb, and a
    # country's name written small carded as a noun (rus + land)
    stop = Token(0, "madstop", "madstoppe", "VERB", "Mood=Imp|VerbForm=Fin")
    checked = checked_token(stop, DA)
    assert checked is None or checked.pos != "VERB"
    country = Token(0, "ruslands", "rusland", "NOUN", "Case=Gen|Definite=Ind|Number=Sing")
    assert checked_token(country, DA) is None
    known = Token(0, "madpakkens", "madpakke", "NOUN", "Case=Gen|Definite=Def|Number=Sing")
    assert checked_token(known, DA) is not None
