"""Sentences that are no prompt: captions, fragments and source errors
(generate/grammar/source_checks). Each rule has a sentence it catches and a correct
neighbour it leaves alone."""

from __future__ import annotations

import pytest
from analysis_builders import analysis_from_text

from quizgen.generate.grammar.source_checks import source_flaws
from quizgen.generate.grammar.standalone import standalone, unusable
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar


def flaws(text: str) -> tuple[str, ...]:
    return source_flaws(analysis_from_text(text).sentences[0], GRAMMAR)


LEAD_IN = """\
Så så ADV _ 2 advmod
kommer komme VERB VerbForm=Fin 0 ROOT
man man PRON _ 2 nsubj
til til ADP _ 5 case
siden side NOUN _ 2 obl SpaceAfter=No
: : PUNCT _ 2 punct
"""

CAPTION = """\
Billedet billede NOUN _ 3 nsubj:pass
er være AUX VerbForm=Fin 3 aux:pass
taget tage VERB VerbForm=Part 0 ROOT
på på ADP _ 5 case
stranden strand NOUN _ 3 obl SpaceAfter=No
. . PUNCT _ 3 punct
"""

CREDIT = """\
Foto foto NOUN _ 0 ROOT SpaceAfter=No
: : PUNCT _ 1 punct
Jan Jan PROPN _ 1 appos
Knudsen Knudsen PROPN _ 3 flat SpaceAfter=No
. . PUNCT _ 1 punct
"""

LEDE = """\
En en DET _ 2 det
båd båd NOUN _ 0 ROOT SpaceAfter=No
, , PUNCT _ 7 punct
der der PRON _ 7 nsubj
ikke ikke ADV _ 7 advmod
kan kunne AUX VerbForm=Fin 7 aux
synke synke VERB VerbForm=Inf 2 acl:relcl SpaceAfter=No
. . PUNCT _ 2 punct
"""

SENTENCE = """\
Båden båd NOUN _ 4 nsubj
kan kunne AUX VerbForm=Fin 4 aux
ikke ikke ADV _ 4 advmod
synke synke VERB VerbForm=Inf 0 ROOT SpaceAfter=No
. . PUNCT _ 4 punct
"""

# "understøtter" tagged as a noun: the lexicon knows the finite verb
MISTAGGED = """\
Søgningen søgning NOUN _ 2 nsubj
understøtter understøtter NOUN _ 0 ROOT
ikke ikke ADV _ 2 advmod
logik logik NOUN _ 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""

UNCLOSED = """\
» » PUNCT _ 3 punct SpaceAfter=No
Vi vi PRON _ 3 nsubj
kom komme VERB VerbForm=Fin 0 ROOT
hjem hjem ADV _ 3 advmod SpaceAfter=No
, , PUNCT _ 6 punct
sagde sige VERB VerbForm=Fin 3 parataxis
hun hun PRON _ 6 nsubj SpaceAfter=No
. . PUNCT _ 3 punct
"""

STATISTICS = """\
Byen by NOUN _ 7 nsubj
( ( PUNCT _ 3 punct SpaceAfter=No
areal areal NOUN _ 1 appos SpaceAfter=No
: : PUNCT _ 5 punct
90 90 NUM _ 3 appos SpaceAfter=No
) ) PUNCT _ 3 punct
er være AUX VerbForm=Fin 8 cop
stor stor ADJ _ 0 ROOT SpaceAfter=No
. . PUNCT _ 8 punct
"""

PERFECT = """\
Så så ADV _ 6 advmod
havde have AUX VerbForm=Fin 6 aux
hele hel ADJ _ 4 amod
byen by NOUN _ 6 nsubj
kunne kunne AUX _ 6 aux
følge følge VERB _ 0 ROOT
med med ADV _ 6 compound:prt SpaceAfter=No
. . PUNCT _ 6 punct
"""

# The parser's shape on a real text: "havde" the main verb, "kunne følge" hung below it
PERFECT_INVERTED = """\
Så så ADV _ 2 advmod
havde have VERB VerbForm=Fin 0 ROOT
hele hel ADJ _ 2 obj
byen by NOUN _ 3 obl
kunne kunne AUX VerbForm=Fin 6 aux
følge følge VERB VerbForm=Inf 2 xcomp
med med ADP _ 6 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""

COORDINATED = """\
Vi vi PRON _ 2 nsubj
sætter sætte VERB VerbForm=Fin 0 ROOT
os sig PRON _ 2 obj
i i ADP _ 5 case
bussen bus NOUN _ 2 obl
og og CCONJ _ 7 cc
køre køre VERB _ 2 conj
hjem hjem ADV _ 7 advmod SpaceAfter=No
. . PUNCT _ 2 punct
"""

THAN = """\
Målingen måling NOUN _ 4 nsubj
er være AUX VerbForm=Fin 4 cop
mere mere ADV _ 4 advmod
præcis præcis ADJ _ 0 ROOT
en en DET _ 7 det
den den DET _ 7 det
gamle gammel ADJ _ 4 obl SpaceAfter=No
. . PUNCT _ 4 punct
"""

EXPLETIVE = """\
Det det PRON _ 2 nsubj
sker ske VERB VerbForm=Fin 0 ROOT
i i ADP _ 4 case
lande land NOUN _ 2 obl SpaceAfter=No
, , PUNCT _ 9 punct
hvor hvor ADV _ 9 advmod
der der PRON _ 9 expl
var være AUX VerbForm=Fin 9 cop
svært svær ADJ _ 4 acl:relcl
at at PART _ 11 mark
finde finde VERB _ 9 xcomp
hjælp hjælp NOUN _ 11 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""

RUN_ON = """\
Han han PRON PronType=Prs 2 nsubj
flyttede flytte VERB VerbForm=Fin 0 ROOT
til til ADP _ 4 case
Zambia Zambia PROPN _ 2 obl
Han han PRON PronType=Prs 6 nsubj
vandt vinde VERB VerbForm=Fin 2 parataxis
ikke ikke ADV _ 6 advmod SpaceAfter=No
. . PUNCT _ 2 punct
"""

PARTICIPLE = """\
Byen by NOUN _ 3 nsubj
var være AUX VerbForm=Fin 3 cop
markedsplads markedsplads NOUN _ 0 ROOT SpaceAfter=No
, , PUNCT _ 6 punct
værende værende ADJ _ 6 amod
sæde sæde NOUN _ 3 appos
for for ADP _ 8 case
bispen bisp NOUN _ 6 nmod SpaceAfter=No
. . PUNCT _ 3 punct
"""

CAUGHT = [
    (LEAD_IN, "lead-in"),
    (CAPTION, "caption"),
    (CREDIT, "caption"),
    (LEDE, "verbless"),
    (UNCLOSED, "unbalanced"),
    (STATISTICS, "bracketed-data"),
    (PERFECT, "perfect-infinitive"),
    (PERFECT_INVERTED, "perfect-infinitive"),
    (COORDINATED, "infinitive-coordination"),
    (THAN, "than-misspelt"),
    (EXPLETIVE, "expletive-adjective"),
    (RUN_ON, "missing-stop"),
    (PARTICIPLE, "participle-adjective"),
]

LEFT_ALONE = [
    SENTENCE,
    MISTAGGED,
    UNCLOSED.replace("hjem hjem ADV _ 3 advmod SpaceAfter=No", "hjem hjem ADV _ 3 advmod").replace(
        ", , PUNCT _ 6 punct", "« « PUNCT _ 3 punct\n, , PUNCT _ 6 punct"
    ),
    PERFECT.replace("kunne kunne", "kunnet kunne"),
    PERFECT_INVERTED.replace("kunne kunne", "kunnet kunne"),
    COORDINATED.replace("køre køre", "kører køre"),
    # "for at hvile og køre hjem": two infinitives, the parser hung one on "sætter"
    COORDINATED.replace(
        "i i ADP _ 5 case\nbussen bus NOUN _ 2 obl",
        "for for ADP _ 5 mark\nat at PART _ 6 mark\nhvile hvile VERB _ 2 advcl",
    )
    .replace("køre køre VERB _ 2 conj", "køre køre VERB _ 2 conj")
    .replace("og og CCONJ _ 7 cc", "og og CCONJ _ 8 cc")
    .replace(
        "køre køre VERB _ 2 conj\nhjem hjem ADV _ 7 advmod",
        "køre køre VERB _ 2 conj\nhjem hjem ADV _ 8 advmod",
    ),
    THAN.replace("en en DET", "end end ADP"),
    EXPLETIVE.replace("der der PRON _ 9 expl", "det det PRON _ 9 expl"),
    RUN_ON.replace(
        "Han han PRON PronType=Prs 6 nsubj", "han han PRON PronType=Prs 6 nsubj"
    ).replace(
        "Zambia Zambia PROPN _ 2 obl",
        "Zambia Zambia PROPN _ 2 obl SpaceAfter=No\n. . PUNCT _ 2 punct",
    ),
    PARTICIPLE.replace("værende værende", "som som ADP _ 6 case\nværende værende"),
]


@pytest.mark.parametrize(("text", "rule"), CAUGHT)
def test_source_checks_catch_the_flaw(text: str, rule: str) -> None:
    assert rule in flaws(text)
    analysis = analysis_from_text(text)
    assert unusable(analysis.sentences[0], GRAMMAR)
    assert standalone(analysis, analysis.sentences[0], frozenset(), GRAMMAR) is None


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_source_checks_leave_a_correct_sentence_alone(text: str) -> None:
    assert flaws(text) == ()


def test_source_checks_relative_der_before_an_adjective_is_right() -> None:
    # "et problem, der er svært at løse": "der" is the relative subject, not formal
    relative = EXPLETIVE.replace("hvor hvor ADV _ 9 advmod\n", "")
    assert "expletive-adjective" not in flaws(relative)


def test_source_checks_polite_de_is_no_run_on() -> None:
    polite = RUN_ON.replace("Han han PRON PronType=Prs 6 nsubj", "De De PRON PronType=Prs 6 nsubj")
    assert "missing-stop" not in flaws(polite)


AGREEMENT = """\
Han han PRON PronType=Prs 2 nsubj
hjalp hjælpe VERB VerbForm=Fin 0 ROOT
{adjective} {lemma} ADJ Degree=Pos 4 amod
{noun} rejse VERB Tense=Pres|VerbForm=Part 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""


def test_source_checks_an_adjective_that_does_not_agree_is_the_sources_error() -> None:
    # Review: "hjælpsom mod europæisk rejsende" copied into a question
    wrong = AGREEMENT.format(adjective="europæisk", lemma="europæisk", noun="rejsende")
    assert "adjective-agreement" in flaws(wrong)
    assert flaws(wrong.replace("europæisk europæisk", "europæiske europæisk")) == ()
    # one traveller, with its article; an adjective that does not inflect
    single = wrong.replace(
        "europæisk europæisk ADJ Degree=Pos 4",
        "en en DET _ 5 det\neuropæisk europæisk ADJ Degree=Pos 5",
    )
    assert flaws(single) == ()
    assert flaws(AGREEMENT.format(adjective="gratis", lemma="gratis", noun="rejsende")) == ()
    plural = AGREEMENT.format(adjective="stor", lemma="stor", noun="huse").replace(
        "rejse VERB Tense=Pres|VerbForm=Part", "hus NOUN Number=Plur"
    )
    assert "adjective-agreement" in flaws(plural)
