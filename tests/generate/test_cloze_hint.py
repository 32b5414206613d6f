"""The cloze hint names the form the gap wants when the lexicon confirms it."""

from __future__ import annotations

from quizgen.analysis import Token
from quizgen.generate.kinds.cloze import trivial_form_drill, with_form
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar


def test_cloze_hint_names_the_form_of_a_noun() -> None:
    # "gradbøje [...]" (etik): "etik" and "etikken" both fit with the lemma alone.
    token = Token(i=3, text="etikken", lemma="etik", pos="NOUN", morph="Definite=Def|Number=Sing")
    assert with_form("etik", token, GRAMMAR) == "etik, bestemt ental"


def test_cloze_hint_names_the_tense_of_a_verb() -> None:
    token = Token(i=1, text="glemmer", lemma="glemme", pos="VERB", morph="Tense=Pres|VerbForm=Fin")
    assert with_form("glemme", token, GRAMMAR) == "glemme, nutid"


def test_cloze_hint_keeps_the_lemma_when_the_lexicon_disagrees_with_the_tagger() -> None:
    # An adjective the tagger called a noun: "ubestemt ental" would mislead.
    token = Token(
        i=5,
        text="sydafrikanske",
        lemma="sydafrikansk",
        pos="NOUN",
        morph="Definite=Ind|Number=Sing",
    )
    assert with_form("sydafrikansk", token, GRAMMAR) == "sydafrikansk"


def test_cloze_hint_international_word_with_a_regular_ending_is_trivial() -> None:
    # "[kommentarer] (kommentar, ubestemt flertal)": any reader of English fills it in.
    language = get_language("da")
    assert trivial_form_drill("kommentar", "kommentarer", "NOUN", language)
    assert trivial_form_drill("label", "label", "NOUN", language)
    assert not trivial_form_drill("teknik", "teknikker", "NOUN", language)  # doubled
    assert not trivial_form_drill("fødsel", "fødsler", "NOUN", language)  # Danish
    assert not trivial_form_drill("speciel", "specielle", "ADJ", language)  # agreement
