"""Which sentences can become statements: whole sentences of the running text that
say something on their own, not headings, fragments, datelines, quotations or
sentences whose pronouns point to a sentence before them."""

from __future__ import annotations

from dataclasses import replace

from quizgen.analysis import Analysis, Entity, Sentence, Token
from quizgen.generate.grammar.standalone import unusable
from quizgen.generate.questions.precision import unknown_word
from quizgen.lang.grammar import Grammar

QUOTE_MARKS = frozenset({'"', "'", "«", "»", "“", "”", "„", "\u2018", "\u2019"})
_DASHES = ("-", "\u2013", "\u2014")


def _balanced(sentence: Sentence) -> bool:
    depth = 0
    for token in sentence.tokens:
        depth += {"(": 1, ")": -1}.get(token.text, 0)
        if depth < 0:
            return False
    return depth == 0


def points_outside(
    sentence: Sentence, token: Token, entities: tuple[Entity, ...], grammar: Grammar
) -> bool:
    """A pronoun whose referent the statement would lose; "han" after a person named
    earlier in the same sentence keeps it."""
    words = grammar.statements
    text = token.text.lower()
    if text in grammar.pronouns.first_person:
        return True
    following = sentence.tokens[token.i + 1] if token.i + 1 < len(sentence.tokens) else None
    if text in ("de", "disse") and following is not None and following.pos == "NUM":
        # "deler de to lande": which two, the sentence before says; deeper in a
        # phrase ("ud af byerne i de to lande") the statement is not about them.
        return sentence.tokens[token.head].dep.split(":")[0] in ("nsubj", "obj", "iobj")
    if text not in words.outside_pronouns or token.dep == "expl":
        return False
    # "Hans udtalelser": whose, the sentence before says
    possessive = token.feature("Poss") == "Yes"
    if token.pos == "DET" and text not in ("denne", "dette", "disse") and not possessive:
        return False  # "den store by": an article, not a pronoun
    head = sentence.tokens[token.head]
    if head.i > token.i and head.pos in ("NOUN", "PROPN") and not possessive:
        return False  # "de kurdisk ledede SDF-styrker", tagged as a pronoun
    if token.dep == "det" and head.pos not in ("ADJ", "NUM") and not possessive:
        return False  # an article; "De næste var ..." has none of the next what
    nouns_before = any(t.pos in ("NOUN", "PROPN") for t in sentence.tokens[: token.i])
    if possessive and text not in words.person_pronouns and nouns_before:
        return False  # "spurgt 3.000 elever om deres søvnvaner": theirs, in the sentence
    if text in words.person_pronouns:
        named = any(t.ent_type == "PER" for t in sentence.tokens[: token.i])  # resolved
        return not named and not any(
            e.sentence == sentence.index and e.label == "PER" and e.end <= token.i for e in entities
        )
    return True


def _glued(token: Token) -> bool:
    """A capitalised function word inside the sentence ("... med Nakskov Der springes"):
    two sentences the splitter ran together."""
    function = ("PRON", "ADV", "AUX", "DET", "ADP", "CCONJ", "SCONJ", "PART")
    return token.text[:1].isupper() and token.pos in function and not token.ent_type


def _shouted(tokens: tuple[Token, ...], grammar: Grammar) -> bool:
    """A word of the language in capitals before a capitalised word ("LUKKET Museet
    åbner ..."): a headline the splitter ran into the sentence."""
    first, second = tokens[0].text, tokens[1].text
    return (
        len(first) >= 3
        and first.isalpha()
        and first.isupper()
        and second[:1].isupper()
        and grammar.spelled(first.lower())
    )


def compares_outside(sentence: Sentence, grammar: Grammar) -> bool:
    """A comparative after "endnu" with no "end" after it ("blev endnu stærkere"):
    stronger than what, the sentence before says."""
    tokens = sentence.tokens
    still, than = grammar.statements.still_more, grammar.sources.than
    for token in tokens[:-1]:
        if token.text.lower() != still or tokens[token.i + 1].feature("Degree") != "Cmp":
            continue
        if not any(t.text.lower() == than for t in tokens[token.i + 2 :]):
            return True
    return False


def comma_before_verb(sentence: Sentence) -> bool:
    """A comma between a fronted adverbial with no verb of its own and the finite verb
    ("For to dage siden, blev ..."): a slip a statement would copy. After a fronted
    clause ("Da han kom, gik vi") the comma is right."""
    tokens = sentence.tokens
    comma = next((t.i for t in tokens if t.text == ","), None)
    if not comma or comma + 1 >= len(tokens):
        return False
    verb = tokens[comma + 1]
    main = verb.dep == "ROOT" or tokens[verb.head].dep == "ROOT"
    fronted_verb = any(t.pos in ("VERB", "AUX") for t in tokens[:comma])
    return main and verb.feature("VerbForm") == "Fin" and not fronted_verb


def statement_ok(
    sentence: Sentence,
    headings: frozenset[int],
    entities: tuple[Entity, ...],
    grammar: Grammar,
    pronouns: bool = True,
) -> bool:
    """A sentence of the running text a statement can be made of; ``pronouns=False``
    leaves out the check for pronouns, for statements made of a part of it."""
    tokens = sentence.tokens
    if sentence.index in headings or not 6 <= len(tokens) <= 35:
        return False
    first = tokens[0].text
    return (
        (first[:1].isupper() or first[:1].isdigit())
        and first not in _DASHES
        and first.lower() != grammar.clauses.expletive  # "Der venter rytterne ...": there?
        and tokens[-1].text == "."
        and (not tokens[-2].is_punct or tokens[-2].text == ")")  # "Viva!."
        and not any(t.text in QUOTE_MARKS or t.text in (":", ";") for t in tokens)
        and _balanced(sentence)
        and not any(_glued(t) for t in tokens[1:])
        and not _shouted(tokens, grammar)
        and not (tokens[0].pos == "ADV" and tokens[1].text == ",")  # "Senere, ...": after what?
        and not (pronouns and any(points_outside(sentence, t, entities, grammar) for t in tokens))
        and not unusable(sentence, grammar)  # a statement would copy the typo
        # a word the lexicon does not know, even tagged a name: a slip in the source
        and not unknown_word(sentence, {t.i for t in tokens}, grammar)
        and not compares_outside(sentence, grammar)
        and not comma_before_verb(sentence)
    )


def subject_pronoun(sentence: Sentence, grammar: Grammar) -> int | None:
    """The one "han"/"hun" that is the subject of the sentence's main clause, first
    ("Han kom") or after the finite verb ("I går kom hun"), or None."""
    words = grammar.statements.person_pronouns
    found = [
        t.i
        for t in sentence.tokens
        if t.text.lower() in words
        and t.dep.startswith("nsubj")
        and t.feature("Case") == "Nom"
        and sentence.tokens[t.head].dep == "ROOT"
    ]
    return found[0] if len(found) == 1 else None


def antecedent(analysis: Analysis, index: int, grammar: Grammar) -> str | None:
    """The person the subject "han"/"hun" of a sentence stands for: the one person
    named in the nearest sentence before it that names anyone (within two sentences)."""
    sentence = analysis.sentences[index]
    at = subject_pronoun(sentence, grammar)
    named = (e for e in analysis.entities if e.sentence == index and e.label == "PER")
    if at is None or any(e.start < at for e in named):
        return None  # a person named before it in the sentence may be the one meant
    for back in (index - 1, index - 2):
        if back < 0:
            return None
        people = {e.text for e in analysis.entities if e.sentence == back and e.label == "PER"}
        if people:
            return people.pop() if len(people) == 1 else None
    return None


def resolved(sentence: Sentence, name: str, at: int = 0) -> Sentence:
    """The sentence with its word ``at``, a pronoun, replaced by the name it stands for."""
    token = replace(sentence.tokens[at], text=name, pos="PROPN", ent_type="PER", ent_iob="B")
    return replace(sentence, tokens=(*sentence.tokens[:at], token, *sentence.tokens[at + 1 :]))


def opens_with_link(text: str, sentence: Sentence, grammar: Grammar) -> bool:
    """A statement whose first word ties it to a sentence before ("Også ...",
    "Derfor ...", "Men ..."): out of the text it asks "also besides whom?" (review).
    ``sentence`` is its source, whose conjunctions say which words are "og", "men"."""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    links = (
        grammar.statements.linking_adverbs
        | grammar.clauses.linking_adverbs
        | grammar.clauses.anaphoric_openers
    )
    conjunctions = {t.text.lower() for t in sentence.tokens if t.pos == "CCONJ"}
    return first in links or first in conjunctions
