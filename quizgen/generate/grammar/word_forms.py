"""The answer's exact form, read from the lexicon and the sentence, and other words put
into that form: a wrong option must fit the gap on grammar as well as the answer does.

The answer's readings are the lexicon's readings of its form in its class, narrowed by
the words that agree with it in the sentence (``de``, ``et``, ``stort``, ``sine``, a
number): ``linjefag`` may be singular or plural, ``De særlige linjefag`` is plural. A
candidate is put into every reading left; when the readings give it different forms
(``hus``/``huse``) the sentence does not say which one is right, and it is dropped. A
singular noun's gender is kept as well: determiners, adjectives, possessives and
pronouns later in the sentence agree with it (``et stort ...``, ``sit ...``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from quizgen.analysis import Sentence, Token
from quizgen.extract.syntax import kids, number_value
from quizgen.lang.da.lexicon import Analysis as Reading
from quizgen.lang.da.lexicon import Entry, Form, lexicon

# Classes whose forms the lexicon inflects and whose distractors are made here.
INFLECTED = frozenset({"NOUN", "ADJ"})
# Words that agree with a noun in number and gender (not in definiteness: "den store
# mand" has a definite adjective and an indefinite noun).
_AGREEING = ("det", "amod", "nummod", "nmod:poss")
_AGREEMENT = ("Number", "Gender")
_SHAPE = ("Number", "Definite", "Degree", "Gender")
# The lexicon lists the plural "små" for the definite singular of "lille" as well:
# "den lille verden", never "den små verden".
_DEFINITE_SINGULAR = {("lille", "små"): "lille"}
_DEFINITE_ENDINGS = {"Com": "en", "Neut": "et"}  # of a noun's definite singular


@dataclass(frozen=True)
class Wanted:
    """The answer's lemma and class, the readings the sentence leaves it, and the
    gender a distractor must have (empty when the sentence does not fix one)."""

    lemma: str
    pos: str
    readings: tuple[Reading, ...]
    gender: tuple[str, ...]
    genitive: bool = False
    mass: bool = False  # a bare singular ("ingen panik"): only nouns without a plural fit

    @property
    def label(self) -> str:
        """The wanted form in UD features (for the record of why an option was chosen)."""
        feats = sorted({r.feats for r in self.readings})
        gender = f", gender {'/'.join(self.gender)}" if self.gender else ""
        return " or ".join(feats) + gender + (", genitive" if self.genitive else "")


def _last_part(text: str) -> str:
    """``IS-krigere`` is inflected like ``krigere``."""
    return text.rsplit("-", 1)[-1]


def wanted_form(token: Token, sentence: Sentence) -> Wanted | None:
    """The answer's form as the lexicon and the sentence fix it, or None when the
    lexicon does not know the word in the tagger's class."""
    if token.pos not in INFLECTED:
        return None
    lex = lexicon()
    genitive = token.feature("Case") == "Gen"
    readings = [
        r
        for r in lex.analyses(_last_part(token.text))
        if r.pos == token.pos and (r.feature("Case") == "Gen") == genitive
    ]
    lemmas = {r.lemma for r in readings}
    if len(lemmas) > 1:  # two lemmas: the one the tagger chose, if it is one of them
        readings = [r for r in readings if r.lemma == _last_part(token.lemma).lower()]
    if not readings or len({r.lemma for r in readings}) != 1:
        return None
    if _contradicts(token, readings):
        return None
    readings = _indeclinable(readings)
    # None left: the sentence and the lexicon disagree on the form ("mobilfri timer"),
    # and no distractor could be put in the right one.
    readings = [r for r in readings if _agrees(r, _agreement(token, sentence))]
    if not readings:
        return None
    lemma = readings[0].lemma
    gender: tuple[str, ...] = ()
    if token.pos == "NOUN" and all(r.feature("Number") == "Sing" for r in readings):
        entry = lex.entry(lemma, "NOUN")
        gender = _gender(entry, _last_part(token.text).lower(), _agreement(token, sentence))
        if not gender:
            return None  # a singular noun of unknown gender: no distractor can be checked
    return Wanted(lemma, token.pos, tuple(dict.fromkeys(readings)), gender, genitive)


def _gender(entry: Entry | None, text: str, allowed: dict[str, set[str]]) -> tuple[str, ...]:
    """The answer's gender: ``skrift`` is both, ``skriften`` only common, ``et skrift``
    only neuter (a two-gender distractor like ``legat`` would take the wrong one)."""
    if entry is None or len(entry.gender) < 2:
        return entry.gender if entry else ()
    said = allowed.get("Gender", set(entry.gender))
    if text.endswith("en"):
        said &= {"Com"}
    elif text.endswith("et"):
        said &= {"Neut"}
    return tuple(g for g in entry.gender if g in said) or entry.gender


def _contradicts(token: Token, readings: list[Reading]) -> bool:
    """The tagger's number is none the lexicon allows the form (``mobilfri`` tagged
    plural): one of them is wrong, and a distractor might follow the wrong one."""
    said = token.feature("Number")
    values = {r.feature("Number") for r in readings}
    return said is not None and None not in values and said not in values


def _indeclinable(readings: list[Reading]) -> list[Reading]:
    """``levende``, ``øde``: an adjective spelt alike in every form says nothing of the
    form the sentence wants, so a distractor must be alike in every form too."""
    if not readings or readings[0].pos != "ADJ" or readings[0].feature("Degree") != "Pos":
        return readings
    entry = lexicon().entry(readings[0].lemma, "ADJ")
    positive = (
        {f.text for f in entry.forms if dict(f.features).get("Degree") == "Pos"} if entry else set()
    )
    if len(positive) != 1:
        return readings
    lemma = readings[0].lemma
    slots = (
        (("Definite", "Def"), ("Degree", "Pos"), ("Number", "Sing")),
        (("Degree", "Pos"), ("Number", "Plur")),
    )
    return [*readings, *(Reading(lemma, "ADJ", slot) for slot in slots)]


def _agreement(token: Token, sentence: Sentence) -> dict[str, set[str]]:
    """The values of number and gender the words agreeing with ``token`` allow."""
    allowed: dict[str, set[str]] = {}

    def allow(name: str, values: set[str]) -> None:
        allowed[name] = allowed.get(name, values) & values

    for child in kids(sentence, token.i, _AGREEING):
        if child.pos == "NUM":
            amount = number_value(child.text)
            if amount is not None:
                allow("Number", {"Sing"} if amount == 1 else {"Plur"})
        elif child.pos == "ADJ":
            readings = [r for r in lexicon().analyses(child.text) if r.pos == "ADJ"]
            for name in _AGREEMENT:
                values = {r.feature(name) for r in readings}
                if readings and None not in values:
                    allow(name, {v for v in values if v})
        elif child.pos in ("DET", "PRON"):
            for name in _AGREEMENT:
                value = child.feature(name)
                if value in ("Sing", "Plur", "Com", "Neut"):
                    allow(name, {value})
    if token.pos == "ADJ" and token.dep == "amod":  # the noun fixes the adjective's form
        head = sentence.tokens[token.head]
        nouns = [r for r in lexicon().analyses(head.text) if r.pos == "NOUN"]
        for name in _AGREEMENT:
            values = {r.feature(name) for r in nouns}
            if head.feature(name) in values:  # "timer": hours, or one kitchen timer
                values = {head.feature(name)}
            if nouns and None not in values:
                allow(name, {v for v in values if v})
    return allowed


def _agrees(reading: Reading, allowed: dict[str, set[str]]) -> bool:
    return all(
        reading.feature(name) is None or reading.feature(name) in values
        for name, values in allowed.items()
    )


def inflect_like(lemma: str, wanted: Wanted) -> str | None:
    """``lemma`` in the answer's form, or None: not that class, not that gender, no such
    form, or a different form for readings the sentence cannot tell apart."""
    lex = lexicon()
    entry = lex.entry(lemma, wanted.pos)
    if entry is None:
        return None
    if wanted.gender and tuple(sorted(entry.gender)) != tuple(sorted(wanted.gender)):
        return None
    forms = set()
    for reading in wanted.readings:
        shape = {k: v for k, v in reading.features if k in _SHAPE}
        if wanted.pos == "NOUN":
            shape.pop("Gender", None)  # a noun's gender is its entry's, checked above
        # Homographs inflected apart ("dom": dommen, domen): the slot cannot say which
        # paradigm is meant, so they must agree, or the option may be no word at all.
        found = {_form(p.forms, shape, wanted.gender) for p in entry.paradigms()}
        if None in found or len(found) != 1:
            return None
        (form,) = found
        assert form is not None
        forms.add(_DEFINITE_SINGULAR.get((lemma, form), form) if _definite(shape) else form)
    if len(forms) != 1:
        return None
    (form,) = forms
    if wanted.genitive:
        form += "'" if form.endswith(("s", "x", "z")) else "s"
    return form


def _definite(shape: dict[str, str]) -> bool:
    return shape.get("Definite") == "Def" and shape.get("Number") == "Sing"


def _form(forms: tuple[Form, ...], shape: dict[str, str], gender: tuple[str, ...]) -> str | None:
    """The one form that carries every wanted feature itself: ``først`` has no neuter
    form, and the lexicon's own lookup would take one without gender for it. Two forms
    for one slot (``bogstavet`` and ``bogstaven``) leave the definite singular of the
    wanted gender, or nothing: the other may be no standard word."""
    found = list(
        dict.fromkeys(
            form.text
            for form in forms
            if all(dict(form.features).get(k) == v for k, v in shape.items())
        )
    )
    if len(found) > 1 and _definite(shape) and len(gender) == 1:
        ending = _DEFINITE_ENDINGS.get(gender[0], "")
        found = [text for text in found if text.endswith(ending)]
    return found[0] if len(found) == 1 else None


# Distractors try every word of the article for every gap: the lexicon's answers about
# one word are worked out once (the lexicon is loaded once and never changes).
@functools.lru_cache(maxsize=65536)
def lemma_of(word: str, pos: str, compounds: bool = True) -> str | None:
    """The one lemma of ``word`` in class ``pos``, or None: unknown in that class,
    ambiguous, or also an uninflected word (``retur``, ``først``: adverbs first).
    Without ``compounds`` only listed words count (``davidsen`` is no ``david`` +
    ``sen``)."""
    readings = lexicon().analyses(_last_part(word), compounds=compounds)
    if any(r.pos == "X" for r in readings):
        return None
    lemmas = {r.lemma for r in readings if r.pos == pos}
    return lemmas.pop() if len(lemmas) == 1 else None


@functools.lru_cache(maxsize=65536)
def related(lemma: str, other: str) -> bool:
    """The thesaurus lists one as a synonym, hypernym or hyponym of the other: the
    option may be right as well (``kost``/``ernæring``)."""
    lex = lexicon()

    def near(a: str, b: str) -> bool:
        return b in lex.synonyms(a) or b in lex.hypernyms(a) or b in lex.hyponyms(a)

    # Two words that share a synonym are near-synonyms themselves ("kyst"/"strand").
    shared = set(lex.synonyms(lemma)) & set(lex.synonyms(other))
    return near(lemma, other) or near(other, lemma) or bool(shared)
