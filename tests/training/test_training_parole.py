"""training/parole.py: PAROLE (CDT) -> UD UPOS, FEATS and lemma rules.

Sentences are rows ``(form, PAROLE coarse tag, DDT head, DDT relation)``
(optionally a lemma), heads 1-based with 0 for the root.
"""

from __future__ import annotations

import pytest
from conll_io import Sentence, Token
from parole import FeatsTable, decode_cdt_feats, upos_for


def tok(
    form: str,
    pos: str,
    head: int = 0,
    deprel: str = "ROOT",
    lemma: str | None = None,
    tag: str | None = None,
    feats: str = "_",
) -> Token:
    return Token(form, lemma or form.lower(), pos, tag or pos, feats, head, deprel)


def upos(*tokens: Token) -> list[str]:
    return upos_for(Sentence("t", list(tokens)))


# --- VA: AUX or VERB ---------------------------------------------------------


def test_training_auxiliary_lemma_governing_a_verb_is_aux() -> None:
    assert upos(tok("har", "VA", lemma="have"), tok("spist", "VA", 1, "vobj")) == [
        "AUX",
        "VERB",
    ]


def test_training_auxiliary_lemma_without_a_verb_is_verb() -> None:
    assert upos(tok("har", "VA", lemma="have"), tok("bil", "NC", 1, "dobj")) == [
        "VERB",
        "NOUN",
    ]


def test_training_auxiliary_lemma_with_a_non_verbal_vobj_is_verb() -> None:
    # "kan engelsk": kunne as a main verb
    assert upos(tok("kan", "VA", lemma="kunne"), tok("engelsk", "NC", 1, "vobj"))[0] == "VERB"


def test_training_other_verb_governing_a_verb_is_verb() -> None:
    assert upos(tok("begynder", "VA", lemma="begynde"), tok("gå", "VA", 1, "vobj"))[0] == "VERB"


def test_training_vaere_with_a_nominal_predicate_is_a_copula_aux() -> None:
    assert upos(tok("er", "VA", lemma="være"), tok("glad", "AN", 1, "pred"))[0] == "AUX"


def test_training_vaere_with_a_prepositional_predicate_is_verb() -> None:
    assert upos(tok("er", "VA", lemma="være"), tok("i", "SP", 1, "pred"))[0] == "VERB"


def test_training_only_vaere_is_a_copula() -> None:
    assert upos(tok("blev", "VA", lemma="blive"), tok("syg", "AN", 1, "pred"))[0] == "VERB"


# --- PD/PI/PO: DET or PRON -----------------------------------------------------


@pytest.mark.parametrize("tag", ["PD", "PI"])
def test_training_demonstrative_or_indefinite_with_a_noun_is_det(tag: str) -> None:
    assert upos(tok("den", tag), tok("bil", "NC", 1, "nobj")) == ["DET", "NOUN"]


@pytest.mark.parametrize("tag", ["PD", "PI"])
def test_training_demonstrative_or_indefinite_alone_is_pron(tag: str) -> None:
    assert upos(tok("ser", "VA"), tok("den", tag, 1, "dobj")) == ["VERB", "PRON"]


def test_training_demonstrative_article_before_an_adjective_is_det() -> None:
    assert upos(tok("den", "PD"), tok("store", "AN", 1, "mod"))[0] == "DET"


def test_training_indefinite_pronoun_before_an_adjective_stays_pron() -> None:
    assert upos(tok("nogen", "PI"), tok("store", "AN", 1, "mod"))[0] == "PRON"


@pytest.mark.parametrize("rel", ["nobj", "possd"])
def test_training_possessive_with_a_noun_is_det(rel: str) -> None:
    assert upos(tok("min", "PO"), tok("bil", "NC", 1, rel))[0] == "DET"


def test_training_possessive_alone_is_pron() -> None:
    assert upos(tok("er", "VA", lemma="være"), tok("min", "PO", 1, "subj"))[1] == "PRON"


# --- AN: ADJ or ADV ---------------------------------------------------------------


@pytest.mark.parametrize("head_tag", ["VA", "AN", "RG", "SP"])
def test_training_adjective_modifying_a_verb_adjective_adverb_or_adposition_is_adv(
    head_tag: str,
) -> None:
    assert upos(tok("hoved", head_tag), tok("helt", "AN", 1, "mod"))[1] == "ADV"


def test_training_adjective_modifying_a_noun_is_adj() -> None:
    assert upos(tok("huse", "NC"), tok("store", "AN", 1, "mod"))[1] == "ADJ"


def test_training_adjective_as_predicate_under_a_verb_is_adj() -> None:
    assert upos(tok("blev", "VA", lemma="blive"), tok("syg", "AN", 1, "pred"))[1] == "ADJ"


# --- U: at, som, der -------------------------------------------------------------


def test_training_at_governing_a_verb_is_part() -> None:
    assert upos(tok("at", "U"), tok("sove", "VA", 1, "vobj"))[0] == "PART"


def test_training_at_without_dependents_is_part() -> None:
    assert upos(tok("prøver", "VA"), tok("at", "U", 1, "dobj"))[1] == "PART"


def test_training_at_with_other_dependents_is_sconj() -> None:
    assert upos(tok("at", "U"), tok("han", "PP", 1, "subj"))[0] == "SCONJ"


@pytest.mark.parametrize("rel", ["subj", "dobj"])
def test_training_relative_som_is_pron(rel: str) -> None:
    assert upos(tok("kom", "VA"), tok("som", "U", 1, rel))[1] == "PRON"


def test_training_som_with_a_complement_is_adp() -> None:
    assert upos(tok("som", "U"), tok("læge", "NC", 1, "nobj"))[0] == "ADP"


def test_training_bare_som_as_a_modifier_is_adp() -> None:
    assert upos(tok("kom", "VA"), tok("som", "U", 1, "mod"))[1] == "ADP"


@pytest.mark.parametrize(("rel", "expected"), [("subj", "PRON"), ("expl", "PRON"), ("mod", "ADV")])
def test_training_der_is_pron_as_subject_or_expletive_else_adv(rel: str, expected: str) -> None:
    assert upos(tok("kom", "VA"), tok("der", "U", 1, rel))[1] == expected


def test_training_other_unique_words_are_part() -> None:
    assert upos(tok("kom", "VA"), tok("for", "U", 1, "mod"))[1] == "PART"


# --- conjunctions, adverbs, the simple table -----------------------------------------


def test_training_comparative_end_is_adp_other_subordinators_sconj() -> None:
    assert upos(tok("end", "CS"), tok("fordi", "CS")) == ["ADP", "SCONJ"]


def test_training_negation_is_adv() -> None:
    assert upos(tok("ikke", "RG"), tok("aldrig", "RG")) == ["ADV", "ADV"]


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("NC", "NOUN"),
        ("NP", "PROPN"),
        ("XP", "PUNCT"),
        ("SP", "ADP"),
        ("CC", "CCONJ"),
        ("AC", "NUM"),
        ("AO", "ADJ"),
        ("I", "INTJ"),
        ("VE", "VERB"),
        ("XR", "SYM"),
        ("XF", "X"),
        ("PP", "PRON"),
        ("RG", "ADV"),
        ("ZZ", "X"),  # unknown tag
    ],
)
def test_training_context_free_tags_map_by_table(tag: str, expected: str) -> None:
    assert upos(tok("ord", tag)) == [expected]


# --- parts of split multiwords (split_tokens.py) ---------------------------------------


def test_training_split_multiword_parts_are_tagged_by_word() -> None:
    # i_dag (RG) split: "i" heads, "dag" is fixed to it
    assert upos(tok("i", "RG"), tok("dag", "RG", 1, "fixed")) == ["ADP", "NOUN"]


def test_training_unlisted_split_part_keeps_its_tags_upos() -> None:
    assert upos(tok("i", "RG"), tok("morgen", "RG", 1, "fixed")) == ["ADP", "ADV"]


def test_training_split_proper_name_parts_stay_propn() -> None:
    assert upos(tok("Anders", "NP"), tok("And", "NP", 1, "fixed")) == ["PROPN", "PROPN"]


# --- FEATS --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cdt", "ud"),
    [
        ("gender=common|number=sing|def=indef", "Definite=Ind|Gender=Com|Number=Sing"),
        (
            "gender=neuter|number=plur|def=def|case=gen",
            "Case=Gen|Definite=Def|Gender=Neut|Number=Plur",
        ),
        ("degree=comp", "Degree=Cmp"),
        ("mood=indic|tense=past|voice=passive", "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass"),
        ("mood=imper", "Mood=Imp|VerbForm=Fin"),
        ("mood=infin|voice=active", "VerbForm=Inf|Voice=Act"),
        ("mood=partic|tense=present", "Tense=Pres|VerbForm=Part"),
        ("gender=common|transcat=adverbial", "Gender=Com"),  # unknown pairs dropped
        ("_", "_"),
    ],
)
def test_training_cdt_feature_column_decodes_to_ud_feats(cdt: str, ud: str) -> None:
    assert decode_cdt_feats(cdt) == ud


def ud_tok(form: str, upos: str, feats: str, lemma: str | None = None) -> Token:
    return Token(form, lemma or form.lower(), upos, "_", feats, 0, "_")


def learned(pairs: list[tuple[Token, str, Token]]) -> FeatsTable:
    table = FeatsTable()
    for cdt, upos_tag, ud in pairs:
        table.learn(Sentence("c", [cdt]), [upos_tag], Sentence("u", [ud]))
    return table


def test_training_feats_of_closed_classes_come_from_the_word() -> None:
    han = tok("han", "PP", tag="PP")
    hun = tok("hun", "PP", tag="PP")
    table = learned(
        [
            (han, "PRON", ud_tok("han", "PRON", "Gender=Com|Person=3")),
            (hun, "PRON", ud_tok("hun", "PRON", "Person=3")),
            (hun, "PRON", ud_tok("hun", "PRON", "Person=3")),
        ]
    )
    assert table.feats(han, "PRON") == "Gender=Com|Person=3"  # the word's, not the tag's


def test_training_feats_of_open_classes_come_from_the_fine_tag() -> None:
    hus = tok("hus", "NC", tag="NCNSU==I")
    bil = tok("bil", "NC", tag="NCNSU==I")
    table = learned(
        [
            (hus, "NOUN", ud_tok("hus", "NOUN", "Odd=Yes")),
            (bil, "NOUN", ud_tok("bil", "NOUN", "Definite=Ind|Number=Sing")),
            (bil, "NOUN", ud_tok("bil", "NOUN", "Definite=Ind|Number=Sing")),
        ]
    )
    assert table.feats(hus, "NOUN") == "Definite=Ind|Number=Sing"  # most frequent for the tag


def test_training_feats_learning_skips_tokens_whose_upos_disagrees_with_ud() -> None:
    den = tok("den", "PD", tag="PD", feats="gender=common")
    table = learned([(den, "DET", ud_tok("den", "PRON", "Learned=Yes"))])
    assert table.feats(den, "DET") == "Gender=Com"  # nothing learned: the CDT column decoded


# --- lemmas ---------------------------------------------------------------------------


def test_training_lemma_correction_needs_two_sightings() -> None:
    saa = tok("så", "VA", lemma="se")
    once = learned([(saa, "VERB", ud_tok("så", "VERB", "_", lemma="så"))])
    twice = learned([(saa, "VERB", ud_tok("så", "VERB", "_", lemma="så"))] * 2)
    assert once.lemma(saa, "VERB") == "se"
    assert twice.lemma(saa, "VERB") == "så"


def test_training_adverbial_adjective_keeps_its_form_as_lemma() -> None:
    godt = tok("Godt", "AN", lemma="god")
    assert FeatsTable().lemma(godt, "ADV") == "godt"
    assert FeatsTable().lemma(godt, "ADJ") == "god"


@pytest.mark.parametrize("upos_tag", ["PUNCT", "SYM", "NUM"])
def test_training_punctuation_symbol_and_number_lemma_is_the_form(upos_tag: str) -> None:
    assert FeatsTable().lemma(tok("1.500", "AC", lemma="1500"), upos_tag) == "1.500"
