"""Danish words for ``quizgen.lang.source_words.SourceWords``."""

from __future__ import annotations

from quizgen.lang.da.words import word_set
from quizgen.lang.source_words import SourceWords


def verb_forms(word: str) -> frozenset[str]:
    """The VerbForm values of the lexicon's verb readings, with "Imp" for an
    imperative: "køre" -> {"Inf"}, "brug" -> {"Imp"}, "kører" -> {"Fin"}."""
    from quizgen.lang.da.lexicon import lexicon  # the tables load only when needed

    readings = lexicon().analyses(word.lower(), compounds=False)
    return frozenset(
        "Imp" if a.feature("Mood") == "Imp" else a.feature("VerbForm") or ""
        for a in readings
        if a.pos in ("VERB", "AUX")
    ) - {""}


def adjective_plural(word: str) -> str:
    """The lexicon's plural of an adjective: "europæisk" -> "europæiske"; "" for one
    that does not inflect ("gratis") or that it does not know."""
    from quizgen.lang.da.lexicon import lexicon

    return lexicon().inflect(word.lower(), "ADJ", "Number=Plur") or ""


ORDINALS = word_set("første andet anden tredje fjerde femte sjette syvende ottende niende tiende")

SOURCE_WORDS = SourceWords(
    middle_linking=word_set(
        "derfor imidlertid således nemlig dog altså jo også heller desuden endvidere "
        "dermed følgelig tilmed ydermere alligevel"
    ),
    correlatives=word_set("kun alene blot bare både"),
    linking_pairs=frozenset({"i øvrigt", "til gengæld", "i stedet"}),
    enumerator_openers=frozenset(f"for det {o}" for o in ORDINALS),
    caption_nouns=word_set("foto billede billedet fotoet arkivfoto illustration grafik tegning"),
    caption_verbs=word_set("tage"),
    credit_marks=("leveret af", "foto:", "arkivfoto:", "grafik:", "illustration:"),
    perfect_auxiliary="have",
    than="end",
    than_misspelt="en",
    comparatives=word_set("mere mindre flere færre bedre værre større mindre længere højere"),
    expletive_verbs=word_set("er var været være"),
    quantifiers=word_set("mange få flere færre nok meget lidt mere mindre noget nogle"),
    infinitive_mark="at",
    capitalised_pronouns=word_set("de dem deres den det"),
    relatives=word_set("der som hvor hvis hvilket hvilken hvilke"),
    participle_misuse=word_set("værende"),
    participle_allowed_after=word_set("som"),
    verb_forms=verb_forms,
    adjective_plural=adjective_plural,
)
