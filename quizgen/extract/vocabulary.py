"""Vocabulary worth learning from an article, ranked by learning value.

Candidates are content words by lemma (nouns, verbs, adjectives, adverbs),
plus a few multi-word units: particle verbs (``presse ud``), reflexive verbs
(``forskanse sig``) and adjective + noun pairs with a rare adjective
(``humanitær korridor``). Names, numbers and function words are left out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from quizgen.analysis import Analysis, Sentence, Token
from quizgen.config.generation import LEVELS, GenerationConfig
from quizgen.extract.candidates import is_candidate, repeated_pairs, unit_at
from quizgen.extract.dictionary import load_dictionary
from quizgen.extract.lemmas import gender_from_form, normal_lemma
from quizgen.extract.levels import compound_zipf, in_band, level_for_zipf, word_zipf
from quizgen.extract.syntax import ids_text
from quizgen.lang import Language, get_language
from quizgen.lang.grammar import Grammar


@dataclass(frozen=True)
class Form:
    """A form of a word as it occurs in the article, with a readable description."""

    text: str
    features: str  # UD FEATS
    description: str  # e.g. "bestemt flertal", "datid"


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
    kind: str  # word, compound (hyphenated), multiword, particle_verb, reflexive
    gender: str  # "common", "neuter" or "" (nouns only)
    article: str  # "en", "et" or ""
    forms: tuple[Form, ...]
    example: str  # the article sentence of the first occurrence
    example_sentence: int
    level: str
    zipf: float
    gloss: str
    count: int
    score: float
    occurrences: tuple[Occurrence, ...]

    @property
    def word_class(self) -> str:
        # An entry carries no language (a field would change every saved JSON document),
        # so its class is named in the default language.
        words = get_language().grammar.vocabulary
        return words.word_classes.get(self.pos, self.pos.lower() or words.unknown_word_class)

    def to_json(self) -> dict[str, object]:
        from dataclasses import asdict

        return asdict(self)


def describe(token: Token, grammar: Grammar) -> str:
    """The learner's grammar words for a token's form: ``bestemt flertal``, ``datid``."""
    names = grammar.vocabulary.form_names
    f = token.features

    def named(feature: str, *values: str) -> str:
        value = f.get(feature, "")
        return names.get(f"{feature}={value}", "") if value in values else ""

    parts: list[str] = []
    if token.pos == "NOUN":
        parts += [named("Definite", "Def", "Ind"), named("Number", "Sing", "Plur")]
        parts.append(named("Case", "Gen"))
    elif token.pos in ("VERB", "AUX"):
        form = f.get("VerbForm", "")
        tense = f.get("Tense", "")
        if form == "Inf":
            parts.append(names["VerbForm=Inf"])
        elif form == "Part":
            parts.append(names["VerbForm=Part|Tense=Past" if tense == "Past" else "VerbForm=Part"])
        else:
            parts.append(named("Tense", "Pres", "Past"))
        parts += [named("Mood", "Imp"), named("Voice", "Pass")]
    elif token.pos == "ADJ":
        parts += [named("Degree", "Cmp", "Sup"), named("Definite", "Def"), named("Number", "Plur")]
        if f.get("Gender") == "Neut" and f.get("Number") != "Plur":
            parts.append(names["Gender=Neut"])
    return " ".join(p for p in parts if p) or names[""]


@dataclass
class _Gathered:
    pos: str
    kind: str
    tokens: list[tuple[Sentence, tuple[int, ...]]]


def extract_vocabulary(analysis: Analysis, config: GenerationConfig) -> tuple[VocabEntry, ...]:
    """Vocabulary entries within the configured level band, best first."""
    language = get_language(analysis.article.language)
    stoplist = frozenset(w.lower() for w in config.stoplist)
    gathered = gather(analysis, stoplist, language)
    entries = [
        _entry(lemma, g, analysis, config, language)
        for lemma, g in gathered.items()
        if not _unknown_name(lemma, g, language)
    ]
    kept = [e for e in entries if in_band(e.level, config.level.min, config.level.max)]  # type: ignore[arg-type]
    kept = [e for e in kept if e.lemma.lower() not in stoplist]
    return tuple(sorted(kept, key=lambda e: (-e.score, e.lemma)))


def gather(
    analysis: Analysis, stoplist: frozenset[str], language: Language
) -> dict[str, _Gathered]:
    """Every candidate word and unit by lemma, with where it occurs, in article order."""
    gathered: dict[str, _Gathered] = {}
    terms = repeated_pairs(analysis, language)

    def add(lemma: str, pos: str, kind: str, sentence: Sentence, ids: tuple[int, ...]) -> None:
        gathered.setdefault(lemma, _Gathered(pos, kind, [])).tokens.append((sentence, ids))

    infinitive = language.grammar.forms.infinitive_ending
    for sentence in analysis.sentences:
        units = {}
        for token in sentence.tokens:
            candidate = is_candidate(token, stoplist, language)
            unit = unit_at(sentence, token, terms, language) if candidate else None
            if unit:
                units[token.i] = unit
        consumed = {i for _, _, ids in units.values() for i in ids}
        for token in sentence.tokens:
            if token.i in units:
                lemma, kind, ids = units[token.i]
                add(lemma, token.pos, kind, sentence, ids)
            elif token.i not in consumed and is_candidate(token, stoplist, language):
                lemma = normal_lemma(token, language)
                pos = token.pos
                participle = pos == "ADJ" and token.feature("VerbForm") == "Part"
                if participle and lemma.endswith(infinitive):
                    pos = "VERB"  # "besatte" lemmatised to "besætte": a verb form
                add(lemma, pos, "compound" if "-" in lemma else "word", sentence, (token.i,))
    return gathered


def gloss_for(lemma: str, config: GenerationConfig) -> str:
    """The teacher's glossary first, then an installed dictionary, else nothing."""
    own = config.glossary.get(lemma, config.glossary.get(lemma.lower(), ""))
    return own or load_dictionary(config.dictionary).get(lemma.lower(), "")


def _unknown_name(lemma: str, g: _Gathered, language: Language) -> bool:
    """``Vueltaen`` only ever first in a sentence and no known word: a name, not vocabulary."""
    only_first = all(ids[0] == 0 for _, ids in g.tokens)
    return only_first and g.kind == "word" and compound_zipf(lemma, language.code) == 0


def _forms(g: _Gathered, grammar: Grammar) -> dict[str, Form]:
    """The forms seen, by text (a sentence-initial capital lowered), first one first."""
    forms: dict[str, Form] = {}
    for sentence, ids in g.tokens:
        contiguous = sorted(ids) == list(range(min(ids), max(ids) + 1))
        text = ids_text(sentence, ids) if contiguous else sentence.tokens[ids[0]].text
        head = sentence.tokens[ids[-1] if g.kind == "multiword" else ids[0]]
        first = sentence.tokens[ids[0]]
        key = text[0].lower() + text[1:] if first.i == 0 and not text[1:2].isupper() else text
        forms.setdefault(key, Form(key, head.morph, describe(head, grammar)))
    return forms


def _gender(lemma: str, heads: list[Token], grammar: Grammar) -> str:
    """UD gender ("Com", "Neut") of a noun, or "". A definite form shows the gender
    ("bjerget": neuter) and outweighs the tagger; ties go to common gender, the more
    frequent one, so the result never depends on order."""
    votes = {"Com": 0, "Neut": 0}
    for h in heads:
        if h.pos != "NOUN":
            continue
        last = lemma.rpartition("-")[2].lower()
        shown = gender_from_form(h.text.lower(), last, h.features, grammar)
        if shown:
            votes[shown] += 2
        elif h.feature("Gender") in votes:
            votes[h.feature("Gender")] += 1
    if not any(votes.values()):
        return ""
    return "Neut" if votes["Neut"] > votes["Com"] else "Com"


def _entry(
    lemma: str, g: _Gathered, analysis: Analysis, config: GenerationConfig, language: Language
) -> VocabEntry:
    heads = [
        sentence.tokens[ids[-1] if g.kind == "multiword" else ids[0]] for sentence, ids in g.tokens
    ]
    forms = _forms(g, language.grammar)
    gender = _gender(lemma, heads, language.grammar)
    value = word_zipf(lemma, tuple(f.text for f in forms.values()), code=language.code)
    level = level_for_zipf(value, config.levels)
    first_sentence = g.tokens[0][0]
    occurrences = tuple(Occurrence(s.index, ids, ids_text(s, ids)) for s, ids in g.tokens)
    return VocabEntry(
        lemma=lemma,
        pos=g.pos,
        kind=g.kind,
        gender={"Com": "common", "Neut": "neuter"}.get(gender, ""),
        article=language.grammar.forms.gender_articles.get(gender, ""),
        forms=tuple(forms.values()),
        example=first_sentence.text,
        example_sentence=first_sentence.index,
        level=level,
        zipf=round(value, 2),
        gloss=gloss_for(lemma, config),
        count=len(g.tokens),
        score=round(_score(level, len(g.tokens), heads, g, len(analysis.sentences)), 3),
        occurrences=occurrences,
    )


# Learning value by level: the middle of the scale is what a reader of news needs most.
LEVEL_VALUE: dict[str, float] = dict(zip(LEVELS, (0.2, 0.6, 1.0, 1.2, 1.1, 0.7), strict=True))


def _score(level: str, count: int, heads: list[Token], g: _Gathered, n_sentences: int) -> float:
    score = LEVEL_VALUE.get(level, 0.5) + 0.5 * math.log2(count)
    central = sum(1 for h in heads if h.dep in ("ROOT", "nsubj", "obj", "obl") or h.head == h.i)
    score += 0.15 * min(central, 3)
    first = min(s.index for s, _ in g.tokens)
    if first <= max(1, n_sentences // 8):  # the lead says what the article is about
        score += 0.2
    if g.kind in ("particle_verb", "reflexive", "multiword"):
        score += 0.2
    if g.pos == "ADV":
        score -= 0.3  # adverbs make weak cards on their own
    return float(score)
