"""Is a Danish common noun a person (asked ``hvem``) or a thing (asked ``hvad``)? Read
from the thesaurus hypernyms of the lexicon: ``satiriker`` is a ``person``, ``printer``
a ``maskine``. A word the thesaurus gives both senses (``model``, ``guide``) is unsure."""

from __future__ import annotations

from functools import lru_cache

from quizgen.lang.da import words as w

# What the thesaurus files people under (it also lists "mand" and "hoved" for them)
PERSON_CLASSES = frozenset({"person", "menneske", "individ", "m/k'er"})
PERSON_COMPANIONS = frozenset({"hoved", "mand", "mandsperson", "kvindeperson"})
# A noun that ends so and is a verb's stem plus -er names one who does it ("bruger",
# "læser"), or an apparatus ("printer"): the thesaurus must say which.
AGENT_ENDINGS = ("er", "ør")


def noun_kind(lemma: str) -> str:
    """``person``, ``thing``, or ``""`` when the lexicon leaves it open."""
    word = lemma.lower().rsplit("-", 1)[-1]  # "BIOS-redder" is a "redder"
    found = _kind(word)
    if found:
        return found
    from quizgen.lang.da.lexicon import lexicon

    # A compound the thesaurus does not list is the kind of the word it ends in
    # ("dyrevelfærdsorganisation" is an "organisation")
    for start in range(2, len(word) - 2):
        tail = word[start:]
        if lexicon().entry(tail, "NOUN") is not None:
            return _kind(tail, agents=False)
    return ""


@lru_cache(maxsize=4096)
def _kind(lemma: str, agents: bool = True) -> str:
    if lemma in w.PERSON_NOUNS:
        return "person"
    from quizgen.lang.da.lexicon import lexicon  # the thesaurus loads on first use

    found = lexicon()
    above = set(found.hypernyms(lemma))
    if not above and len(lemma) > 5 and lemma.endswith(w.PERSON_SUFFIXES):
        return "person"
    people = above & PERSON_CLASSES or {h for h in above if h in w.PERSON_NOUNS}
    things = above - PERSON_CLASSES - PERSON_COMPANIONS - w.PERSON_NOUNS
    if people:
        return "" if things else "person"
    agent = (
        agents
        and lemma.endswith(AGENT_ENDINGS)
        and found.entry(lemma[:-1], "VERB") is not None
        and not _compound(lemma)  # "gåselever" is no one who "gåselev"s
    )
    if agent:
        return "" if things else "person"  # "bruger": no sense listed but the doer
    if not things:
        return ""  # the thesaurus does not know the word
    # "konge" is a "monark", and that a "person": a thing only when no class above it,
    # up to three steps, is one of people
    seen, frontier = set(above), set(above)
    for _ in range(2):
        frontier = {h for f in frontier for h in found.hypernyms(f)} - seen
        seen |= frontier
    return "" if seen & PERSON_CLASSES else "thing"


def _compound(word: str) -> bool:
    from quizgen.lang.da.lexicon import lexicon

    return any(lexicon().entry(word[k:], "NOUN") for k in range(3, len(word) - 3))
