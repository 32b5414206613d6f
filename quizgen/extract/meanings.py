"""What a word means, from the sources a teacher allows, in the order they give:
their own glossary, an installed bilingual dictionary (FreeDict), and a Danish
explanation from the thesaurus.

The thesaurus is noisy: its synonyms are the union of every sense of a word, with
co-hyponyms ("konge": dronning, greve) and English words ("decision") among them, and
its hypernyms include catch-alls ("top", "del"). So a Danish explanation is only given
when it is likely right: synonyms of the same class that list the word back, are
ordinary Danish words and no English ones; failing that, for a noun, "en slags X"
from the head of a compound ("michelinrestaurant": en slags restaurant), which is
right by construction, or from a specific hypernym.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.config.generation import GenerationConfig
from quizgen.extract.dictionary import load_dictionary
from quizgen.extract.levels import zipf
from quizgen.lang import Language
from quizgen.lang.da.lexicon import Lexicon, lexicon

MAX_SYNONYMS = 2
# A word with more synonyms than this has several senses, and the thesaurus does not
# say which synonym belongs to which: its synonyms would as often mislead as help.
MAX_SENSES_SYNONYMS = 6
SYNONYM_MIN_ZIPF = 3.0  # a synonym rarer than this explains nothing to a learner
HYPERNYM_MIN_ZIPF = 3.5
HEAD_MIN_ZIPF = 3.0
HYPERNYM_MAX_HYPONYMS = 60  # more, and it is a catch-all ("top", "del", "handling")
MIN_HEAD = 4  # a compound head shorter than this is often no word of its own
MIN_PART = 4  # nor a first part ("for" + "stander" is no compound)

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


def meaning_for(lemma: str, pos: str, config: GenerationConfig, language: Language) -> Meaning:
    """The first meaning the configured sources give, or an empty one."""
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
            explained = danish_explanation(lexicon(), lemma, pos, language.code)
            if explained.text:
                return explained
    return NONE


def danish_explanation(lex: Lexicon, lemma: str, pos: str, code: str) -> Meaning:
    """Synonyms if good ones exist, else "en slags X" for a noun, else nothing."""
    if " " in lemma or "-" in lemma:
        return NONE
    synonyms = good_synonyms(lex, lemma, pos, code)
    if synonyms:
        return Meaning(", ".join(synonyms), "synonym")
    if pos != "NOUN":
        return NONE
    head = compound_head(lex, lemma, code)
    if head:
        return Meaning(f"{KIND_OF['Com']} {head}", "hypernym")
    hypernym = specific_hypernym(lex, lemma, code)
    return Meaning(f"{KIND_OF['Com']} {hypernym}", "hypernym") if hypernym else NONE


def good_synonyms(lex: Lexicon, lemma: str, pos: str, code: str) -> tuple[str, ...]:
    """Synonyms that list the word back, share its class, and are common Danish words
    (not English ones), most frequent first."""
    found = []
    listed = lex.synonyms(lemma)
    if len(listed) > MAX_SENSES_SYNONYMS:
        return ()
    for word in listed:
        if " " in word or word == lemma or lemma in word or word in lemma:
            continue
        if lex.entry(word, pos) is None or lemma not in lex.synonyms(word):
            continue
        own, english = zipf(word, code), zipf(word, "en")
        if own >= SYNONYM_MIN_ZIPF and english < own:
            found.append((own, word))
    return tuple(word for _, word in sorted(found, reverse=True)[:MAX_SYNONYMS])


def compound_head(lex: Lexicon, lemma: str, code: str) -> str:
    """The head of a compound noun ("dyrevelfærdsorganisation" -> "organisation"): the
    lexicon's split of an unlisted word, or for a listed one the longest noun tail
    after a noun of at least four letters (with its linking -s- or -e-)."""
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
    """A hypernym that is a common noun but no catch-all, or ""."""
    found = []
    for word in lex.hypernyms(lemma):
        if " " in word or lex.entry(word, "NOUN") is None or lex.entry(word, "VERB"):
            continue  # a noun only: "kontrol" is no kind of "overvåge"
        if len(lex.hyponyms(word)) > HYPERNYM_MAX_HYPONYMS:
            continue
        value = zipf(word, code)
        if value >= HYPERNYM_MIN_ZIPF:
            found.append((value, word))
    return max(found)[1] if found else ""
