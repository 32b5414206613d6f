"""Which word a token is, when the lexicon reads its form as words of several classes
and the tagger picked one the sentence contradicts.

"presse" is a noun and a verb; "bekvemme" a verb and the plural of "bekvem";
"beskeden" an adjective and "besked" + -en; "nær" an adjective and a preposition. The
tagger's guess is kept unless the tree around the token says otherwise: a noun does
not take an auxiliary ("Du må ikke skubbe") nor a subject ("der afviger"), words
joined by "og" share a class ("digre og ikke bekvemme"), an adjective does not modify
a bare name ("nær Bulawayo").
Where the tree cannot settle it, the word makes no card.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizgen.analysis import Sentence, Token
from quizgen.extract.syntax import kids
from quizgen.lang.da.lexicon import Analysis as Reading

# An adjective standing alone after "og" ("og omvendt") modifies nothing: an adverbial.
_LONE = frozenset({"cc", "punct", "advmod"})


def parse_class(sentence: Sentence, token: Token, readings: Sequence[Reading]) -> str | None:
    """The class the token has in this sentence: the tagger's (AUX as VERB) unless the
    tree contradicts it and the lexicon has the class the tree asks for; None when the
    token is no content word here or the tree cannot tell between two words."""
    pos = "VERB" if token.pos == "AUX" else token.pos
    classes = {r.pos for r in readings}
    children = kids(sentence, token.i)
    if _possessive_participle(token, readings, children) or _place_adverb(
        token, readings, children
    ):
        return None
    if len(classes) < 2:
        return pos
    head = sentence.tokens[token.head] if token.head not in (None, token.i) else None
    if pos == "NOUN" and "VERB" in classes and any(c.dep == "aux" for c in children):
        return "VERB"  # "Du må ikke skubbe"
    if pos == "NOUN" and "VERB" in classes and _has_subject(children):
        return "VERB"  # "en plan, der afviger fra loven": a noun takes no subject
    if pos == "NOUN" and _only_finite_verb(sentence, token, readings, children):
        return "VERB"  # "i morgen besøger naboerne os": a clause needs its finite verb
    if pos == "VERB" and "ADJ" in classes:
        joined_to_adjective = token.dep == "conj" and head is not None and head.pos == "ADJ"
        if joined_to_adjective or any(c.dep == "cop" for c in children):
            return "ADJ"  # "digre og ikke bekvemme"
    if pos == "ADJ" and "NOUN" in classes and any(c.dep == "amod" for c in children):
        return "NOUN"  # "et skarpt lys": an adjective takes no adjective
    if pos == "NOUN" and _adjective_as_noun(readings, children):
        return "ADJ"  # "de unge": not the noun "en unge"
    if pos == "ADJ":
        return _adjective(token, head, children, readings, classes)
    return pos


def _adjective_as_noun(readings: Sequence[Reading], children: list[Token]) -> bool:
    """A plural determiner on a form that is a singular noun and the plural of an
    adjective, with no adjective between ("de unge" are young people, not kids: "en
    unge"): the number settles it. ("den unge" could be "that kid", and is left.)"""
    nouns = [r for r in readings if r.pos == "NOUN"]
    bare_noun = bool(nouns) and all(
        r.feature("Definite") == "Ind" and r.feature("Number") == "Sing" for r in nouns
    )
    adjective = any(r.pos == "ADJ" and r.feature("Number") == "Plur" for r in readings)
    plural = any(c.dep == "det" and c.feature("Number") == "Plur" for c in children)
    return bare_noun and adjective and plural and all(c.dep != "amod" for c in children)


def _adjective(
    token: Token,
    head: Token | None,
    children: list[Token],
    readings: Sequence[Reading],
    classes: set[str],
) -> str | None:
    if "ADP" in classes and head is not None and head.pos == "PROPN":
        return None  # "nær Bulawayo": a preposition
    joined_to_verb = token.dep == "conj" and head is not None and head.pos in ("VERB", "AUX")
    if joined_to_verb and all(c.dep in _LONE for c in children):
        return None  # "..., og omvendt": an adverbial, not an adjective
    other_nouns = {r.lemma for r in readings if r.pos == "NOUN" and _definite(r)} - {
        r.lemma for r in readings if r.pos == "ADJ"
    }
    if other_nouns and token.dep != "amod":
        return None  # "var beskeden fra ...": besked + -en as much as the adjective
    return "ADJ"


# Danish superlatives end so; a headword ending so is a superlative made a word of its
# own ("øverst", "forrest"), in its bare form an adverb of place more often than not.
_SUPERLATIVE = "st"


def _place_adverb(token: Token, readings: Sequence[Reading], children: list[Token]) -> bool:
    """ "Nederst på listen står ...": a superlative headword in its bare form that
    modifies no noun and is no predicate is an adverb; an adjective card of it would ask
    forms the text does not use ("nederste")."""
    form = token.text.lower()
    bare = all(r.pos == "ADJ" and r.lemma == form for r in readings)
    if not readings or not bare or not form.endswith(_SUPERLATIVE):
        return False
    return token.dep != "amod" and not any(c.dep in ("cop", "nsubj") for c in children)


def _possessive_participle(
    token: Token, readings: Sequence[Reading], children: list[Token]
) -> bool:
    """ "de indstilledes forslag": a participle used as a noun, in the genitive, which the
    lexicon reads only as a finite past passive. A finite verb takes no determiner and
    owns nothing, so the form is no verb; it is no card either (the lexicon has no word
    to ask it of)."""
    passive = all(
        r.pos == "VERB" and r.feature("Voice") == "Pass" and r.feature("VerbForm") == "Fin"
        for r in readings
    )
    owned = token.dep == "nmod:poss" or any(c.dep == "det" for c in children)
    return bool(readings) and passive and owned


def _has_subject(children: list[Token]) -> bool:
    """A subject and no copula: the token is a predicate verb ("han er lærer" is a
    noun predicate with a subject and "er")."""
    deps = {c.dep for c in children}
    return bool(deps & {"nsubj", "nsubj:pass"}) and "cop" not in deps


# Tokens that end a clause when reading left and right from a word.
_CLAUSE_EDGE = frozenset({"PUNCT", "SCONJ", "CCONJ"})
# Dependents only a noun has: with one of them the word is a noun whatever the clause.
_NOUN_ONLY = frozenset({"det", "amod", "nummod", "nmod:poss"})


def _only_finite_verb(
    sentence: Sentence, token: Token, readings: Sequence[Reading], children: list[Token]
) -> bool:
    """A bare form that is also a verb's present tense, followed by its complement, in
    a clause with no other finite verb: the clause's verb, which the tagger took for a
    plural or an agent noun. (Ending its clause, "..., huse og haver.", it is a noun of
    a list.)"""
    present = any(r.pos == "VERB" and r.feature("Tense") == "Pres" for r in readings)
    if not present or any(c.dep in _NOUN_ONLY for c in children):
        return False
    tokens = sentence.tokens
    if token.i + 1 >= len(tokens) or tokens[token.i + 1].pos in _CLAUSE_EDGE:
        return False
    start = token.i
    while start > 0 and tokens[start - 1].pos not in _CLAUSE_EDGE:
        start -= 1
    end = token.i
    while end + 1 < len(tokens) and tokens[end + 1].pos not in _CLAUSE_EDGE:
        end += 1
    clause = [t for t in tokens[start : end + 1] if t.i != token.i]
    return not any(_finite(t) for t in clause)


def _finite(token: Token) -> bool:
    return token.pos in ("VERB", "AUX") and token.feature("VerbForm") in ("Fin", None)


def _definite(reading: Reading) -> bool:
    return reading.feature("Definite") == "Def"
