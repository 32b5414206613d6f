"""Lexicon lemmas for NOUN/VERB/ADJ forms (quizgen/nlp/lexicon_lemmas.py)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quizgen.nlp.lexicon_lemmas import FACTORY, LexiconLemmas, lexicon_lemma


def test_lexicon_lemmas_replace_invented_lemmas_of_known_forms() -> None:
    # lemmas the 0.3.0 pipeline gave these forms (issue 17)
    assert lexicon_lemma("elitesvømmerne", "NOUN", "elitesvømme") == "elitesvømmer"
    assert lexicon_lemma("Computermanden", "NOUN", "Computermanden") == "computermand"
    assert lexicon_lemma("anmelder", "NOUN", "anmelde") == "anmelder"


def test_lexicon_lemmas_keep_a_listed_lemma_and_lower_its_case() -> None:
    assert lexicon_lemma("anmelder", "VERB", "anmelde") == "anmelde"
    assert lexicon_lemma("Koalitionsstyrkerne", "NOUN", "Koalitionsstyrke") == "koalitionsstyrke"


def test_lexicon_lemmas_leave_unknown_forms_and_other_classes_alone() -> None:
    assert lexicon_lemma("xqzvbwerne", "NOUN", "xqzvbw") == "xqzvbw"
    # listed only as a verb form: a participle tagged ADJ keeps the model's lemma
    assert lexicon_lemma("udspillet", "ADJ", "udspillet") == "udspillet"


def test_lexicon_lemmas_leave_adjectives_and_abbreviations_to_the_model() -> None:
    nlp = spacy.blank("da")
    pipe = nlp.add_pipe(FACTORY)
    # UD's lemma of "flere" is "mange"; "IS" is Islamisk Stat, not ice
    doc = Doc(
        nlp.vocab,
        words=["flere", "IS", "sekunder"],
        pos=["ADJ", "NOUN", "NOUN"],
        lemmas=["mange", "IS", "sekunde"],
    )
    assert [t.lemma_ for t in pipe(doc)] == ["mange", "IS", "sekund"]


def test_lexicon_lemmas_component_changes_only_tagged_content_words() -> None:
    nlp = spacy.blank("da")
    pipe = nlp.add_pipe(FACTORY)
    assert isinstance(pipe, LexiconLemmas)
    doc = Doc(
        nlp.vocab,
        words=["Computermanden", "kom", "i", "går", "."],
        pos=["NOUN", "VERB", "ADP", "ADV", "PUNCT"],
        lemmas=["Computermanden", "komme", "i", "gårr", "."],
    )
    out = pipe(doc)
    assert [t.lemma_ for t in out] == ["computermand", "komme", "i", "gårr", "."]
