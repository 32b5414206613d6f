"""Question rules, third round: hvem only for people (not a region, not an
organisation's name), no question about a relative clause's noun the question cannot
name, no first person out of a quote, no "who spoke" question where several spoke."""

from __future__ import annotations

from analysis_builders import INTRO, analysis_from_text, sentence

from quizgen.config.schema import Config
from quizgen.extract.facts import extract_facts
from quizgen.generate.context import GenerationContext
from quizgen.generate.grammar.answers import who_or_what
from quizgen.generate.questions import drafts
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar

REGION = """
Limfjordsregionen Limfjordsregion NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
dækker dække VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
over over ADP _ 5 case
20.754 20.754 NUM _ 5 nummod
km2 km2 NOUN Definite=Ind|Gender=Com|Number=Plur 2 obl
i i ADP _ 7 case
Danmark Danmark PROPN _ 2 obl Ent=B-LOC|SpaceAfter=No
. . PUNCT _ 2 punct
"""

AI = """
Nu nu ADV _ 3 advmod
skal skulle AUX Mood=Ind|Tense=Pres|VerbForm=Fin 4 aux
AI AI PROPN _ 4 nsubj Ent=B-ORG
gøre gøre VERB VerbForm=Inf 0 root
træningen træning NOUN Definite=Def|Gender=Com|Number=Sing 4 obj
i i ADP _ 7 case
appen app NOUN Definite=Def|Gender=Com|Number=Sing 5 nmod
endnu endnu ADV _ 9 advmod
bedre god ADJ Degree=Cmp 4 xcomp SpaceAfter=No
. . PUNCT _ 4 punct
"""

# "bogen Anna Karenina": the noun says what, whatever the name tagger says
BOOK = """
Bogen bog NOUN Definite=Def|Gender=Com|Number=Sing 3 nsubj
Anna Anna PROPN _ 1 appos Ent=B-PER
hjælper hjælpe VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
mange mange ADJ Degree=Pos 5 amod
børn barn NOUN Definite=Ind|Gender=Neut|Number=Plur 3 obj SpaceAfter=No
. . PUNCT _ 3 punct
"""

# a first sentence, so that the sentences after it are not the article's topic

# the parser hung the relative clause on the predicate "midtpunkt", not on its noun
CENTRUM = """
Odense Odense PROPN _ 4 nsubj Ent=B-LOC
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 4 cop
desuden desuden ADV _ 4 advmod
midtpunkt midtpunkt NOUN Definite=Ind|Gender=Neut|Number=Sing 0 root
i i ADP _ 6 case
Fynsregionen Fynsregion NOUN Definite=Def|Gender=Com|Number=Sing 4 nmod SpaceAfter=No
, , PUNCT _ 4 punct
som som PRON _ 13 nsubj
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 13 cop
det den DET PronType=Dem 13 det
ældste gammel ADJ Degree=Sup 13 amod
fynske fynsk ADJ Degree=Pos 13 amod
byområde byområde NOUN Definite=Ind|Gender=Neut|Number=Sing 4 acl:relcl SpaceAfter=No
. . PUNCT _ 4 punct
"""

ZIMBABWE = """
Mzilikazi Mzilikazi PROPN _ 2 nsubj Ent=B-PER
grundlagde grundlægge VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
kongedømmet kongedømme NOUN Definite=Def|Gender=Neut|Number=Sing 2 obj
i i ADP _ 6 case
det den DET PronType=Dem 6 det
land land NOUN Definite=Ind|Gender=Neut|Number=Sing 2 obl SpaceAfter=No
, , PUNCT _ 11 punct
som som PRON _ 11 nsubj
nu nu ADV _ 11 advmod
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 11 cop
Zimbabwe Zimbabwe PROPN _ 6 acl:relcl Ent=B-LOC|SpaceAfter=No
. . PUNCT _ 2 punct
"""

MY_HUSBAND = """
Min min DET Number[psor]=Sing|Person=1|Poss=Yes|PronType=Prs 2 det
bror bror NOUN Definite=Ind|Gender=Com|Number=Sing 3 nsubj
talte tale VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
hele hel ADJ Degree=Pos 5 amod
dagen dag NOUN Definite=Def|Gender=Com|Number=Sing 3 obl
med med ADP _ 8 case
en en DET _ 8 det
læge læge NOUN Definite=Ind|Gender=Com|Number=Sing 3 obl SpaceAfter=No
. . PUNCT _ 3 punct
"""


def _speech(verb: str, lemma: str, first: str, last: str) -> str:
    return f"""
- - PUNCT _ 2 punct
Dans dans NOUN Definite=Ind|Gender=Com|Number=Sing 4 ccomp SpaceAfter=No
, , PUNCT _ 2 punct
{verb} {lemma} VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
{first} {first} PROPN _ 4 nsubj Ent=B-PER
{last} {last} PROPN _ 5 flat Ent=I-PER
til til ADP _ 8 case
TV2 TV2 PROPN _ 4 obl Ent=B-ORG|SpaceAfter=No
. . PUNCT _ 4 punct
"""


def _ctx(conllu: str) -> GenerationContext:
    analysis = analysis_from_text(conllu)
    return GenerationContext(analysis, (), extract_facts(analysis), Config())


def _prompts(conllu: str) -> list[str]:
    return [d.prompt for d in drafts(_ctx(conllu))]


def test_questions_rules3_a_region_is_hvad() -> None:
    s = sentence(REGION)
    assert who_or_what(s, s.tokens[0], grammar=GRAMMAR) == "what"
    assert not any(p.startswith("Hvem") for p in _prompts(REGION))


def test_questions_rules3_an_organisations_name_is_hvad() -> None:
    s = sentence(AI)
    assert who_or_what(s, s.tokens[2], grammar=GRAMMAR) == "what"
    assert not any(p.startswith("Hvem") for p in _prompts(AI))


def test_questions_rules3_a_thing_named_like_a_person_is_hvad() -> None:
    s = sentence(BOOK)
    assert who_or_what(s, s.tokens[0], grammar=GRAMMAR) == "what"
    assert who_or_what(s, s.tokens[4], grammar=GRAMMAR) == "who"  # "børn" stay people


def test_questions_rules3_relative_clause_on_a_predicate_is_not_asked() -> None:
    found = drafts(_ctx(INTRO + CENTRUM))
    assert not any(d.prompt.startswith("Hvad er det ældste") for d in found)
    assert not any(d.answer.startswith("Odense er") for d in found)


def test_questions_rules3_relative_clause_that_names_its_noun_is_not_asked() -> None:
    found = drafts(_ctx(INTRO + ZIMBABWE))
    assert not any(d.prompt == "Hvad er nu Zimbabwe?" for d in found)
    assert not any(d.answer == "det land" for d in found)


def test_questions_rules3_no_first_person_answer() -> None:
    found = drafts(_ctx(MY_HUSBAND))
    assert not any("min" in d.answer.lower().split() for d in found)


def test_questions_rules3_who_spoke_asked_only_where_one_person_speaks() -> None:
    one = _speech("forklarer", "forklare", "Karen", "Holm")
    two = one + _speech("fortæller", "fortælle", "Jens", "Beermann")
    assert "Hvem forklarer til TV2?" in _prompts(one)
    assert not any(p.startswith(("Hvem forklarer", "Hvem fortæller")) for p in _prompts(two))


# the relative clause hangs on the predicate name, right after it: asked about
WINNER = """
Vinderen vinder NOUN Definite=Def|Gender=Com|Number=Sing 3 nsubj
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 3 cop
Karen Karen PROPN _ 0 root Ent=B-PER
Holm Holm PROPN _ 3 flat Ent=I-PER|SpaceAfter=No
, , PUNCT _ 7 punct
der der PRON _ 7 nsubj
går gå VERB Mood=Ind|Tense=Pres|VerbForm=Fin 3 acl:relcl
i i ADP _ 9 case
gymnasiet gymnasium NOUN Definite=Def|Gender=Neut|Number=Sing 7 obl
i i ADP _ 11 case
Ribe Ribe PROPN _ 7 obl Ent=B-LOC|SpaceAfter=No
. . PUNCT _ 3 punct
"""


def test_questions_rules3_relative_clause_right_after_a_predicate_name_is_asked() -> None:
    found = {d.prompt: d.answer for d in drafts(_ctx(INTRO + WINNER))}
    assert found.get("Hvem går i gymnasiet i Ribe?") == "Karen Holm"
