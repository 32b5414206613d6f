"""The class and form a gap wants, read from the sentence where the tagger may be wrong,
and the other forms that fill the gap as well.

A word the lexicon reads both as a noun and as a finite verb (``gæster``, ``minder``)
is a verb when the sentence needs one: a bare noun with an object or an adverbial of
its own (``minder i stilen om ...``), or in a subordinate clause that has no other
finite verb (``mens holdet dagen før gæster byen``). Such a gap is no item: its hint
would name the wrong form, and its options would be nouns beside a verb.

An infinitive is one only after a modal (``kan udvikles``), the infinitive marker or a
governing verb. An ``-s`` form with a subject of its own and none of these is the
present passive (``at turneringen genoptages``); a "verb" with a copula is an adjective.

A predicative past participle in the plural may stand uninflected (``de er
berettiget``/``berettigede``), and an adjective's ``-t`` form before another adjective
or adverb is a degree word that may drop the ``-t`` (``utroligt``/``utrolig godt``):
both forms are right.
"""

from __future__ import annotations

from dataclasses import replace

from quizgen.analysis import Sentence, Token
from quizgen.lang.da.lexicon import lexicon

# Dependents that make a word a noun phrase's head: a determiner, a number, an owner, an
# adjective ("de to gæster", "sine minder", "gode minder").
_NOMINAL = frozenset({"det", "nummod", "nmod:poss", "amod", "det:poss"})
# Dependents that only a verb (or adjective) takes in the tagger's scheme.
_VERBAL = frozenset({"obj", "obl", "iobj", "nsubj", "expl"})
_INFINITIVE_HEADS = frozenset({"xcomp", "csubj"})


def reads_as_verb(token: Token, sentence: Sentence) -> bool:
    """A noun the sentence uses as its finite verb (see the module's docstring)."""
    if token.pos != "NOUN" or token.feature("Case") == "Gen":
        return False
    readings = lexicon().analyses(token.text.lower(), compounds=False)
    if not any(r.pos == "VERB" and r.feature("VerbForm") == "Fin" for r in readings):
        return False
    children = sentence.children(token.i)
    if any(c.dep in _NOMINAL for c in children):
        return False
    if any(c.dep in _VERBAL for c in children):
        return True
    # "nmod Esbjerg" with no preposition of its own: an object, read as the verb's.
    if any(c.dep == "nmod" and not sentence.children(c.i) and c.i > token.i for c in children):
        return True
    return _in_verbless_clause(token, sentence)


def _in_verbless_clause(token: Token, sentence: Sentence) -> bool:
    """The token stands in a subordinate clause (one with a subordinating conjunction)
    that has no finite verb."""
    for mark in sentence.tokens:
        if mark.dep != "mark" or mark.pos != "SCONJ" or mark.head == mark.i:
            continue
        clause = sentence.subtree(mark.head)
        if all(t.i != token.i for t in clause):
            continue
        if not any(_finite(t) for t in clause):
            return True
    return False


def _finite(token: Token) -> bool:
    return token.pos in ("VERB", "AUX") and token.feature("VerbForm") not in ("Inf", "Part")


def gap_reading(token: Token, sentence: Sentence) -> Token | None:
    """The token with the form the sentence gives it, or None when its class is in
    doubt: a noun that is the clause's verb, a "verb" with a copula."""
    if reads_as_verb(token, sentence):
        return None
    if token.pos not in ("VERB", "AUX") or token.feature("VerbForm") != "Inf":
        return token
    children = sentence.children(token.i)
    if any(c.dep == "cop" for c in children):
        return None  # "de er [åbne]": an adjective, whatever the tagger says
    governed = token.dep in _INFINITIVE_HEADS or any(
        c.dep.startswith("aux") or (c.dep == "mark" and c.pos == "PART") for c in children
    )
    if governed:
        return token
    if not any(c.dep.startswith("nsubj") for c in children):
        return token
    # A subject and no modal: the finite present ("at turneringen genoptages").
    finite = {"Mood": "Ind", "Tense": "Pres", "VerbForm": "Fin"}
    voice = token.feature("Voice") or "Act"
    said = {**finite, "Voice": voice}
    readings = lexicon().analyses(token.text.lower(), compounds=False)
    if not any(
        r.pos == "VERB" and all(r.feature(k) == v for k, v in said.items()) for r in readings
    ):
        return None
    return replace(token, morph="|".join(f"{k}={v}" for k, v in sorted(said.items())))


def also_right(token: Token, sentence: Sentence) -> tuple[str, ...]:
    """Other forms of the word that fill the gap as well (see the module's docstring)."""
    text = token.text
    lowered = text.lower()
    lex = lexicon()
    found: list[str] = []
    for reading in lex.analyses(lowered, compounds=False):
        if reading.pos != "ADJ":
            continue
        entry = lex.entry(reading.lemma, "ADJ")
        if entry is None:
            continue
        plural = entry.form(Degree="Pos", Number="Plur")
        base = reading.lemma
        if _predicative(token, sentence) and _participle(base):
            if reading.feature("Number") == "Plur":
                found.append(base)
            elif lowered == base and _plural_subject(token, sentence) and plural:
                found.append(plural)
        neuter = entry.form(Degree="Pos", Gender="Neut", Number="Sing")
        if _degree_word(token, sentence) and lowered in (neuter, base):
            found.append(base if lowered == neuter else neuter or base)
    shaped = (f[:1].upper() + f[1:] if text[:1].isupper() else f for f in found)
    return tuple(dict.fromkeys(f for f in shaped if f and f != text))


def _predicative(token: Token, sentence: Sentence) -> bool:
    return token.dep == "xcomp" or any(c.dep == "cop" for c in sentence.children(token.i))


def _participle(lemma: str) -> bool:
    """The adjective is a verb's past participle (``berettiget`` of ``berettige``)."""
    return any(
        r.pos == "VERB" and r.feature("VerbForm") == "Part"
        for r in lexicon().analyses(lemma, compounds=False)
    )


def _plural_subject(token: Token, sentence: Sentence) -> bool:
    return any(
        c.dep.startswith("nsubj") and c.feature("Number") == "Plur"
        for c in sentence.children(token.i)
    )


def _degree_word(token: Token, sentence: Sentence) -> bool:
    """An adjective's form that modifies another adjective or an adverb."""
    if token.dep != "advmod" or token.head == token.i:
        return False
    return sentence.tokens[token.head].pos in ("ADJ", "ADV")
