"""Words that tell whether a text sentence can be printed alone as a prompt.

Read by ``quizgen.generate.grammar.source_checks`` and ``standalone``: linking words that
point at text not shown, the marks of photo captions and lists, and the words of the
source errors a prompt must not copy. A language without them checks nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


def _no_verb_forms(word: str) -> frozenset[str]:
    return frozenset()


def _no_plural(word: str) -> str:
    return ""


@dataclass(frozen=True)
class SourceWords:
    # "derfor", "imidlertid": a sentence adverb that ties the sentence to the one before;
    # in the middle field it can be left out and the rest keeps its word order
    middle_linking: frozenset[str] = frozenset()
    # "kun", "alene": "ikke kun ..., men også ..." pairs the words, which then stay
    correlatives: frozenset[str] = frozenset()
    # "i øvrigt", "til gengæld": the same, in two words
    linking_pairs: frozenset[str] = frozenset()  # the two words with a space
    # "for det tredje": an enumerator that opens a sentence in a list of points
    enumerator_openers: frozenset[str] = frozenset()  # the words with spaces
    # "foto", "billede": a sentence about the picture, or a credit line ("Foto: ...")
    caption_nouns: frozenset[str] = frozenset()
    caption_verbs: frozenset[str] = frozenset()  # "tage": "Billedet er taget ..."
    credit_marks: tuple[str, ...] = ()  # "leveret af": a credit line
    perfect_auxiliary: str = ""  # "have": takes a participle, never an infinitive
    than: str = ""  # "end" after a comparative
    than_misspelt: str = ""  # "en", written for it
    comparatives: frozenset[str] = frozenset()  # "mere", "bedre": comparatives the tagger misses
    expletive_verbs: frozenset[str] = frozenset()  # "er", "var": "der er" as a formal subject
    quantifiers: frozenset[str] = frozenset()  # "der er mange at vælge imellem" is right
    infinitive_mark: str = ""  # "at"
    # "værende": a present participle used as an adjective (an anglicism), except after
    # the words that take it ("som værende")
    participle_misuse: frozenset[str] = frozenset()
    participle_allowed_after: frozenset[str] = frozenset()
    # "de", "dem": pronouns that may have a capital inside a sentence (the polite "De",
    # a name's "Den"), written in lower case
    capitalised_pronouns: frozenset[str] = frozenset()
    # "der", "som": a relative clause's first word after a comma
    relatives: frozenset[str] = frozenset()
    # word -> the UD VerbForm values (Inf, Fin, Part) its verb readings have, with Imp
    # for an imperative
    verb_forms: Callable[[str], frozenset[str]] = _no_verb_forms
    # adjective -> its plural form, "" when it has none of its own ("gratis", "lilla")
    adjective_plural: Callable[[str], str] = _no_plural
