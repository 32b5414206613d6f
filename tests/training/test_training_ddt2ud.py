"""training/ddt2ud.py: the DDT -> UD tree conversion rules, one small tree each.

Each tree is written as rows ``(form, UPOS, DDT head, DDT relation)``, heads
1-based with 0 for the root, and the result is read back as
``form -> (head form, UD relation)`` so the expectations read like the tree.
"""

from __future__ import annotations

import pytest
from conll_io import Sentence, Token
from ddt2ud import convert_tree

Row = tuple[str, str, int, str]


def convert(rows: list[Row]) -> dict[str, tuple[str | None, str]]:
    sent = Sentence("t", [Token(f, f.lower(), "_", "_", "_", h, r) for f, _, h, r in rows])
    heads, rels = convert_tree(sent, [u for _, u, _, _ in rows])
    forms = [f for f, _, _, _ in rows]
    assert len(set(forms)) == len(forms), "forms name the tokens: keep them unique"

    def name(h: int) -> str | None:
        if h == -1:
            return None  # missing attachment
        return "ROOT" if h == 0 else forms[h - 1]

    return {f: (name(h), r) for f, h, r in zip(forms, heads, rels, strict=True)}


# --- function words hand their slot to their complement ---------------------


def test_training_preposition_object_takes_its_slot_as_obl_under_a_verb() -> None:
    out = convert(
        [
            ("Han", "PRON", 2, "subj"),
            ("bor", "VERB", 0, "ROOT"),
            ("i", "ADP", 2, "mod"),
            ("huset", "NOUN", 3, "nobj"),
        ]
    )
    assert out == {
        "Han": ("bor", "nsubj"),
        "bor": ("ROOT", "root"),
        "i": ("huset", "case"),
        "huset": ("bor", "obl"),
    }


def test_training_preposition_object_is_nmod_under_a_noun() -> None:
    out = convert(
        [
            ("huset", "NOUN", 0, "ROOT"),
            ("i", "ADP", 1, "mod"),
            ("byen", "NOUN", 2, "nobj"),
        ]
    )
    assert out["byen"] == ("huset", "nmod")
    assert out["i"] == ("byen", "case")


def test_training_prepositional_object_of_a_verb_is_obl() -> None:
    out = convert(
        [
            ("tænker", "VERB", 0, "ROOT"),
            ("på", "ADP", 1, "pobj"),
            ("dig", "PRON", 2, "nobj"),
        ]
    )
    assert out == {
        "tænker": ("ROOT", "root"),
        "på": ("dig", "case"),
        "dig": ("tænker", "obl"),
    }


def test_training_preposition_before_a_clause_becomes_mark_of_an_advcl() -> None:
    out = convert(
        [
            ("gik", "VERB", 0, "ROOT"),
            ("før", "ADP", 1, "mod"),
            ("hun", "PRON", 4, "subj"),
            ("kom", "VERB", 2, "vobj"),
        ]
    )
    assert out["kom"] == ("gik", "advcl")
    assert out["før"] == ("kom", "mark")
    assert out["hun"] == ("kom", "nsubj")


def test_training_determiner_hangs_on_its_noun_as_det() -> None:
    out = convert(
        [
            ("en", "DET", 3, "subj"),
            ("mand", "NOUN", 1, "nobj"),
            ("kom", "VERB", 0, "ROOT"),
        ]
    )
    assert out == {
        "en": ("mand", "det"),
        "mand": ("kom", "nsubj"),
        "kom": ("ROOT", "root"),
    }


def test_training_pronoun_heading_a_noun_becomes_its_det() -> None:
    out = convert([("hvilken", "PRON", 0, "ROOT"), ("bog", "NOUN", 1, "nobj")])
    assert out == {"hvilken": ("bog", "det"), "bog": ("ROOT", "root")}


def test_training_numeral_hangs_on_its_noun_as_nummod() -> None:
    out = convert(
        [
            ("Vi", "PRON", 2, "subj"),
            ("så", "VERB", 0, "ROOT"),
            ("tre", "NUM", 2, "dobj"),
            ("huse", "NOUN", 3, "nobj"),
        ]
    )
    assert out["huse"] == ("så", "obj")
    assert out["tre"] == ("huse", "nummod")


def test_training_genitive_owner_becomes_nmod_poss_of_the_possessed() -> None:
    out = convert(
        [
            ("Peters", "PROPN", 3, "subj"),
            ("hus", "NOUN", 1, "possd"),
            ("brændte", "VERB", 0, "ROOT"),
        ]
    )
    assert out == {
        "Peters": ("hus", "nmod:poss"),
        "hus": ("brændte", "nsubj"),
        "brændte": ("ROOT", "root"),
    }


def test_training_auxiliary_hangs_on_the_main_verb() -> None:
    out = convert(
        [
            ("Han", "PRON", 2, "subj"),
            ("har", "AUX", 0, "ROOT"),
            ("sovet", "VERB", 2, "vobj"),
        ]
    )
    assert out == {
        "Han": ("sovet", "nsubj"),
        "har": ("sovet", "aux"),
        "sovet": ("ROOT", "root"),
    }


def test_training_auxiliary_keeps_a_non_verbal_vobj() -> None:
    out = convert([("har", "AUX", 0, "ROOT"), ("det", "PRON", 1, "vobj")])
    assert out["har"] == ("ROOT", "root")
    assert out["det"][0] == "har"


def test_training_copula_hangs_on_the_predicate() -> None:
    out = convert(
        [
            ("Han", "PRON", 2, "subj"),
            ("er", "AUX", 0, "ROOT"),
            ("glad", "ADJ", 2, "pred"),
        ]
    )
    assert out == {
        "Han": ("glad", "nsubj"),
        "er": ("glad", "cop"),
        "glad": ("ROOT", "root"),
    }


def test_training_infinitive_marker_becomes_mark_and_the_clause_obj() -> None:
    out = convert(
        [
            ("Han", "PRON", 2, "subj"),
            ("prøver", "VERB", 0, "ROOT"),
            ("at", "PART", 2, "dobj"),
            ("sove", "VERB", 3, "vobj"),
        ]
    )
    assert out["sove"] == ("prøver", "obj")
    assert out["at"] == ("sove", "mark")


def test_training_coordination_conjuncts_attach_to_the_first_with_cc_on_the_second() -> None:
    out = convert(
        [
            ("køber", "VERB", 0, "ROOT"),
            ("æbler", "NOUN", 1, "dobj"),
            ("og", "CCONJ", 2, "coord"),
            ("pærer", "NOUN", 3, "conj"),
        ]
    )
    assert out == {
        "køber": ("ROOT", "root"),
        "æbler": ("køber", "obj"),
        "og": ("pærer", "cc"),
        "pærer": ("æbler", "conj"),
    }


def test_training_sentence_initial_conjunction_hands_the_root_to_its_conjunct() -> None:
    out = convert(
        [
            ("Men", "CCONJ", 0, "ROOT"),
            ("han", "PRON", 3, "subj"),
            ("kom", "VERB", 1, "conj"),
        ]
    )
    assert out == {
        "Men": ("kom", "cc"),
        "han": ("kom", "nsubj"),
        "kom": ("ROOT", "root"),
    }


def test_training_first_name_heads_the_name_and_the_rest_is_flat() -> None:
    out = convert(
        [
            ("Anders", "PROPN", 3, "namef"),
            ("Fogh", "PROPN", 3, "namef"),
            ("Rasmussen", "PROPN", 4, "subj"),
            ("talte", "VERB", 0, "ROOT"),
        ]
    )
    assert out == {
        "Anders": ("talte", "nsubj"),
        "Fogh": ("Anders", "flat"),
        "Rasmussen": ("Anders", "flat"),
        "talte": ("ROOT", "root"),
    }


# --- several roots: attachments CDT lost -------------------------------------


def test_training_extra_roots_lose_their_attachment_and_the_verbal_root_stays() -> None:
    out = convert(
        [
            ("Foto", "NOUN", 0, "ROOT"),
            ("Ritzau", "PROPN", 1, "mod"),
            ("Han", "PRON", 4, "subj"),
            ("sover", "VERB", 0, "ROOT"),
        ]
    )
    assert out["sover"] == ("ROOT", "root")
    assert out["Foto"] == (None, "")  # missing: neither a guess nor a sentence start
    assert out["Ritzau"] == ("Foto", "nmod")


def test_training_of_several_verbal_roots_the_largest_subtree_stays() -> None:
    out = convert(
        [
            ("Kom", "VERB", 0, "ROOT"),
            ("Han", "PRON", 3, "subj"),
            ("sover", "VERB", 0, "ROOT"),
            ("længe", "ADV", 3, "mod"),
        ]
    )
    assert out["sover"] == ("ROOT", "root")
    assert out["Kom"] == (None, "")


# --- relations relabelled from the UPOS --------------------------------------


def test_training_clausal_subject_is_csubj() -> None:
    out = convert(
        [
            ("At", "PART", 3, "subj"),
            ("svømme", "VERB", 1, "vobj"),
            ("er", "AUX", 0, "ROOT"),
            ("sundt", "ADJ", 3, "pred"),
        ]
    )
    assert out == {
        "At": ("svømme", "mark"),
        "svømme": ("sundt", "csubj"),
        "er": ("sundt", "cop"),
        "sundt": ("ROOT", "root"),
    }


def test_training_unmarked_clausal_object_is_ccomp() -> None:
    out = convert(
        [
            ("sagde", "VERB", 0, "ROOT"),
            ("hun", "PRON", 3, "subj"),
            ("kom", "VERB", 1, "dobj"),
        ]
    )
    assert out["kom"] == ("sagde", "ccomp")


def test_training_prepositional_predicate_is_obl() -> None:
    # parole.py leaves "er" a VERB before a PP predicate: no copula in UD-DDT
    out = convert(
        [
            ("er", "VERB", 0, "ROOT"),
            ("i", "ADP", 1, "pred"),
            ("huset", "NOUN", 2, "nobj"),
        ]
    )
    assert out["huset"] == ("er", "obl")
    assert out["i"] == ("huset", "case")


def test_training_predicate_of_a_verb_is_xcomp() -> None:
    out = convert([("blev", "VERB", 0, "ROOT"), ("syg", "ADJ", 1, "pred")])
    assert out["syg"] == ("blev", "xcomp")


def test_training_nominal_predicate_of_a_noun_is_nmod() -> None:
    out = convert([("formand", "NOUN", 0, "ROOT"), ("Jensen", "PROPN", 1, "pred")])
    assert out["Jensen"] == ("formand", "nmod")


def test_training_bare_participle_before_a_noun_is_amod() -> None:
    out = convert([("tilladte", "VERB", 2, "mod"), ("metode", "NOUN", 0, "ROOT")])
    assert out["tilladte"] == ("metode", "amod")


def test_training_participle_with_dependents_under_a_noun_is_acl() -> None:
    out = convert(
        [
            ("metoden", "NOUN", 0, "ROOT"),
            ("brugt", "VERB", 1, "mod"),
            ("overalt", "ADV", 2, "mod"),
        ]
    )
    assert out["brugt"] == ("metoden", "acl")
    assert out["overalt"] == ("brugt", "advmod")


def test_training_verbal_modifier_of_a_verb_is_advcl() -> None:
    out = convert([("gik", "VERB", 0, "ROOT"), ("syngende", "VERB", 1, "mod")])
    assert out["syngende"] == ("gik", "advcl")


@pytest.mark.parametrize(
    ("upos", "head_upos", "expected"),
    [
        ("ADV", "VERB", "advmod"),
        ("PART", "VERB", "advmod"),
        ("ADJ", "VERB", "advmod"),
        ("ADJ", "ADV", "advmod"),
        ("ADJ", "NOUN", "amod"),
        ("NUM", "NOUN", "nummod"),
        ("NUM", "VERB", "obl"),
        ("DET", "NOUN", "det"),
        ("NOUN", "NOUN", "nmod"),
        ("NOUN", "VERB", "obl"),
    ],
)
def test_training_modifier_relation_follows_its_own_and_its_heads_upos(
    upos: str, head_upos: str, expected: str
) -> None:
    out = convert([("hoved", head_upos, 0, "ROOT"), ("mod", upos, 1, "mod")])
    assert out["mod"] == ("hoved", expected)


def test_training_relative_clause_is_acl_relcl() -> None:
    out = convert(
        [
            ("manden", "NOUN", 0, "ROOT"),
            ("som", "PRON", 3, "subj"),
            ("kom", "VERB", 1, "rel"),
        ]
    )
    assert out["kom"] == ("manden", "acl:relcl")
    assert out["som"] == ("kom", "nsubj")


def test_training_punctuation_is_punct_whatever_its_ddt_relation() -> None:
    out = convert([("kom", "VERB", 0, "ROOT"), (".", "PUNCT", 1, "mod")])
    assert out["."] == ("kom", "punct")


@pytest.mark.parametrize(
    ("ddt", "ud"),
    [
        ("iobj", "iobj"),
        ("expl", "expl"),
        ("appa", "appos"),
        ("part", "compound:prt"),
        ("voc", "vocative"),
        ("xpl", "parataxis"),
        ("possd", "nmod:poss"),
        ("coord", "cc"),  # a conjunction left without a conjunct
        ("pnct", "punct"),
        ("avobj", "advmod"),
        ("xtop", "dislocated"),
        ("unknownrel", "unknownrel"),
        ("", "dep"),
    ],
)
def test_training_other_relations_map_by_table(ddt: str, ud: str) -> None:
    out = convert([("ser", "VERB", 0, "ROOT"), ("ham", "ADV", 1, ddt)])
    assert out["ham"] == ("ser", ud)
