"""Every word and unit of an article that may become a vocabulary card, by lemma,
each occurrence checked against the lexicon first (``extract.lexical``): fixed
expressions, particle and reflexive verbs, adjective + noun terms, single words."""

from __future__ import annotations

from dataclasses import dataclass, field

from quizgen.analysis import Analysis, Sentence, Token
from quizgen.extract.candidates import is_candidate, repeated_pairs, unit_at
from quizgen.extract.expressions import expression_at
from quizgen.extract.levels import zipf
from quizgen.extract.lexical import (
    COMMON_LEMMA,
    checked_token,
    is_expression,
    known_spelling,
    lexicon_of,
)
from quizgen.lang import Language

Unit = tuple[str, str, str, tuple[int, ...], Token]  # lemma, class, kind, ids, head


@dataclass
class Gathered:
    pos: str
    kind: str  # word, compound, multiword, particle_verb, reflexive, expression
    # where: sentence, token ids, and the head token as the lexicon reads it
    tokens: list[tuple[Sentence, tuple[int, ...], Token]] = field(default_factory=list)


def gather(analysis: Analysis, stoplist: frozenset[str], language: Language) -> dict[str, Gathered]:
    """Every candidate word and unit by lemma, with where it occurs, in article order."""
    gathered: dict[str, Gathered] = {}
    # An adjective + noun pair said twice is a phrase ("komplet liste", "avanceret
    # søgning"), not a headword, unless the lexicon lists it as a fixed expression.
    terms = frozenset(p for p in repeated_pairs(analysis, language) if is_expression(p, language))
    function_words = language.grammar.vocabulary.function_words
    for sentence in analysis.sentences:
        for lemma, pos, kind, ids, head in sentence_units(sentence, stoplist, terms, language):
            lowered = lemma.lower()
            if lowered in stoplist or lowered in function_words:
                continue
            entry = gathered.setdefault(lemma, Gathered(pos, kind))
            if entry.pos != pos:
                continue  # "stammer" the verb beside "stamme" the noun: another word
            entry.tokens.append((sentence, ids, head))
    return gathered


def sentence_units(
    sentence: Sentence, stoplist: frozenset[str], terms: frozenset[str], language: Language
) -> list[Unit]:
    """The sentence's units and words, each token in at most one: what the parse joins
    (particle and reflexive verbs, terms) first, then the thesaurus's expressions."""
    units: list[Unit] = []
    consumed: set[int] = set()
    for token in sentence.tokens:
        if token.i in consumed or not is_candidate(token, stoplist, language):
            continue
        unit = _checked_unit(sentence, token, terms, language)
        if unit and not consumed.intersection(unit[3]):
            units.append(unit)
            consumed.update(unit[3])
    for token in sentence.tokens:
        found = expression_at(sentence, token, language) if token.i not in consumed else None
        if found and not consumed.intersection(found[2]):
            lemma, pos, ids = found
            head = (checked_token(token, language, sentence) if pos == "VERB" else None) or token
            units.append((lemma, pos, "expression", ids, head))
            consumed.update(ids)
    for token in sentence.tokens:
        if token.i in consumed or not is_candidate(token, stoplist, language):
            continue
        checked = checked_token(token, language, sentence)
        if checked is None or _idiom_noun(sentence, token, checked, language):
            continue
        if _adverb_as_noun(sentence, token, checked, language):
            continue
        kind = "compound" if "-" in checked.lemma else "word"
        units.append((checked.lemma, checked.pos, kind, (token.i,), checked))
    return sorted(units, key=lambda u: min(u[3]))


def _checked_unit(
    sentence: Sentence, token: Token, terms: frozenset[str], language: Language
) -> Unit | None:
    """A particle/reflexive verb or adjective + noun term, its words' lemmas as the
    lexicon has them; None when a word of it has no fitting reading."""
    unit = unit_at(sentence, token, terms, language)
    if unit is None:
        return None
    lemma, kind, ids = unit
    head = checked_token(token, language, sentence)
    if head is None:
        return None
    if kind == "multiword":
        word = sentence.tokens[ids[0]]
        adjective = checked_token(word, language, sentence)
        if head.pos != "NOUN" or not known_spelling(word.text, language):
            return None
        if adjective is not None and adjective.pos == "ADJ":
            return f"{adjective.lemma} {head.lemma}", "NOUN", kind, ids, head
        # "USA-ledede koalition": a participle as adjective keeps the parse's lemma
        return f"{lemma.split(' ')[0]} {head.lemma}", "NOUN", kind, ids, head
    if head.pos != "VERB":
        return None
    rest = lemma.split(" ", 1)[1]
    return f"{head.lemma} {rest}", "VERB", kind, ids, head


# Noun dependents that make a bare form a noun phrase ("en retur", "returen", "hurtig
# retur").
NOUN_DEPENDENTS = frozenset(
    {"det", "nmod:poss", "amod", "nummod", "case", "nmod", "acl", "acl:relcl"}
)


# The lexicon's classes of a word with no forms: an adverb, or one it lists without
# inflection ("retur").
UNINFLECTED = frozenset({"ADV", "X"})


def _adverb_as_noun(sentence: Sentence, parsed: Token, token: Token, language: Language) -> bool:
    """A bare singular read as a noun that the lexicon also lists uninflected, with
    nothing on it that only a noun has ("fik det retur", "tage hjem"): the adverb, a
    word with no forms to ask."""
    if token.pos != "NOUN" or token.feature("Definite") != "Ind":
        return False
    if parsed.feature("Number") == "Plur" or token.feature("Number") == "Plur":
        return False
    lex = lexicon_of(language)
    if lex is None or not any(a.pos in UNINFLECTED for a in lex.analyses(parsed.text.lower())):
        return False
    # A quote mark the parser hangs on the word as a modifier is no noun dependent.
    words = (t for t in sentence.children(parsed.i) if any(c.isalnum() for c in t.text))
    return not any(t.dep in NOUN_DEPENDENTS for t in words)


def _idiom_noun(sentence: Sentence, parsed: Token, token: Token, language: Language) -> bool:
    """A common noun bare after a preposition, with nothing else on it ("til slut", "i
    gang"): part of a fixed adverbial, not a noun to learn with its forms. (A bare
    plural, "med børn", is no idiom; the parse's number counts, as the lexicon reads
    "slut" as singular and plural alike.)"""
    if token.pos != "NOUN" or token.feature("Definite") != "Ind":
        return False
    if parsed.feature("Number") == "Plur":
        return False
    if zipf(token.lemma, language.code) < COMMON_LEMMA and not _uninflected_too(parsed, language):
        return False
    deps = [t.dep for t in sentence.children(token.i)]
    return "case" in deps and all(d in ("case", "punct") for d in deps)


def _uninflected_too(parsed: Token, language: Language) -> bool:
    """The lexicon also lists the bare form as a word without forms ("mod vest": the
    compass point, not the garment "vest" -> "veste"): the text's form does not settle
    which word it is, and only one of them has the forms a card asks."""
    lex = lexicon_of(language)
    return lex is not None and any(
        a.pos in UNINFLECTED for a in lex.analyses(parsed.text.lower(), compounds=False)
    )
