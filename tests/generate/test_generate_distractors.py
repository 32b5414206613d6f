"""Distractors: same kind and inflection as the answer, never also right."""

from __future__ import annotations

import dataclasses
import random
import re

from analysis_builders import analysis_from_file, analysis_from_text, sentence

from quizgen.extract.syntax import number_value
from quizgen.generate.grammar import distractors as d
from quizgen.lang.da.lexicon import lexicon

ARTICLE = analysis_from_file("bundled_article.analysis")


def _token(sentence_index: int, text: str):  # type: ignore[no-untyped-def]
    s = ARTICLE.sentences[sentence_index]
    return next(t for t in s.tokens if t.text == text)


def _noun_readings(form: str) -> set[str]:
    return {a.feats for a in lexicon().analyses(form) if a.pos == "NOUN"}


def test_generate_distractors_match_class_and_inflection() -> None:
    token = _token(6, "luftbombardementer")  # NOUN, indefinite plural, neuter
    options = d.word_options(token, ARTICLE, random.Random(0))
    assert len(options) >= 3
    for option in options:
        # The lexicon reads every option as an indefinite plural noun.
        assert any("Definite=Ind" in r and "Number=Plur" in r for r in _noun_readings(option))


def test_generate_distractors_definite_plural_from_frequency_list() -> None:
    analysis = analysis_from_text(
        """
Krigerne kriger NOUN Definite=Def|Gender=Com|Number=Plur 2 nsubj
kom komme VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    token = analysis.sentences[0].tokens[0]
    records = d.word_option_records(token, analysis, random.Random(1))
    assert len(records) >= 3
    assert all(r.why.startswith("frequency list") for r in records)
    for record in records:
        assert any("Definite=Def" in r and "Number=Plur" in r for r in _noun_readings(record.text))


def test_generate_distractors_never_the_answer_or_its_referent() -> None:
    s = ARTICLE.sentences[2]  # "... til nyhedsbureauet Reuters."
    chosen = d.pick(
        ["Reuters", "nyhedsbureauet Reuters", "reuters", "Mustafa", "AP", "SDF", "BBC", "DR"],
        "Reuters",
        s,
        random.Random(0),
        3,
        shuffle=False,
    )
    assert "Reuters" not in chosen and "nyhedsbureauet Reuters" not in chosen
    assert "Mustafa" not in chosen  # part of a name in the answer's own sentence
    assert "SDF" not in chosen  # mentioned in the same sentence: may be true there too
    assert chosen == ["AP", "BBC", "DR"]


def test_generate_distractors_same_compound_name_is_refused() -> None:
    s = ARTICLE.sentences[6]
    chosen = d.pick(
        ["IS-tropper", "journalister", "syrere", "kvinder"],
        "IS-krigere",
        s,
        random.Random(0),
        3,
        shuffle=False,
    )
    assert "IS-tropper" not in chosen


def test_generate_distractors_initials_count_as_the_same_name() -> None:
    s = ARTICLE.sentences[10]  # mentions IS
    chosen = d.pick(
        ["Islamisk Stat", "AP", "SDF", "BBC"], "Reuters", s, random.Random(0), 3, shuffle=False
    )
    assert "Islamisk Stat" not in chosen


def test_generate_distractors_numbers_of_similar_size() -> None:
    options = d.number_options("300")
    values = [number_value(o) for o in options]
    assert 300 not in values and all(v is not None and 50 <= v <= 1000 for v in values)
    # "mindst ti": a smaller number would be true as well
    upward = d.number_options("mindst ti")
    assert upward and all((number_value(o.split()[-1]) or 0) > 10 for o in upward)


def test_generate_distractors_times_of_the_same_sort() -> None:
    assert "Onsdag aften" in d.time_options("Tirsdag aften")
    assert "Tirsdag morgen" in d.time_options("Tirsdag aften")
    assert set(d.time_options("I 2017")) >= {"I 2016", "I 2018"}


def test_generate_distractors_clock_times_stay_clock_times() -> None:
    # Regression: "Klokken 01.38" became "Klokken 400".
    options = d.time_options("klokken 01.38")
    assert options and all(re.fullmatch(r"klokken \d\d\.\d\d", o) for o in options)
    assert "klokken 01.38" not in options


def test_generate_distractors_keep_the_capitals_of_names_in_words() -> None:
    # Regression: "IS-krigerne" first in its sentence was offered as "is-krigerne".
    token = _token(6, "IS-krigere")
    options = d.word_options(token, ARTICLE, random.Random(0))
    assert all(not o.startswith("is-") for o in options)


def test_generate_distractors_bounds_in_front_of_the_number_count() -> None:
    # Regression: "Temperaturen nåede over 35 grader" -> "over 20" (true as well).
    options = d.number_options("35", "Temperaturen nåede over")
    assert options and all((number_value(o) or 0) > 35 for o in options)
    smaller = d.number_options("10", "Der var højst")
    assert smaller and all((number_value(o) or 0) < 10 for o in smaller)


def test_generate_distractors_none_for_a_form_whose_features_contradict_it() -> None:
    # Regression: the tagger called "IS-krigere" singular, and the multiple choice offered
    # singular nouns ("kontrol", "lomme", "rute") as alternatives to a plural answer.
    mistagged = sentence(
        """
presse presse VERB VerbForm=Inf 0 root
de den DET Definite=Def|Number=Plur 4 det
sidste sidst ADJ Definite=Def|Degree=Sup 4 amod
IS-krigere IS-kriger NOUN Definite=Ind|Gender=Com|Number=Sing 1 obj SpaceAfter=No
. . PUNCT _ 1 punct
"""
    )
    token = mistagged.tokens[3]
    assert not d.form_agrees_with_morph(token)
    assert d.word_options(token, ARTICLE, random.Random(0)) == []


def test_generate_distractors_skip_article_words_whose_features_contradict_them() -> None:
    # NOUN, indefinite singular; "den sidste lomme", since a bare "har kontrol over"
    # is a fixed phrase that takes no word distractors at all.
    token = _token(0, "lomme")
    mistagged = sentence(
        """
IS-krigere IS-kriger NOUN Definite=Ind|Gender=Com|Number=Sing 2 nsubj
kæmper kæmpe VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    article = dataclasses.replace(ARTICLE, sentences=(*ARTICLE.sentences, mistagged))
    options = d.word_options(token, article, random.Random(0))
    assert "IS-krigere" not in options
    assert len(options) >= 3
