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
from quizgen.extract.dictionary import load_dictionary
from quizgen.extract.lemmas import gender_from_form, normal_lemma
from quizgen.extract.levels import compound_zipf, in_band, level_for_zipf, word_zipf
from quizgen.extract.syntax import PERSONAL_PRONOUNS, ids_text, kids, word_set

FUNCTION_WORDS = word_set(
    """
    være have blive kunne skulle ville måtte burde turde få gøre ikke nu så også da der her
    hvor når hvis kun meget mere mest jo vel nok bare dog heller ind ud op ned over hen frem
    tilbage igen endnu allerede lige selv som hvordan hvorfor altså ja nej godt anden andet
    andre sådan ellers derfor dér dengang man mindre flere først sidst således ganske helt
    især blandt hel
    """
)
POS_LABELS = {"NOUN": "substantiv", "VERB": "verbum", "ADJ": "adjektiv", "ADV": "adverbium"}
COMMON_ADJECTIVE_ZIPF = 4.6  # ADJ + NOUN is a unit only when the adjective is this rare


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
        return POS_LABELS.get(self.pos, self.pos.lower() or "ord")

    def to_json(self) -> dict[str, object]:
        from dataclasses import asdict

        return asdict(self)


def describe(token: Token) -> str:
    """Danish grammar words for a token's form: ``bestemt flertal``, ``datid``."""
    f = token.features
    parts: list[str] = []
    if token.pos == "NOUN":
        parts.append({"Def": "bestemt", "Ind": "ubestemt"}.get(f.get("Definite", ""), ""))
        parts.append({"Sing": "ental", "Plur": "flertal"}.get(f.get("Number", ""), ""))
        if f.get("Case") == "Gen":
            parts.append("ejefald")
    elif token.pos in ("VERB", "AUX"):
        form = f.get("VerbForm", "")
        tense = f.get("Tense", "")
        if form == "Inf":
            parts.append("navneform")
        elif form == "Part":
            parts.append("kort tillægsform" if tense == "Past" else "lang tillægsform")
        elif tense == "Pres":
            parts.append("nutid")
        elif tense == "Past":
            parts.append("datid")
        if f.get("Mood") == "Imp":
            parts.append("bydeform")
        if f.get("Voice") == "Pass":
            parts.append("passiv")
    elif token.pos == "ADJ":
        parts.append({"Cmp": "komparativ", "Sup": "superlativ"}.get(f.get("Degree", ""), ""))
        parts.append({"Def": "bestemt"}.get(f.get("Definite", ""), ""))
        parts.append({"Plur": "flertal"}.get(f.get("Number", ""), ""))
        if f.get("Gender") == "Neut" and f.get("Number") != "Plur":
            parts.append("intetkøn")
    return " ".join(p for p in parts if p) or "grundform"


def is_candidate(token: Token, stoplist: frozenset[str]) -> bool:
    if token.ent_type:
        return False
    if not token.pos:
        # No tagger (the degraded fallback pipeline): lower-case words only, so that
        # names stay out; function words and the level band still apply.
        if not (token.text.isalpha() and token.text.islower() and len(token.text) > 3):
            return False
    elif token.pos not in POS_LABELS:
        return False
    if token.dep in ("case", "fixed", "mark", "cc"):
        return False  # "på grund af", "forud for": parts of fixed expressions
    if token.dep == "flat" and token.pos != "NOUN":
        return False
    lemma = normal_lemma(token)
    if lemma.lower() in FUNCTION_WORDS or lemma.lower() in stoplist:
        return False
    if lemma.lower() in PERSONAL_PRONOUNS or len(lemma) < 3:
        return False
    if any(c.isdigit() for c in token.text) or not any(c.isalpha() for c in token.text):
        return False
    # A word capitalised mid-sentence is a name the tagger missed.
    return not (token.i > 0 and token.text[:1].isupper() and "-" not in token.text)


def _unit(
    sentence: Sentence, token: Token, terms: frozenset[str]
) -> tuple[str, str, tuple[int, ...]] | None:
    """A multi-word unit headed by ``token``: (lemma, kind, token ids)."""
    if token.pos == "VERB":
        particles = kids(sentence, token.i, ("compound:prt",))
        if particles:
            ids = (token.i, *(p.i for p in particles))
            return (
                f"{normal_lemma(token)} {' '.join(p.text.lower() for p in particles)}",
                ("particle_verb"),
                ids,
            )
        reflexive = [
            t for t in kids(sentence, token.i, ("obj", "expl", "iobj")) if t.text.lower() == "sig"
        ]
        if reflexive:
            return f"{normal_lemma(token)} sig", "reflexive", (token.i, reflexive[0].i)
    if token.pos == "NOUN" and not token.ent_type:
        for adj in kids(sentence, token.i, ("amod",)):
            if adj.i == token.i - 1 and adj.pos == "ADJ" and not adj.ent_type:
                lemma = normal_lemma(adj)
                if lemma in FUNCTION_WORDS or word_zipf(lemma) > COMMON_ADJECTIVE_ZIPF:
                    continue
                if adj.feature("Degree") not in ("", "Pos") or adj.feature("VerbForm"):
                    continue
                unit = f"{lemma} {normal_lemma(token)}"
                if unit in terms or _marked_as_term(sentence, adj):
                    return unit, "multiword", (adj.i, token.i)
    return None


def _marked_as_term(sentence: Sentence, adj: Token) -> bool:
    """``en såkaldt humanitær korridor``: the writer flags a fixed expression."""
    return any(
        t.lemma.lower().startswith("såkaldt") or t.text.lower().startswith("såkaldt")
        for t in sentence.tokens[max(0, adj.i - 2) : adj.i]
    )


def _repeated_pairs(analysis: Analysis) -> frozenset[str]:
    """Adjective + noun pairs that occur more than once: the article's own terms."""
    seen: dict[str, int] = {}
    for sentence in analysis.sentences:
        for token in sentence.tokens:
            if token.pos != "NOUN":
                continue
            for adj in kids(sentence, token.i, ("amod",)):
                if adj.i == token.i - 1 and adj.pos == "ADJ":
                    pair = f"{normal_lemma(adj)} {normal_lemma(token)}"
                    seen[pair] = seen.get(pair, 0) + 1
    return frozenset(pair for pair, count in seen.items() if count > 1)


@dataclass
class _Gathered:
    pos: str
    kind: str
    tokens: list[tuple[Sentence, tuple[int, ...]]]


def extract_vocabulary(analysis: Analysis, config: GenerationConfig) -> tuple[VocabEntry, ...]:
    """Vocabulary entries within the configured level band, best first."""
    stoplist = frozenset(w.lower() for w in config.stoplist)
    gathered: dict[str, _Gathered] = {}
    terms = _repeated_pairs(analysis)

    def add(lemma: str, pos: str, kind: str, sentence: Sentence, ids: tuple[int, ...]) -> None:
        gathered.setdefault(lemma, _Gathered(pos, kind, [])).tokens.append((sentence, ids))

    for sentence in analysis.sentences:
        units = {}
        for token in sentence.tokens:
            unit = _unit(sentence, token, terms) if is_candidate(token, stoplist) else None
            if unit:
                units[token.i] = unit
        consumed = {i for _, _, ids in units.values() for i in ids}
        for token in sentence.tokens:
            if token.i in units:
                lemma, kind, ids = units[token.i]
                add(lemma, token.pos, kind, sentence, ids)
            elif token.i not in consumed and is_candidate(token, stoplist):
                lemma = normal_lemma(token)
                pos = token.pos
                if pos == "ADJ" and token.feature("VerbForm") == "Part" and lemma.endswith("e"):
                    pos = "VERB"  # "besatte" lemmatised to "besætte": a verb form
                add(lemma, pos, "compound" if "-" in lemma else "word", sentence, (token.i,))
    entries = [
        _entry(lemma, g, analysis, config)
        for lemma, g in gathered.items()
        if not _unknown_name(lemma, g)
    ]
    kept = [e for e in entries if in_band(e.level, config.level.min, config.level.max)]  # type: ignore[arg-type]
    kept = [e for e in kept if e.lemma.lower() not in stoplist]
    return tuple(sorted(kept, key=lambda e: (-e.score, e.lemma)))


def gloss_for(lemma: str, config: GenerationConfig) -> str:
    """The teacher's glossary first, then an installed dictionary, else nothing."""
    own = config.glossary.get(lemma, config.glossary.get(lemma.lower(), ""))
    return own or load_dictionary(config.dictionary).get(lemma.lower(), "")


def _unknown_name(lemma: str, g: _Gathered) -> bool:
    """``Vueltaen`` only ever first in a sentence and no Danish word: a name, not vocabulary."""
    only_first = all(ids[0] == 0 for _, ids in g.tokens)
    return only_first and g.kind == "word" and compound_zipf(lemma) == 0


def _entry(lemma: str, g: _Gathered, analysis: Analysis, config: GenerationConfig) -> VocabEntry:
    heads = [
        sentence.tokens[ids[-1] if g.kind == "multiword" else ids[0]] for sentence, ids in g.tokens
    ]
    forms: dict[str, Form] = {}
    for sentence, ids in g.tokens:
        contiguous = sorted(ids) == list(range(min(ids), max(ids) + 1))
        text = ids_text(sentence, ids) if contiguous else sentence.tokens[ids[0]].text
        head = sentence.tokens[ids[-1] if g.kind == "multiword" else ids[0]]
        first = sentence.tokens[ids[0]]
        key = text[0].lower() + text[1:] if first.i == 0 and not text[1:2].isupper() else text
        forms.setdefault(key, Form(key, head.morph, describe(head)))
    # A definite form shows the gender ("bjerget": neuter) and outweighs the tagger;
    # ties go to common gender, the more frequent one, so the result never depends on order.
    votes = {"Com": 0, "Neut": 0}
    for h in heads:
        if h.pos != "NOUN":
            continue
        shown = gender_from_form(h.text.lower(), lemma.rpartition("-")[2].lower(), h.features)
        if shown:
            votes[shown] += 2
        elif h.feature("Gender") in votes:
            votes[h.feature("Gender")] += 1
    gender = "" if not any(votes.values()) else ("Neut" if votes["Neut"] > votes["Com"] else "Com")
    value = word_zipf(lemma, tuple(f.text for f in forms.values()))
    level = level_for_zipf(value, config.levels)
    first_sentence = g.tokens[0][0]
    occurrences = tuple(Occurrence(s.index, ids, ids_text(s, ids)) for s, ids in g.tokens)
    return VocabEntry(
        lemma=lemma,
        pos=g.pos,
        kind=g.kind,
        gender={"Com": "common", "Neut": "neuter"}.get(gender, ""),
        article={"Com": "en", "Neut": "et"}.get(gender, ""),
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
