"""Danish explanations only with evidence that they are the sense the article uses
(issue 13: wrong glosses in the review of the dev articles)."""

from __future__ import annotations

from quizgen.extract.meanings import compound_head, danish_explanation, good_synonyms
from quizgen.extract.senses import article_lemmas, head_is_kind, hypernym_groups
from quizgen.lang.da.lexicon import lexicon
from tests.analysis_builders import analysis_from_text


def _text(lemma: str, pos: str, context: frozenset[str] = frozenset()) -> str:
    return danish_explanation(lexicon(), lemma, pos, "da", context).text


def test_meanings_no_hypernym_of_another_sense_for_a_frequent_word() -> None:
    # the thesaurus makes "konge" a chess officer and "genstand" a drink
    assert _text("konge", "NOUN") == ""
    assert _text("genstand", "NOUN") == ""
    assert _text("teknik", "NOUN") == ""


def test_meanings_no_synonyms_of_a_word_with_many_senses() -> None:
    # "benytte": bruge, anvende (use) and besøge, frekventere (visit) are one list
    assert _text("benytte", "VERB") == ""
    assert _text("erfaren", "ADJ") == ""


def test_meanings_a_word_of_few_synonyms_needs_the_article_for_more_than_two() -> None:
    lex = lexicon()
    assert good_synonyms(lex, "grine", "VERB", "da") == ()
    context = frozenset({"grine", "latter", "sjov"})
    assert good_synonyms(lex, "grine", "VERB", "da", context) == ("le",)


def test_meanings_no_sibling_compound_as_synonym() -> None:
    assert _text("fingeraftryk", "NOUN") != "fodaftryk"


def test_meanings_compound_head_only_when_the_thesaurus_agrees() -> None:
    lex = lexicon()
    # a search engine is software: the thesaurus says program, so no "maskine"
    assert compound_head(lex, "søgemaskine", "da") == ""
    assert _text("søgemaskine", "NOUN") == "en slags program"
    assert head_is_kind(lex, "kunsthistorie", "historie")
    assert _text("kunsthistorie", "NOUN") == "en slags historie"
    # a word the thesaurus does not know keeps its head
    assert _text("medaljeslutspil", "NOUN") == "en slags slutspil"


def test_meanings_no_derivational_ending_read_as_a_head() -> None:
    lex = lexicon()
    assert compound_head(lex, "aktivering", "da") == ""
    assert compound_head(lex, "kammeratskab", "da") == ""


def test_meanings_hypernym_groups_split_senses() -> None:
    lex = lexicon()
    found = hypernym_groups(lex, ("alkohol", "mængdeangivelse"))
    assert len(found) == 2


def test_meanings_article_lemmas_are_the_content_words() -> None:
    sentence = """
Kongen konge NOUN _ 2 nsubj
regerede regere VERB _ 0 root
landet land NOUN _ 2 obj
i i ADP _ 5 case
år år NOUN _ 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""
    lemmas = article_lemmas(analysis_from_text(sentence))
    assert {"konge", "regere", "land", "år"} <= lemmas
    assert "i" not in lemmas


def test_meanings_the_most_specific_hypernym_of_one_sense() -> None:
    # "leje" is no kind of village, and "byggeri" (construction) is too broad
    assert _text("fiskerleje", "NOUN") == "en slags bebyggelse"
