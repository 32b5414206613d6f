"""Gaps that other words of the answer's class cannot fill on grammar, or that too many
words fill: no word-level distractor is made for them.

A careful reader rules an option out without the text when the slot takes only one kind
of word: a bare singular count noun is a fixed phrase (``fik han besked på``, ``gå glip
af``), an adverb before a noun (``helt [...] bliver``) or a noun right after a word that
is also an adjective (``lyse eller mørke pletter``) means the tagger misread the class, an
adjective after a preposition or a pronoun (``med rødt``, ``noget helt særligt``) is a
noun or has open meaning, and a period of time (``i skoleåret 2021-2022``) takes only
words of time.
"""

from __future__ import annotations

import functools

from quizgen.analysis import Sentence, Token
from quizgen.lang.da.lexicon import lexicon
from quizgen.lang.grammar import Grammar

# Dependents that fix a noun's number and definiteness ("en", "ingen", "sin", "tre").
_DETERMINERS = ("det", "nummod", "nmod:poss")
_POLYSEMOUS_TIME = frozenset({"tid", "gang"})
_PEOPLE = frozenset({"person", "menneske"})
PERSON_STEPS = 2
SHORTEST_HEAD = 4  # "redder" in "ambulanceredder"; no two-letter "er"


def bare_singular(sentence: Sentence, token: Token) -> bool:
    """An indefinite singular noun with no determiner: ``besked`` in ``fik besked på``."""
    if token.pos != "NOUN" or token.feature("Case") == "Gen":
        return False
    if token.feature("Number") != "Sing" or token.feature("Definite") != "Ind":
        return False
    return not any(c.dep in _DETERMINERS for c in sentence.children(token.i))


def countable(lemma: str) -> bool:
    """The lexicon knows a plural: ``besked`` has ``beskeder``, ``panik`` none."""
    entry = lexicon().entry(lemma, "NOUN")
    return entry is not None and any(dict(f.features).get("Number") == "Plur" for f in entry.forms)


def timed(lemma: str, grammar: Grammar) -> bool:
    """A time noun, or a kind of one by the thesaurus (``skoleår`` is a kind of ``år``,
    ``hverdag`` of ``dag``): such a slot ("i [...] 2018-2019") takes only words of time."""
    word = lemma.lower()
    nouns = grammar.time.nouns
    kinds = nouns - _POLYSEMOUS_TIME  # "slag" is listed under "tid" (a round of a fight)
    return word in nouns or any(h in kinds for h in lexicon().hypernyms(word))


# Asked of every option of every gap; a pure function of the (one, loaded) lexicon.
@functools.lru_cache(maxsize=65536)
def human(lemma: str) -> bool:
    """A person by the thesaurus: a kind of ``person`` or ``menneske`` within a few
    steps (``advokat``), or a compound whose head is (``ambulanceredder``)."""
    word = lemma.lower()
    heads = [word[i:] for i in range(len(word) - SHORTEST_HEAD + 1)]
    return any(_kind_of_person(head) for head in heads if lexicon().hypernyms(head))


def _kind_of_person(word: str) -> bool:
    seen, layer = {word}, {word}
    for _ in range(PERSON_STEPS):
        layer = {h for w in layer for h in lexicon().hypernyms(w)} - seen
        if layer & _PEOPLE:
            return True
        seen |= layer
    return False


def spans_time(lemma: str, grammar: Grammar) -> bool:
    """A word for a stretch of time by the thesaurus: a kind of another time noun or of
    a "tids-" word (``tidsrum``); ``klokke`` (its "tid" is a clock's) and ``jul`` (a
    holiday) are not."""
    nouns = grammar.time.nouns
    if lemma in grammar.time.clock_words or lemma.startswith("klokke"):
        return False
    return any(h in nouns - {"tid"} or h.startswith("tids") for h in lexicon().hypernyms(lemma))


def overlapping_times(lemma: str, other: str, grammar: Grammar) -> bool:
    """Two kinds of the same time noun may overlap: ``mandag`` and ``hverdag`` are both
    days, and Mondays are weekdays; ``nat`` and ``hverdag`` are not."""
    nouns = grammar.time.nouns - {"tid"}
    lex = lexicon()
    return bool(set(lex.hypernyms(lemma)) & set(lex.hypernyms(other)) & nouns)


def closed_slot(token: Token, sentence: Sentence, grammar: Grammar) -> str:
    """Why other words of the class cannot stand in the gap, or "" when they can."""
    if token.pos == "NOUN":
        return _noun_slot(token, sentence, grammar)
    if token.pos == "ADJ":
        return _adjective_slot(token, sentence)
    return ""


def _noun_slot(token: Token, sentence: Sentence, grammar: Grammar) -> str:
    children = sentence.children(token.i)
    if any(c.pos == "ADV" and c.i < token.i for c in children):
        return "an adverb before the noun: the tagger misread the class"
    after = sentence.tokens[token.i + 1] if token.i + 1 < len(sentence.tokens) else None
    readings = lexicon().analyses(token.text)
    if after is not None and after.pos == "NOUN" and any(r.pos == "ADJ" for r in readings):
        return "also an adjective, before a noun"
    # "Onsdag er der hviledag": words of time stand bare, and other words of time do too.
    lemma = token.lemma.lower()
    if bare_singular(sentence, token) and countable(lemma) and not timed(lemma, grammar):
        return "a bare singular count noun: a fixed phrase"
    return ""


def _adjective_slot(token: Token, sentence: Sentence) -> str:
    if token.dep == "amod":
        head = sentence.tokens[token.head]
        return "" if head.pos == "NOUN" else "an adjective on a pronoun: its meaning is open"
    children = sentence.children(token.i)
    if any(c.dep in ("det", "case") for c in children):
        return "an adjective standing for a noun"  # "efter noget helt særligt", "med rødt"
    if any(c.dep == "cop" for c in children) or token.dep == "xcomp":
        return ""
    return "an adjective standing for a noun"
