"""Vocabulary worth learning from an article, ranked by learning value.

Candidates are content words by lemma (nouns, verbs, adjectives, adverbs), plus
multi-word units: fixed expressions the thesaurus lists (``til gengæld``), particle
verbs (``presse ud``), reflexive verbs (``forskanse sig``) and adjective + noun pairs
with a rare adjective (``humanitær korridor``). Every word is checked against the
lexicon (``extract.lexical``): its lemma, class, gender and form are the lexicon's.
Names, numbers, months, weekdays, international words, function words and words
outside the level band are left out, and so is a word that would make a card asking
nothing: one with no form other than its headword and no meaning.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from quizgen.analysis import Analysis, Token
from quizgen.config.generation import LEVELS, GenerationConfig
from quizgen.extract.cardforms import Form, asked_form, describe, paradigm, plural_term
from quizgen.extract.gathering import Gathered, gather
from quizgen.extract.levels import compound_zipf, in_band, level_for_zipf, word_zipf
from quizgen.extract.lexical import calendar_word, no_card
from quizgen.extract.meanings import meaning_for
from quizgen.extract.senses import article_lemmas
from quizgen.extract.syntax import ids_text
from quizgen.lang import Language, get_language

__all__ = ["Form", "Occurrence", "VocabEntry", "describe", "extract_vocabulary", "gloss_for"]
UNIT_KINDS = ("particle_verb", "reflexive", "expression")


@dataclass(frozen=True)
class Occurrence:
    """Where a word occurs: sentence index and token indices (several for a unit)."""

    sentence: int
    tokens: tuple[int, ...]
    text: str


@dataclass(frozen=True)
class VocabEntry:
    lemma: str
    pos: str  # UPOS of the head word
    kind: str  # word, compound (hyphenated), multiword, particle_verb, reflexive, expression
    gender: str  # "common", "neuter" or "" (nouns only)
    article: str  # "en", "et" or ""
    forms: tuple[Form, ...]  # as they occur in the article
    example: str  # the article sentence of the first occurrence
    example_sentence: int
    level: str
    zipf: float
    gloss: str
    count: int
    score: float
    occurrences: tuple[Occurrence, ...]
    asked: Form | None = None  # the form the card asks for (never the headword)
    paradigm: tuple[Form, ...] = ()  # the lexicon's principal forms
    gloss_source: str = ""  # glossary, dictionary, synonym or hypernym
    # A plain international word ("konfliktzone") or an ad hoc compound ("IS-kriger") is
    # worth a gap in a sentence but not a vocabulary card of its own (review protocol (e)).
    card: bool = True

    @property
    def word_class(self) -> str:
        # An entry carries no language (a field would change every saved JSON document),
        # so its class is named in the default language.
        words = get_language().grammar.vocabulary
        return words.word_classes.get(self.pos, self.pos.lower() or words.unknown_word_class)

    def to_json(self) -> dict[str, object]:
        from dataclasses import asdict

        return asdict(self)


def extract_vocabulary(analysis: Analysis, config: GenerationConfig) -> tuple[VocabEntry, ...]:
    """Vocabulary entries within the configured level band, best first."""
    language = get_language(analysis.article.language)
    stoplist = frozenset(w.lower() for w in config.stoplist)
    names = _capitalised_inside(analysis)
    context = article_lemmas(analysis)  # once: the article is every meaning's context
    entries = [
        entry
        for lemma, g in gather(analysis, stoplist, language).items()
        if not _unknown_name(lemma, g, language, names) and not calendar_word(lemma, language)
        if (entry := _entry(lemma, g, analysis, config, language, context)) is not None
    ]
    kept = [e for e in entries if e.asked is not None or e.gloss]  # else the card asks nothing
    words = {e.lemma: e for e in kept if e.kind == "word"}
    kept = [e for e in kept if not _repeats_its_verb(e, words)]
    return tuple(sorted(kept, key=lambda e: (-e.score, e.lemma)))


def _repeats_its_verb(entry: VocabEntry, words: dict[str, VocabEntry]) -> bool:
    """ "føre til → førte til" beside "føre → førte": the same verb asked twice, the
    particle added (review of session 21)."""
    if entry.kind not in UNIT_KINDS or entry.asked is None:
        return False
    verb = words.get(entry.lemma.split(" ")[0])
    if verb is None or verb.asked is None:
        return False
    return entry.asked.text.startswith(verb.asked.text + " ")


def gloss_for(lemma: str, config: GenerationConfig, pos: str = "") -> str:
    """The meaning the configured sources give (the teacher's glossary first)."""
    return meaning_for(lemma, pos, config, get_language()).text


def _unknown_name(lemma: str, g: Gathered, language: Language, names: frozenset[str]) -> bool:
    """``Vueltaen`` only ever first in a sentence and no known word, or written with a
    capital inside a sentence elsewhere in the article ("i Limfjordsregionen"): a name,
    not vocabulary."""
    only_first = all(ids[0] == 0 for _, ids, _ in g.tokens)
    if not only_first or g.kind not in ("word", "compound"):
        return False
    if any(s.tokens[ids[0]].text.lower() in names for s, ids, _ in g.tokens):
        return True
    return g.kind == "word" and compound_zipf(lemma, language.code) == 0


def _capitalised_inside(analysis: Analysis) -> frozenset[str]:
    """Words written with a capital (and lower case after it) inside a sentence."""
    return frozenset(
        t.text.lower()
        for s in analysis.sentences
        for t in s.tokens[1:]
        if t.text[:1].isupper() and t.text[1:].islower()
    )


def _forms(g: Gathered, language: Language) -> dict[str, Form]:
    """The forms seen, by text (a sentence-initial capital lowered), first one first;
    described by the lexicon's reading of the head word."""
    forms: dict[str, Form] = {}
    for sentence, ids, head in g.tokens:
        contiguous = sorted(ids) == list(range(min(ids), max(ids) + 1))
        text = ids_text(sentence, ids) if contiguous else sentence.tokens[ids[0]].text
        first = sentence.tokens[ids[0]]
        key = text[0].lower() + text[1:] if first.i == 0 and not text[1:2].isupper() else text
        # "komplette liste": the adjective's form is what differs from "komplet liste"
        shown = first if g.kind == "multiword" and first.text.lower() != first.lemma else head
        forms.setdefault(key, Form(key, shown.morph, describe(shown, language.grammar)))
    return forms


def _gender(g: Gathered) -> str:
    """The lexicon's gender ("Com", "Neut") of a noun, as the checked heads carry it."""
    if g.pos != "NOUN":
        return ""
    votes = Counter(h.feature("Gender") for _, _, h in g.tokens if h.feature("Gender"))
    if not votes:
        return ""
    return "Neut" if votes["Neut"] > votes["Com"] else "Com"


def _asked(lemma: str, g: Gathered, seen: list[Form], config: GenerationConfig,
           language: Language) -> Form | None:  # fmt: skip
    """The form the card asks: for a verb unit ("presse ud"), the verb's form + the rest."""
    wanted = config.vocabulary.asked_forms
    if g.kind == "multiword":
        own = next((f for f in seen if f.text.lower() != lemma.lower()), None)
        return own or plural_term(lemma, language)
    if g.kind == "expression" and g.pos != "VERB":
        return next((f for f in seen if f.text.lower() != lemma.lower()), None)
    if g.kind in UNIT_KINDS:
        verb, _, rest = lemma.partition(" ")
        own = next((f for f in seen if f.text.lower() != lemma.lower()), None)
        form = own or asked_form(verb, "VERB", (), wanted, language)
        if own or form is None:
            return form
        return Form(f"{form.text} {rest}", form.features, form.description)
    return asked_form(lemma, g.pos, seen, wanted, language)


def _entry(
    lemma: str,
    g: Gathered,
    analysis: Analysis,
    config: GenerationConfig,
    language: Language,
    context: frozenset[str],
) -> VocabEntry | None:
    """The word's entry, or None when its level is outside the configured band (its
    meaning and forms, most of the work, are then not looked up)."""
    heads = [head for _, _, head in g.tokens]
    seen = list(_forms(g, language).values())
    value = word_zipf(lemma, tuple(f.text for f in seen), code=language.code)
    level = level_for_zipf(value, config.levels)
    if not in_band(level, config.level.min, config.level.max):
        return None
    gender = _gender(g)
    first_sentence = g.tokens[0][0]
    occurrences = tuple(Occurrence(s.index, ids, ids_text(s, ids)) for s, ids, _ in g.tokens)
    single = g.kind in ("word", "compound")
    meaning = meaning_for(lemma, g.pos, config, language, context)
    asked = _asked(lemma, g, seen, config, language)
    return VocabEntry(
        lemma=lemma,
        pos=g.pos,
        kind=g.kind,
        gender={"Com": "common", "Neut": "neuter"}.get(gender, ""),
        article=language.grammar.forms.gender_articles.get(gender, ""),
        forms=tuple(seen),
        example=first_sentence.text,
        example_sentence=first_sentence.index,
        level=level,
        zipf=round(value, 2),
        gloss=meaning.text,
        count=len(g.tokens),
        score=round(_score(level, heads, g, len(analysis.sentences)), 3),
        occurrences=occurrences,
        asked=asked,
        paradigm=paradigm(lemma, g.pos, language, seen, asked) if single else (),
        gloss_source=meaning.source,
        card=not no_card(lemma, language, g.pos) and not ad_hoc_compound(lemma),
    )


# A hyphenated word on a name, an acronym or "ikke" is made for the occasion
# ("BIOS-redder", "IS-kriger", "ikke-planlagt"): the word to learn is its last part
# (review of session 21). It may still fill a gap in a sentence.
AD_HOC_PREFIXES = frozenset({"ikke"})


def ad_hoc_compound(lemma: str) -> bool:
    """ "BIOS-redder", "ikke-planlagt": no headword of its own."""
    prefix = lemma.rpartition("-")[0]
    if not prefix:
        return False
    return prefix.lower() in AD_HOC_PREFIXES or any(c.isupper() or c.isdigit() for c in prefix)


# Learning value by level: the middle of the scale is what a reader of news needs most.
LEVEL_VALUE: dict[str, float] = dict(zip(LEVELS, (0.2, 0.6, 1.0, 1.2, 1.1, 0.7), strict=True))


def _score(level: str, heads: list[Token], g: Gathered, n_sentences: int) -> float:
    count = len(g.tokens)
    score = LEVEL_VALUE.get(level, 0.5) + 0.5 * math.log2(count)
    central = sum(1 for h in heads if h.dep in ("ROOT", "nsubj", "obj", "obl") or h.head == h.i)
    score += 0.15 * min(central, 3)
    first = min(s.index for s, _, _ in g.tokens)
    if first <= max(1, n_sentences // 8):  # the lead says what the article is about
        score += 0.2
    if g.kind in ("particle_verb", "reflexive", "multiword", "expression"):
        score += 0.2
    if g.pos == "ADV":
        score -= 0.3  # adverbs make weak cards on their own
    return float(score)
