"""What a word means, from the sources a teacher allows, in the order they give:
their own glossary, an installed bilingual dictionary (FreeDict), and a Danish
explanation from the thesaurus.

The thesaurus is noisy: its synonyms are the union of every sense of a word, with
co-hyponyms ("konge": dronning, greve) and English words ("decision") among them, and
its hypernyms mix senses ("konge": officer, from chess). A wrong meaning makes a card
wrong and no meaning does not, so a Danish explanation is only given with evidence
that it belongs to the sense the article uses (quizgen.extract.senses).

Measured on 360 judged meanings (dev articles and CDT texts, review of issue 13):
mutual thesaurus synonyms were right 53 times in 89 ("opleve": møde, "døgn": dag,
"statsoverhoved": formand), and neither a shared sense group nor the article's words
(Lesk) told the right ones from the wrong ones (each kept about as many wrong as
right); a synonym that shares a word part of five letters or more with the word
("udregning": beregning, "kongedømme": kongerige) was right 7 times in 10, so only
such synonyms are given. For a noun, "en slags X" from the hypernym of a rare word
of one sense ("søgemaskine": en slags program), never from the compound's own head:
reviewers rejected every "militærleder: en slags leder", "læringsforløb: en slags
forløb" (review of session 21): it restates what the reader sees, and where the
compound is no plain kind of its head ("grundspil" is a stage of a tournament) it
misleads.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from quizgen.config.generation import GenerationConfig
from quizgen.extract.dictionary import load_dictionary
from quizgen.extract.levels import zipf
from quizgen.extract.senses import (
    MAX_HYPONYMS,
    hypernyms_in_sense,
    synonyms_in_sense,
)
from quizgen.lang import Language
from quizgen.lang.da.lexicon import Lexicon, lexicon

MAX_SYNONYMS = 1  # a second synonym is wrong more often than the first (measured)
SYNONYM_MIN_ZIPF = 3.0  # a synonym rarer than this explains nothing to a learner
HYPERNYM_MIN_ZIPF = 3.5
HEAD_MIN_ZIPF = 3.0
MIN_HEAD = 4  # a compound head shorter than this is often no word of its own
MIN_PART = 4  # nor a first part ("for" + "stander" is no compound)
# A synonym must share a word part this long with the word (a prefix or an ending;
# four letters are often a chance ending: "kapitel" and "titel", -ende):
# related words ("bevarelse": bevaring) mean the same, unrelated ones often do not.
SHARED_PART = 5
# More hypernyms than this and a word has more senses than they tell apart ("kineser":
# fyrværkeri, "appetitvækker": kost); with one or two the hypernym was right 24 times
# in 27, with more 6 times in 14 (measured).
MAX_HYPERNYMS = 2
# Danish card text: which kind of meaning the card shows.
LABELS = {
    "glossary": "",
    "dictionary": "ordbog",
    "synonym": "dansk synonym",
    "hypernym": "dansk forklaring",
}
KIND_OF = {"Com": "en slags", "Neut": "en slags"}
ASK_MEANING = "betydning"  # what a card asks when no form of the word differs


@dataclass(frozen=True)
class Meaning:
    text: str
    source: str  # glossary, dictionary, synonym or hypernym

    @property
    def card_text(self) -> str:
        """The meaning as a card shows it, saying where it comes from."""
        label = LABELS.get(self.source, "")
        return f"{self.text} ({label})" if label else self.text


NONE = Meaning("", "")


def meaning_for(
    lemma: str,
    pos: str,
    config: GenerationConfig,
    language: Language,
    context: frozenset[str] = frozenset(),
) -> Meaning:
    """The first meaning the configured sources give, or an empty one. ``context``:
    the article's lemmas, which tell the sense of a word with several."""
    settings = config.vocabulary
    for source in settings.meanings:
        if source == "glossary":
            own = config.glossary.get(lemma, config.glossary.get(lemma.lower(), ""))
            if own:
                return Meaning(own, "glossary")
        elif source == "dictionary":
            found = load_dictionary(config.dictionary).get(lemma.lower(), "")
            if found:
                return Meaning(found, "dictionary")
        elif source == "thesaurus" and settings.danish_explanations and language.code == "da":
            explained = danish_explanation(lexicon(), lemma, pos, language.code, context)
            if explained.text:
                return explained
    return NONE


def danish_explanation(
    lex: Lexicon, lemma: str, pos: str, code: str, context: frozenset[str] = frozenset()
) -> Meaning:
    """Synonyms if good ones exist, else "en slags X" for a noun, else nothing."""
    if " " in lemma or "-" in lemma:
        return NONE
    found = _explanation(lex, lemma, pos, code, context)
    # an answer that repeats the headword explains nothing
    return NONE if lemma.lower() in found.text.lower().split() else found


def _explanation(lex: Lexicon, lemma: str, pos: str, code: str, context: frozenset[str]) -> Meaning:
    synonyms = good_synonyms(lex, lemma, pos, code, context)
    if synonyms:
        return Meaning(", ".join(synonyms), "synonym")
    if pos != "NOUN":
        return NONE
    hypernym = specific_hypernym(lex, lemma, code)
    return Meaning(f"{KIND_OF['Com']} {hypernym}", "hypernym") if hypernym else NONE


def good_synonyms(
    lex: Lexicon, lemma: str, pos: str, code: str, context: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """Synonyms of the sense the article uses (``context``: its lemmas) that list the
    word back, share its class, and are common Danish words (not English ones), most
    frequent first."""
    found = []
    for word in synonyms_in_sense(lex, lemma, _synonym_candidates(lex, lemma, pos, code), context):
        own, english = zipf(word, code), zipf(word, "en")
        if own >= SYNONYM_MIN_ZIPF and english < own:
            found.append((own, word))
    return tuple(word for _, word in sorted(found, reverse=True)[:MAX_SYNONYMS])


# A pure function of the loaded lexicon; the same words come back article after article.
@functools.lru_cache(maxsize=8192)
def _synonym_candidates(lex: Lexicon, lemma: str, pos: str, code: str) -> tuple[str, ...]:
    found = []
    head = _split_head(lex, lemma, code) if pos == "NOUN" else ""
    for word in lex.synonyms(lemma):
        if " " in word or word == lemma or lemma in word or word in lemma:
            continue
        if head and word.endswith(head):
            continue  # a sibling of the same kind ("fingeraftryk", "fodaftryk"), no synonym
        if (
            lex.entry(word, pos) is not None
            and lemma in lex.synonyms(word)
            and related(lemma, word)
        ):
            found.append(word)
    return tuple(found)


def related(word: str, other: str) -> bool:
    """The two words share a beginning or an ending of SHARED_PART letters or more
    ("udregning", "beregning"; "hjertetilfælde", "hjerteanfald")."""
    n = SHARED_PART
    return word[:n] == other[:n] or word[-n:] == other[-n:]


def _split_head(lex: Lexicon, lemma: str, code: str) -> str:
    for reading in lex.analyses(lemma):
        if reading.pos == "NOUN" and reading.compound:
            head = reading.lemma[len(reading.compound[0]) :]
            return head if _usable_head(lex, head, code) else ""
    for start in range(MIN_PART, len(lemma) - MIN_HEAD + 1):
        first, head = lemma[:start], lemma[start:]
        if not _usable_head(lex, head, code):
            continue
        parts = (first, first[:-1]) if first[-1] in "se" else (first,)
        if any(lex.entries(part) for part in parts if len(part) >= MIN_PART):
            return head
    return ""


def _usable_head(lex: Lexicon, head: str, code: str) -> bool:
    """A listed noun in ordinary use ("søgeresultat" is no "søgere" + "sultat")."""
    usable = len(head) >= MIN_HEAD and zipf(head, code) >= HEAD_MIN_ZIPF
    return usable and lex.entry(head, "NOUN") is not None


def specific_hypernym(lex: Lexicon, lemma: str, code: str) -> str:
    """A hypernym that is a common noun but no catch-all, of a word rare enough to
    have one sense, and only if its hypernyms agree on that sense; the most specific
    (fewest hyponyms: "fiskerleje" is a bebyggelse rather than a byggeri), then the
    most common; or ""."""
    if len(lex.hypernyms(lemma)) > MAX_HYPERNYMS:
        return ""
    found = []
    candidates = _hypernym_candidates(lex, lemma)
    for word in hypernyms_in_sense(lex, lemma, candidates, zipf(lemma, code)):
        value = zipf(word, code)
        if value >= HYPERNYM_MIN_ZIPF:
            found.append((len(lex.hyponyms(word)), -value, word))
    return min(found)[2] if found else ""


def _hypernym_candidates(lex: Lexicon, lemma: str) -> tuple[str, ...]:
    found = []
    for word in lex.hypernyms(lemma):
        if " " in word or lex.entry(word, "NOUN") is None or lex.entry(word, "VERB"):
            continue  # a noun only: "kontrol" is no kind of "overvåge"
        if lemma.endswith(word):
            continue  # "militærleder": en slags leder restates the word's own head
        if len(lex.hyponyms(word)) <= MAX_HYPONYMS:
            found.append(word)
    return tuple(found)
