"""Sentences as prompts on their own: the sentence before printed when they lean on it,
a leading conjunction left out, fragments never prompts (generate/grammar/standalone)."""

from __future__ import annotations

from analysis_builders import analysis_from_text

from quizgen.config.schema import Config
from quizgen.generate import generate
from quizgen.generate.grammar.standalone import Standalone, leans_back, misspelt, standalone
from quizgen.generate.kinds import kind_spec
from quizgen.generate.kinds.base import FieldContext
from quizgen.items import CLOZE_GAP
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar

STORY = """\
Jordemoderen jordemoder NOUN _ 2 nsubj
ringede ringe VERB Tense=Past 0 ROOT
til til ADP _ 4 case
familien familie NOUN Number=Sing 2 obl
onsdag onsdag NOUN _ 2 obl
aften aften NOUN _ 5 flat SpaceAfter=No
. . PUNCT _ 2 punct

Hendes hendes DET Poss=Yes|PronType=Prs 2 det
mand mand NOUN Number=Sing 3 nsubj
forsøgte forsøge VERB Tense=Past 0 ROOT
at at PART _ 5 mark
hjælpe hjælpe VERB VerbForm=Inf 3 xcomp SpaceAfter=No
. . PUNCT _ 3 punct

Men men CCONJ _ 4 cc
fødslen fødsel NOUN Number=Sing 4 nsubj
var være AUX _ 4 cop
hurtig hurtig ADJ _ 0 ROOT SpaceAfter=No
. . PUNCT _ 4 punct

Derfor derfor ADV _ 2 advmod
kom komme VERB Tense=Past 0 ROOT
ambulancen ambulance NOUN Number=Sing 2 nsubj
for for ADV _ 5 advmod
sent sent ADV _ 2 advmod SpaceAfter=No
. . PUNCT _ 2 punct

' ' PUNCT _ 2 punct SpaceAfter=No
retur retur ADV _ 0 ROOT SpaceAfter=No
, , PUNCT _ 2 punct
sagde sige VERB Tense=Past 2 parataxis
hun hun PRON PronType=Prs 4 nsubj SpaceAfter=No
. . PUNCT _ 2 punct
"""


ANALYSIS = analysis_from_text(STORY)


def test_standalone_sentence_that_stands_alone_is_printed_as_it_is() -> None:
    first = ANALYSIS.sentences[0]
    assert not leans_back(first, GRAMMAR)
    assert standalone(ANALYSIS, first, frozenset(), GRAMMAR) == Standalone()


def test_standalone_possessive_without_antecedent_prints_the_sentence_before() -> None:
    # "Hendes mand": whose? The sentence before says it; the prompt prints it first.
    second = ANALYSIS.sentences[1]
    assert leans_back(second, GRAMMAR)
    shown = standalone(ANALYSIS, second, frozenset(), GRAMMAR)
    assert shown == Standalone(context=ANALYSIS.sentences[0].text)


def test_standalone_leading_conjunction_is_left_out_and_the_rest_capitalised() -> None:
    third = ANALYSIS.sentences[2]
    shown = standalone(ANALYSIS, third, frozenset(), GRAMMAR, keep=2)
    assert shown is not None and shown.context == ""
    assert shown.text(third.text) == "Fødslen var hurtig."


def test_standalone_conjunction_kept_when_the_answer_follows_it() -> None:
    # The gap right after "Men" would be capitalised away: print the sentence before,
    # here one that stands alone.
    story = analysis_from_text("\n\n".join(STORY.split("\n\n")[i] for i in (0, 2)))
    second = story.sentences[1]
    shown = standalone(story, second, frozenset(), GRAMMAR, keep=1)
    assert shown == Standalone(context=story.sentences[0].text)


def test_standalone_context_that_leans_back_itself_is_no_prompt() -> None:
    # "Hendes mand forsøgte at hjælpe." printed as context: whose husband? It points
    # further back, so the prompt after it would too.
    third = ANALYSIS.sentences[2]
    assert standalone(ANALYSIS, third, frozenset(), GRAMMAR, keep=1) is None


def test_standalone_linking_adverb_needs_the_sentence_before() -> None:
    # "Derfor" takes the first place of the clause: leaving it out would break V2.
    fourth = ANALYSIS.sentences[3]
    shown = standalone(ANALYSIS, fourth, frozenset(), GRAMMAR)
    # the context's own "Men" is left out: it would point further back
    assert shown == Standalone(context="Fødslen var hurtig.")


def test_standalone_no_prompt_when_the_sentence_before_is_a_heading() -> None:
    fourth = ANALYSIS.sentences[3]
    assert standalone(ANALYSIS, fourth, frozenset({2}), GRAMMAR) is None


def test_standalone_fragment_is_never_a_prompt() -> None:
    assert standalone(ANALYSIS, ANALYSIS.sentences[4], frozenset(), GRAMMAR) is None


def test_standalone_first_sentence_leaning_back_is_no_prompt() -> None:
    only = analysis_from_text(STORY.split("\n\n")[1])
    assert standalone(only, only.sentences[0], frozenset(), GRAMMAR) is None


def test_standalone_cloze_prompts_print_context_and_anki_shows_it() -> None:
    generated = generate(ANALYSIS, Config())
    for item in generated.items:
        if item.kind not in ("cloze", "choice") or CLOZE_GAP not in item.prompt:
            continue
        spec = kind_spec(item.kind)
        own = spec.own_prompt(item)
        assert not own.lower().startswith(("men ", "derfor ", "hendes "))
        context = getattr(item.data, "context", "")
        assert item.prompt == (f"{context} {own}" if context else own)
        if item.kind == "cloze":
            fields = spec.anki_fields(item, FieldContext("t", get_language("da").cards))
            assert fields["Text"].startswith(context.split()[0] if context else own[:3])


TYPO = """\
Skolen skole NOUN _ 2 nsubj
har have AUX _ 0 ROOT
fokus fokus NOUN _ 2 obj
på på ADP _ 6 case
den den DET _ 6 det
faglighe faglig ADJ _ 6 amod
undervisning undervisning NOUN _ 3 nmod SpaceAfter=No
. . PUNCT _ 2 punct
"""


def test_standalone_misspelt_sentence_is_no_prompt() -> None:
    # "faglighe" for "faglige": a prompt would copy the typo for learners to learn.
    analysis = analysis_from_text(TYPO)
    only = analysis.sentences[0]
    assert misspelt(only, GRAMMAR) == ("faglighe",)
    assert standalone(analysis, only, frozenset(), GRAMMAR) is None
    fixed = analysis_from_text(TYPO.replace("faglighe faglig", "faglige faglig"))
    assert misspelt(fixed.sentences[0], GRAMMAR) == ()
    assert standalone(fixed, fixed.sentences[0], frozenset(), GRAMMAR) == Standalone()


def test_standalone_names_and_numbers_are_not_spelling_checked() -> None:
    analysis = analysis_from_text(
        TYPO.replace("faglighe faglig ADJ _ 6 amod", "Khumalo Khumalo PROPN _ 6 nmod")
    )
    assert misspelt(analysis.sentences[0], GRAMMAR) == ()


MIDDLE = """\
Jeg jeg PRON _ 5 nsubj
vil ville AUX VerbForm=Fin 5 aux
derfor derfor ADV _ 5 advmod
gerne gerne ADV _ 5 advmod
give give VERB VerbForm=Inf 0 ROOT
en en DET _ 7 det
anbefaling anbefaling NOUN _ 5 obj SpaceAfter=No
. . PUNCT _ 5 punct
"""


def test_standalone_middle_field_linking_word_is_left_out() -> None:
    # "Jeg vil derfor gerne give ...": "derfor" points at text not shown; the middle field
    # keeps its order without it.
    analysis = analysis_from_text(MIDDLE)
    only = analysis.sentences[0]
    shown = standalone(analysis, only, frozenset(), GRAMMAR, keep=4)
    assert shown is not None and shown.context == ""
    assert shown.text(only.text) == "Jeg vil gerne give en anbefaling."
    gapped = only.text.replace("give", CLOZE_GAP)
    assert shown.text(gapped) == f"Jeg vil gerne {CLOZE_GAP} en anbefaling."


def test_standalone_linking_word_after_the_gap_is_left_out_at_its_place() -> None:
    # a gap of another length before the word must not move the cut
    analysis = analysis_from_text(MIDDLE)
    only = analysis.sentences[0]
    shown = standalone(analysis, only, frozenset(), GRAMMAR, keep=1)
    assert shown is not None
    gapped = only.text.replace("vil", CLOZE_GAP)
    assert shown.text(gapped) == f"Jeg {CLOZE_GAP} gerne give en anbefaling."


def test_standalone_two_word_linking_phrase_is_left_out() -> None:
    text = MIDDLE.replace(
        "derfor derfor ADV _ 5 advmod", "i i ADP _ 4 case\nøvrigt øvrig ADJ _ 6 advmod"
    )
    analysis = analysis_from_text(text)
    shown = standalone(analysis, analysis.sentences[0], frozenset(), GRAMMAR, keep=5)
    assert shown is not None
    assert shown.text(analysis.sentences[0].text) == "Jeg vil gerne give en anbefaling."


def test_standalone_linking_word_first_in_a_joined_clause_stays() -> None:
    # "..., og derfor kom han": "derfor" points at the sentence's own first clause
    text = (
        STORY.split("\n\n")[0]
        .replace(
            ". . PUNCT _ 2 punct",
            "og og CCONJ _ 9 cc\nderfor derfor ADV _ 9 advmod\nkom komme VERB VerbForm=Fin 2 conj\n"
            "ambulancen ambulance NOUN _ 9 nsubj SpaceAfter=No\n. . PUNCT _ 2 punct",
        )
        .replace("aften aften NOUN _ 5 flat SpaceAfter=No", "aften aften NOUN _ 5 flat")
    )
    analysis = analysis_from_text(text)
    only = analysis.sentences[0]
    assert "derfor kom" in only.text
    assert standalone(analysis, only, frozenset(), GRAMMAR) == Standalone()


ENUMERATED = """\
For for ADP _ 3 case
det det DET _ 3 det
andet anden ADJ _ 6 obl SpaceAfter=No
, , PUNCT _ 3 punct
skal skulle AUX VerbForm=Fin 6 aux
man man PRON _ 6 nsubj
passe passe VERB _ 0 ROOT
på på ADP _ 6 compound:prt SpaceAfter=No
. . PUNCT _ 6 punct
"""


def test_standalone_enumerated_point_is_no_prompt() -> None:
    # "For det andet, skal man ...": one point of a list not shown
    analysis = analysis_from_text(ENUMERATED)
    assert standalone(analysis, analysis.sentences[0], frozenset(), GRAMMAR) is None


def test_standalone_sentence_check_remembered_per_article_is_the_articles_own() -> None:
    # The check is worked out once per sentence of an article: a sentence handed in that
    # is not the article's own (same index, other words) is checked for itself.
    analysis = analysis_from_text(TYPO)
    fixed = analysis_from_text(TYPO.replace("faglighe faglig", "faglige faglig"))
    for _ in range(2):
        assert standalone(analysis, analysis.sentences[0], frozenset(), GRAMMAR) is None
        assert standalone(analysis, fixed.sentences[0], frozenset(), GRAMMAR) == Standalone()
        assert standalone(fixed, fixed.sentences[0], frozenset(), GRAMMAR) == Standalone()
        assert standalone(fixed, analysis.sentences[0], frozenset(), GRAMMAR) is None
