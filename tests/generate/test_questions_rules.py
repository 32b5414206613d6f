"""The question rule sets: linking adverbs dropped, instructions skipped, pronouns named
or refused, why-questions, who-said questions, accepted answer variants."""

from __future__ import annotations

import pytest
from analysis_builders import analysis_from_text, sentence
from pydantic import ValidationError

from quizgen.config.generation import Phrasings, QuestionsConfig
from quizgen.config.schema import Config
from quizgen.extract.facts import extract_facts
from quizgen.extract.syntax import subtree_ids
from quizgen.generate.context import GenerationContext
from quizgen.generate.grammar.clauses import clauses
from quizgen.generate.grammar.word_order import question
from quizgen.generate.questions import drafts
from quizgen.generate.questions.pronouns import with_names
from quizgen.generate.questions.reasons import why_drafts
from quizgen.generate.questions.speech import said_drafts
from quizgen.generate.questions.variants import variants
from quizgen.lang import get_language

GRAMMAR = get_language("da").grammar

DERFOR = """
Marsken marsk NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
vokser vokse VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
derfor derfor ADV _ 2 advmod
stadig stadig ADV _ 2 advmod
i i ADP _ 6 case
vest vest NOUN Definite=Ind|Gender=Com|Number=Sing 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""

FORDI = """
Marsken marsk NOUN Definite=Def|Gender=Com|Number=Sing 3 nsubj
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 3 cop
frodig frodig ADJ Degree=Pos 0 root SpaceAfter=No
, , PUNCT _ 7 punct
fordi fordi SCONJ _ 7 mark
jorden jord NOUN Definite=Def|Gender=Com|Number=Sing 7 nsubj
indeholder indeholde VERB Mood=Ind|Tense=Pres|VerbForm=Fin 3 advcl
næring næring NOUN Definite=Ind|Gender=Com|Number=Sing 7 obj SpaceAfter=No
. . PUNCT _ 3 punct
"""

DA_TEMPORAL = """
Betjenten betjent NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
stod stå VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
i i ADP _ 4 case
haven have NOUN Definite=Def|Gender=Com|Number=Sing 2 obl SpaceAfter=No
, , PUNCT _ 8 punct
da da SCONJ _ 8 mark
tasken taske NOUN Definite=Def|Gender=Com|Number=Sing 8 nsubj
faldt falde VERB Mood=Ind|Tense=Past|VerbForm=Fin 2 advcl SpaceAfter=No
. . PUNCT _ 2 punct
"""

IMPERATIVE = """
Brug brug NOUN Definite=Ind|Gender=Com|Number=Sing 3 nsubj
ikke ikke ADV _ 3 advmod
fejlmeddelelser fejlmeddelelse NOUN Definite=Ind|Gender=Com|Number=Plur 0 root
til til ADP _ 5 case
advarsler advarsel NOUN Definite=Ind|Gender=Com|Number=Plur 3 nmod SpaceAfter=No
. . PUNCT _ 3 punct
"""

NAMED = """
Mustafa Mustafa PROPN _ 2 nsubj Ent=B-PER
Bali Bali PROPN _ 1 flat Ent=I-PER
ankom ankomme VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
i i ADP _ 5 case
går går NOUN _ 3 obl SpaceAfter=No
. . PUNCT _ 3 punct

Han han PRON Case=Nom|Gender=Com|Number=Sing|Person=3|PronType=Prs 2 nsubj
rejste rejse VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
i i ADP _ 4 case
Baghouz Baghouz PROPN _ 2 obl Ent=B-LOC
med med ADP _ 7 case
hans hans DET Poss=Yes|PronType=Prs 7 det
bror bror NOUN Definite=Ind|Gender=Com|Number=Sing 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""

QUOTE = """
» » PUNCT _ 4 punct SpaceAfter=No
Vi vi PRON Case=Nom|Number=Plur|Person=1|PronType=Prs 4 nsubj
er være AUX Mood=Ind|Tense=Pres|VerbForm=Fin 4 cop
klar klar ADJ Degree=Pos 9 ccomp
til til ADP _ 6 case
kampen kamp NOUN Definite=Def|Gender=Com|Number=Sing 4 obl SpaceAfter=No
« « PUNCT _ 4 punct SpaceAfter=No
, , PUNCT _ 4 punct
siger sige VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
Lene Lene PROPN _ 9 nsubj Ent=B-PER
Holm Holm PROPN _ 10 flat Ent=I-PER|SpaceAfter=No
. . PUNCT _ 9 punct
"""


def _ctx(conllu: str, config: Config | None = None) -> GenerationContext:
    analysis = analysis_from_text(conllu)
    return GenerationContext(analysis, (), extract_facts(analysis), config or Config())


def test_questions_rules_linking_adverb_is_dropped() -> None:
    s = sentence(DERFOR)
    (clause,) = clauses(s)
    target = subtree_ids(s, 5)
    assert question(clause, "Hvor", target) == "Hvor vokser marsken stadig?"


def test_questions_rules_no_clause_of_an_instruction() -> None:
    assert clauses(sentence(IMPERATIVE), GRAMMAR) == []


def test_questions_rules_why_from_a_reason_clause() -> None:
    s = sentence(FORDI)
    main = next(c for c in clauses(s) if not c.subordinate)
    (draft,) = why_drafts(main, "Hvorfor", None)
    assert draft.prompt == "Hvorfor er marsken frodig?"
    assert draft.answer == "fordi jorden indeholder næring"
    assert "jorden indeholder næring" in draft.accepted


def test_questions_rules_temporal_da_gives_no_why() -> None:
    s = sentence(DA_TEMPORAL)
    main = next(c for c in clauses(s) if not c.subordinate)
    assert why_drafts(main, "Hvorfor", None) == []


def test_questions_rules_why_from_derfor_after_a_short_reason() -> None:
    before = sentence(FORDI.replace(", , PUNCT _ 7 punct\n", ""), index=0)  # one clause in another
    s = sentence(DERFOR, index=1)
    (clause,) = clauses(s)
    found = why_drafts(
        clause, "Hvorfor", sentence(DA_TEMPORAL.split("\n, ,")[0] + "\n. . PUNCT _ 2 punct", 0)
    )
    assert [d.prompt for d in found] == ["Hvorfor vokser marsken stadig i vest?"]
    assert found[0].answer.startswith("betjenten stod i haven")
    # a sentence of two statements gives no single reason
    assert why_drafts(clause, "Hvorfor", before) == []


def test_questions_rules_pronoun_takes_the_one_name_before_it() -> None:
    analysis = analysis_from_text(NAMED)
    s = analysis.sentences[1]
    clause = with_names(clauses(s)[0], analysis)
    assert (
        question(clause, "Hvorhen", subtree_ids(s, 3))
        == "Hvorhen rejste Mustafa Bali med Mustafa Balis bror?"
    )


def test_questions_rules_unnamed_pronoun_is_not_asked() -> None:
    prompts = [d.prompt for d in drafts(_ctx(NAMED.split("\n\n")[1]))]
    assert not any(" han" in p.lower() or "hans" in p.lower() for p in prompts)
    named = [d.prompt for d in drafts(_ctx(NAMED))]
    assert "Hvor rejste Mustafa Bali med Mustafa Balis bror?" in named


def test_questions_rules_who_said_a_quote() -> None:
    s = sentence(QUOTE)
    (draft,) = said_drafts(s, Phrasings().said, GRAMMAR)
    assert draft.prompt == "Hvem siger: »Vi er klar til kampen«?"
    assert draft.answer == "Lene Holm"
    assert draft.accepted == ("Holm",)


def test_questions_rules_variants_of_answers() -> None:
    assert variants("tre", ("tre lastbiler",), "number", GRAMMAR) == (
        "3",
        "tre lastbiler",
        "3 lastbiler",
    )
    assert variants("i Baghouz", (), "LOC", GRAMMAR) == ("Baghouz",)
    assert variants("Mustafa Bali", (), "PER", GRAMMAR) == ("Bali",)
    assert "fem" in variants("5", (), "number", GRAMMAR)


def test_questions_rules_config_chooses_the_kinds_asked() -> None:
    only_why = Config.model_validate({"questions": {"kinds": ["why"]}})
    found = drafts(_ctx(FORDI, only_why))
    assert found and {d.asks for d in found} == {"why"}


def test_questions_rules_config_said_phrasing_is_checked() -> None:
    with pytest.raises(ValidationError, match="quote"):
        QuestionsConfig.model_validate({"phrasings": {"said": "Hvem sagde det?"}})
    with pytest.raises(ValidationError, match="speaker"):
        QuestionsConfig.model_validate({"phrasings": {"said": "Hvem: {quote} {speaker}?"}})
    with pytest.raises(ValidationError):
        QuestionsConfig.model_validate({"kinds": ["whom"]})
