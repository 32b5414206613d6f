"""Question rules, second round: hvem for people the lexicon knows, the article's topic
never the answer, side clauses left out, fixed adverbials kept whole, a pronoun named
only when no other person stands between it and the name."""

from __future__ import annotations

from analysis_builders import analysis_from_text, sentence

from quizgen.config.schema import Config
from quizgen.extract.facts import extract_facts
from quizgen.extract.syntax import subtree_ids
from quizgen.generate.context import GenerationContext
from quizgen.generate.grammar.answers import who_or_what
from quizgen.generate.grammar.clauses import clauses
from quizgen.generate.grammar.word_order import question
from quizgen.generate.questions import drafts
from quizgen.generate.questions.pronouns import with_names
from quizgen.generate.questions.reasons import why_drafts
from quizgen.generate.questions.variants import variants
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar

# "betjent" tagged a verb with the lemma "betjene", as the shipped model does
BETJENT = """
En en DET _ 2 det
betjent betjene VERB _ 3 nsubj
stod stå VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
i i ADP _ 5 case
gården gård NOUN Definite=Def|Gender=Com|Number=Sing 3 obl SpaceAfter=No
. . PUNCT _ 3 punct
"""

BRUGER = """
Fejlen fejl NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
hjælper hjælpe VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
brugeren bruger NOUN Definite=Def|Gender=Com|Number=Sing 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""

MANGE = """
Mange mange ADJ Degree=Pos 2 nsubj
regner regne VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
med med ADP _ 4 case
regn regn NOUN Definite=Ind|Gender=Com|Number=Sing 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""

FISH = """
Rødspætten rødspætte NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
lever leve VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
helst helst ADV _ 2 advmod
i i ADP _ 5 case
Nordsøen Nordsøen PROPN _ 2 obl Ent=B-LOC|SpaceAfter=No
. . PUNCT _ 2 punct
"""

MENS = """
De de DET _ 3 det
unge ung ADJ Degree=Pos 3 amod
fisk fisk NOUN Definite=Ind|Gender=Com|Number=Plur 4 nsubj
findes finde VERB Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass 0 root
på på ADP _ 7 case
lavt lav ADJ Degree=Pos 7 amod
hav hav NOUN Definite=Ind|Gender=Neut|Number=Sing 4 obl SpaceAfter=No
, , PUNCT _ 12 punct
mens mens SCONJ _ 12 mark
de de DET _ 11 det
voksne voksen ADJ Degree=Pos 12 nsubj
dykker dykke VERB Mood=Ind|Tense=Pres|VerbForm=Fin 4 advcl SpaceAfter=No
. . PUNCT _ 4 punct
"""

DERFOR_ALSO = """
Marsken marsk NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
vises vise VERB Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass 0 root
også også ADV _ 2 advmod
på på ADP _ 6 case
et en DET _ 6 det
kort kort NOUN Definite=Ind|Gender=Neut|Number=Sing 2 obl SpaceAfter=No
. . PUNCT _ 2 punct

Marsken marsk NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
vokser vokse VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
derfor derfor ADV _ 2 advmod
stadig stadig ADV _ 2 advmod
i i ADP _ 6 case
vest vest NOUN Definite=Ind|Gender=Com|Number=Sing 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""

# "ham" is not Shaka: a later "han" cannot be named by this sentence
SHAKA = """
Mange mange ADJ Degree=Pos 2 nsubj
regner regne VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
ham han PRON Case=Acc|Gender=Com|Number=Sing|Person=3|PronType=Prs 2 obj
for for ADP _ 5 case
Shaka Shaka PROPN _ 2 obl Ent=B-PER|SpaceAfter=No
. . PUNCT _ 2 punct

Han han PRON Case=Nom|Gender=Com|Number=Sing|Person=3|PronType=Prs 2 nsubj
rejste rejse VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
til til ADP _ 4 case
Transvaal Transvaal PROPN _ 2 obl Ent=B-LOC|SpaceAfter=No
. . PUNCT _ 2 punct
"""


def _ctx(conllu: str, title: str = "") -> GenerationContext:
    analysis = analysis_from_text(conllu, title=title)
    return GenerationContext(analysis, (), extract_facts(analysis), Config())


def test_questions_rules2_hvem_for_a_person_noun_the_tagger_made_a_verb() -> None:
    s = sentence(BETJENT)
    assert who_or_what(s, s.tokens[1], grammar=GRAMMAR) == "who"
    prompts = [d.prompt for d in drafts(_ctx(BETJENT))]
    assert "Hvem stod i gården?" in prompts
    assert not any(p.startswith("Hvad stod") for p in prompts)


def test_questions_rules2_hvem_for_a_doer_the_lexicon_knows() -> None:
    s = sentence(BRUGER)
    assert who_or_what(s, s.tokens[2], grammar=GRAMMAR) == "who"
    assert who_or_what(s, s.tokens[0], grammar=GRAMMAR) == "what"


def test_questions_rules2_bare_quantifier_is_not_asked() -> None:
    s = sentence(MANGE)
    assert who_or_what(s, s.tokens[0], grammar=GRAMMAR) is None
    assert not any(d.answer == "mange" for d in drafts(_ctx(MANGE)))


def test_questions_rules2_topic_is_no_answer() -> None:
    found = drafts(_ctx(FISH, title="Fisken rødspætten"))
    assert found  # "Hvor lever rødspætten helst?" stays
    assert not any(d.answer.lower() == "rødspætten" for d in found)


def test_questions_rules2_mens_clause_left_out() -> None:
    s = sentence(MENS)
    main = next(c for c in clauses(s, GRAMMAR) if not c.subordinate)
    assert question(main, "Hvor", subtree_ids(s, 6)) == "Hvor findes de unge fisk?"


def test_questions_rules2_i_alt_is_kept_whole() -> None:
    found = variants("tre", ("i alt tre sager",), "number", GRAMMAR)
    assert "i alt tre sager" in found
    assert not any(v.startswith("alt") for v in found)


def test_questions_rules2_derfor_after_one_of_several_points_gives_no_why() -> None:
    analysis = analysis_from_text(DERFOR_ALSO)
    before, s = analysis.sentences
    (clause,) = clauses(s, GRAMMAR)
    assert why_drafts(clause, "Hvorfor", before) == []
    plain = analysis_from_text(DERFOR_ALSO.replace("også også ADV _ 2 advmod\n", ""))
    assert why_drafts(clause, "Hvorfor", plain.sentences[0])  # the same without "også"


def test_questions_rules2_pronoun_not_named_past_another_person() -> None:
    analysis = analysis_from_text(SHAKA)
    s = analysis.sentences[1]
    clause = with_names(clauses(s, GRAMMAR)[0], analysis)
    assert clause.names == ()
