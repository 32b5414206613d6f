"""Gaps that other words of the answer's class cannot fill on grammar, or that too many
words fill: no word-level distractor is made for them.

A careful reader rules an option out without the text when the slot takes only one kind
of word: a bare singular count noun is a fixed phrase (``fik han besked på``, ``gå glip
af``), an adverb before a noun (``helt [...] bliver``) or a noun right after a word that
is also an adjective (``lyse eller mørke pletter``) means the tagger misread the class, an
adjective after a preposition or a pronoun (``med rødt``, ``noget helt særligt``) is a
noun or has open meaning, and a period of time (``i skoleåret 2021-2022``) takes only
words of time. A gradable adjective (``en rolig måde``) describes, and another
description (``glad``, ``god``) may be true as well; a noun after a demonstrative
(``denne tredeling``) or after ``det er`` names what the pronoun points back to, and
any other word the text uses for that thing would be right too.
"""

from __future__ import annotations

import functools

from quizgen.analysis import Sentence, Token
from quizgen.lang.da.lexicon import lexicon
from quizgen.lang.grammar import Grammar

# Dependents that fix a noun's number and definiteness ("en", "ingen", "sin", "tre").
_DETERMINERS = ("det", "nummod", "nmod:poss")
_POLYSEMOUS_TIME = frozenset({"tid", "gang"})
_VAGUE_TIME = frozenset({"periode"})
_PEOPLE = frozenset({"person", "menneske"})
# Kinds of place beside the language's place nouns: rooms and dwellings.
_PLACE_KINDS = frozenset({"bygning", "bolig", "rum", "lokale", "hus", "opholdssted"})
_PARTS = frozenset({"del"})  # "landsdel", but a "smule" is a "del" too
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
    # "slag" is listed under "tid" (a round of a fight), "graviditet" under "periode"
    # beside "tilstand": a kind of those is a word of time only when it is nothing else.
    kinds = nouns - _POLYSEMOUS_TIME - _VAGUE_TIME
    hypernyms = lexicon().hypernyms(word)
    if word in nouns or any(h in kinds for h in hypernyms):
        return True
    return bool(hypernyms) and all(h in nouns or h.startswith("tids") for h in hypernyms)


# Asked of every option of every gap; a pure function of the (one, loaded) lexicon.
@functools.lru_cache(maxsize=65536)
def human(lemma: str) -> bool:
    """A person by the thesaurus: a kind of ``person`` or ``menneske`` within a few
    steps (``advokat``), or a compound whose head is (``ambulanceredder``); or, when the
    thesaurus does not know the word, a doer of a verb (``forsørger``, ``drømmer``)."""
    word = lemma.lower()
    heads = [word[i:] for i in range(len(word) - SHORTEST_HEAD + 1)]
    if any(_kind_of_person(head) for head in heads if lexicon().hypernyms(head)):
        return True
    return _doer(word)


def _doer(word: str) -> bool:
    """``forsørg-e`` + ``r``: a verb's doer. "printer", "fryser" are things, and the
    thesaurus says so: only a word it does not know is read this way."""
    if not word.endswith("er") or lexicon().hypernyms(word):
        return False
    return any(
        a.pos == "VERB" and a.feature("VerbForm") == "Inf" for a in lexicon().analyses(word[:-1])
    )


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


def gradable(lemma: str) -> bool:
    """The lexicon knows a comparative: ``rolig`` (``roligere``) describes, ``politisk``
    and ``enlig`` classify."""
    entry = lexicon().entry(lemma.lower(), "ADJ")
    return entry is not None and any(dict(f.features).get("Degree") == "Cmp" for f in entry.forms)


# Hypernyms the thesaurus gives words of judgement ("fantastisk" is a kind of "god").
DESCRIBING_SYNONYMS = 2
_JUDGEMENTS = frozenset({"god", "dårlig", "vigtig", "fuldstændig", "stor", "lille", "top"})


@functools.lru_cache(maxsize=8192)
def descriptive(lemma: str) -> bool:
    """An adjective that judges or describes: gradable by the lexicon, a present
    participle (``imponerende``), a kind of ``god`` or ``stor`` by the thesaurus, or a
    synonym of gradable ones (``spændende``: ``begivenhedsrig``, ``sensationel``)."""
    word = lemma.lower()
    if gradable(word) or word.endswith("ende"):
        return True
    lex = lexicon()
    if set(lex.hypernyms(word)) & _JUDGEMENTS:
        return True
    # One gradable synonym may come from another sense ("teknisk": "faglig"); two do not.
    return sum(" " not in s and gradable(s) for s in lex.synonyms(word)) >= DESCRIBING_SYNONYMS


def names_referent(token: Token, sentence: Sentence) -> bool:
    """``Denne [tredeling]``, ``Det er to forskellige [søgemaskiner]``: the noun names
    a thing the text brought up before, and the text may call it by other words too."""
    children = sentence.children(token.i)
    # "de nye linjefag": before an adjective the tagger's demonstrative is the article.
    pointing = any(c.dep == "det" and c.feature("PronType") == "Dem" for c in children)
    if pointing and not any(c.dep == "amod" for c in children):
        return True
    predicate = any(c.dep == "cop" for c in children)
    return predicate and any(c.dep.startswith("nsubj") and c.pos == "PRON" for c in children)


def _noun_slot(token: Token, sentence: Sentence, grammar: Grammar) -> str:
    children = sentence.children(token.i)
    if names_referent(token, sentence):
        return "names what a pronoun points back to: other words for it may be right"
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
    if token.feature("Degree") in ("Cmp", "Sup") or gradable(token.lemma):
        return "a gradable adjective: another description may be true as well"
    if token.dep == "amod":
        head = sentence.tokens[token.head]
        return "" if head.pos == "NOUN" else "an adjective on a pronoun: its meaning is open"
    children = sentence.children(token.i)
    if any(c.dep in ("det", "case") for c in children):
        return "an adjective standing for a noun"  # "efter noget helt særligt", "med rødt"
    if any(c.dep == "cop" for c in children) or token.dep == "xcomp":
        # "Hun var stadig [stakåndet]": a classifying word ("biokemisk") says nothing
        # of a state, and a describing one may be true as well.
        return "a predicate: no other adjective is plausible and wrong"
    return "an adjective standing for a noun"


def possessive_slip(sentence: Sentence) -> bool:
    """The source says "sin plads ... med dens ansatte" of one subject: in one
    clause a reflexive possessive and a plain third-person one of the same number both
    point to the subject, and the plain one should be reflexive ("sine"). Such a
    sentence teaches an error, and a learner who knows the rule sees no right option."""
    owners: dict[tuple[int, str], set[bool]] = {}
    for token in sentence.tokens:
        if token.feature("Poss") != "Yes" or token.feature("Person") != "3":
            continue
        key = (_clause(sentence, token), token.feature("Number[psor]"))
        owners.setdefault(key, set()).add(token.feature("Reflex") == "Yes")
    return any(len(kinds) == 2 for kinds in owners.values())


def _clause(sentence: Sentence, token: Token) -> int:
    """The verb (or root) a token's clause hangs from."""
    seen = {token.i}
    while token.pos not in ("VERB", "AUX") and token.head not in seen:
        seen.add(token.head)
        token = sentence.tokens[token.head]
    return token.i


def place(lemma: str, grammar: Grammar) -> bool:
    """A place one is in or goes to, by the language's place nouns or the thesaurus
    one step up (``lejlighed`` is a ``bolig``), or a compound on one (``behandlingssted``)."""
    word = lemma.lower()
    kinds = (grammar.nouns.place | _PLACE_KINDS) - _PARTS
    heads = {word} | {a.compound[-1] for a in lexicon().analyses(word) if a.compound}
    return any(h in kinds or set(lexicon().hypernyms(h)) & kinds for h in heads)


def locative(token: Token, sentence: Sentence, grammar: Grammar) -> bool:
    """The noun follows a preposition of place: ``i en lille [lejlighed]``."""
    prepositions = grammar.clauses.locative_prepositions
    return any(
        c.dep == "case" and c.text.lower() in prepositions for c in sentence.children(token.i)
    )
