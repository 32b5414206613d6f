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
    # The gap right after "Men" would be capitalised away: print the sentence before.
    third = ANALYSIS.sentences[2]
    shown = standalone(ANALYSIS, third, frozenset(), GRAMMAR, keep=1)
    assert shown == Standalone(context=ANALYSIS.sentences[1].text)


def test_standalone_linking_adverb_needs_the_sentence_before() -> None:
    # "Derfor" takes the first place of the clause: leaving it out would break V2.
    fourth = ANALYSIS.sentences[3]
    shown = standalone(ANALYSIS, fourth, frozenset(), GRAMMAR)
    assert shown == Standalone(context=ANALYSIS.sentences[2].text)


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
kvalitet kvalitet NOUN _ 3 nmod SpaceAfter=No
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
