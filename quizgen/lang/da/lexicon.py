"""The Danish lexicon: every form's lemmas, classes and features; every lemma's forms.

Derived from Stavekontrolden (hunspell da_DK) and the Danish MyThes thesaurus by
``tools/build_lexicon.py``; the tables live in ``data/lexicon.txt.gz`` (licences in
``data/LEXICON-NOTICE.md``). Load lazily with :func:`lexicon`::

    lex = lexicon()
    lex.analyses("ruterne")   # (Analysis(lemma='rute', pos='NOUN', features=...),)
    lex.entry("rute", "NOUN").gender  # ('Com',)
    lex.inflect("bropille", "NOUN", "Definite=Def|Number=Plur")  # 'bropillerne'
    lex.knows("koalitionsstyrke")  # True: koalition + s + styrke

Features use UD names (Definite, Number, Gender, Tense, VerbForm, Voice, Mood,
Degree, Case); classes are UD UPOS (NOUN, VERB, ADJ, PROPN, ADV, ADP, ...; X for
listed words whose class the inflection does not tell).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from quizgen.lang.da import lexicon_compound
from quizgen.lang.da.lexicon_codes import GENITIVE_CODES, READINGS, Feats, class_of
from quizgen.lang.da.lexicon_store import (
    DATA,
    Store,
    Thesaurus,
    parse_analyses,
    parse_paradigm,
    parse_variants,
    read_store,
    read_thesaurus,
)

_GENDERS = {"c": "Com", "n": "Neut"}
_NUMBER = re.compile(r"[+-]?\d+([.,:/]\d+)*([.,]|%|'?s|\.?-?\w{1,3})?$")
_GEN = (("Case", "Gen"),)
_CODE_ORDER = {code: n for n, code in enumerate(READINGS)}


@dataclass(frozen=True)
class Analysis:
    """One reading of a form: lemma, word class, features (sorted name/value pairs)."""

    lemma: str
    pos: str
    features: Feats
    compound: tuple[str, ...] = ()  # (first part, head) when found by the splitter

    def feature(self, name: str) -> str | None:
        return dict(self.features).get(name)

    @property
    def feats(self) -> str:
        """The features as a UD string ("Definite=Def|Number=Sing")."""
        return "|".join(f"{k}={v}" for k, v in self.features)


@dataclass(frozen=True)
class Form:
    text: str
    features: Feats


@dataclass(frozen=True)
class Entry:
    """A lemma of one class: its gender (nouns) and all its labelled forms."""

    lemma: str
    pos: str
    gender: tuple[str, ...]
    forms: tuple[Form, ...]
    # Homographs inflected apart ("dom": dommen/domme and domen/domer): the form texts
    # of each paradigm; empty when there is one.
    variants: tuple[frozenset[str], ...] = ()

    def form(self, **features: str) -> str | None:
        return _pick(self.forms, tuple(features.items()))

    def paradigms(self) -> tuple[Entry, ...]:
        """One entry per paradigm of the lemma (just this one when it has one)."""
        if not self.variants:
            return (self,)
        return tuple(
            Entry(self.lemma, self.pos, self.gender, tuple(f for f in self.forms if f.text in v))
            for v in self.variants
        )

    def containing(self, text: str) -> tuple[Entry, ...]:
        """The paradigms that hold the form ``text`` (all of them when none does)."""
        found = tuple(p for p in self.paradigms() if any(f.text == text for f in p.forms))
        return found or self.paradigms()


def _pick(forms: tuple[Form, ...], wanted: Feats) -> str | None:
    for form in forms:
        have = dict(form.features)
        if all(have.get(k) == v for k, v in wanted if k != "Gender" or k in have):
            return form.text
    return None


def _as_feats(features: Mapping[str, str] | Feats | str) -> Feats:
    if isinstance(features, str):
        pairs = [p.split("=", 1) for p in features.split("|") if "=" in p]
        return tuple(sorted((k, v) for k, v in pairs))
    items = features.items() if isinstance(features, Mapping) else features
    return tuple(sorted(items))


class Lexicon:
    """Lookups in the shipped tables; every method is a few dictionary accesses."""

    def __init__(self, store: Store, folder: Path = DATA) -> None:
        self._store = store
        self._folder = folder
        # Memos: the same lemmas and forms are looked up thousands of times a build,
        # and each lookup parses a table line; results are immutable values.
        self._listed_memo: dict[str, tuple[Analysis, ...]] = {}
        self._entry_memo: dict[tuple[str, str], Entry | None] = {}
        self._compound_memo: dict[str, tuple[Analysis, ...]] = {}
        # Synonyms, hypernyms, hyponyms: asked of every option of every gap.
        self._relation_memo: dict[str, tuple[tuple[str, ...], ...]] = {}
        # The spelling check: asked of every word of every sentence a prompt may print.
        self._knows_memo: dict[str, bool] = {}

    @classmethod
    def load(cls, folder: Path = DATA) -> Lexicon:
        """Read the forms and lemmas of a table folder (the thesaurus on first use)."""
        return cls(read_store(folder), folder)

    @cached_property
    def _thesaurus(self) -> Thesaurus:
        return read_thesaurus(self._folder)

    def analyses(self, form: str, compounds: bool = True) -> tuple[Analysis, ...]:
        """Every listed reading of a form (then of its lower-case, then genitive
        readings of X-s / X-'); if none and ``compounds``, the compound's readings."""
        found = self._listed(form)
        if not found and form[:1].isupper():
            found = self._listed(form.lower())
        if found or not compounds:
            return found
        # "Hoteldøren" opening a sentence is the compound "hoteldør"
        lowered = form.lower()
        return (lowered != form and self._compound(lowered)) or self._compound(form)

    def _listed(self, form: str) -> tuple[Analysis, ...]:
        found = self._listed_memo.get(form)
        if found is None:
            found = self._listed_memo[form] = self._listed_uncached(form)
        return found

    def _listed_uncached(self, form: str) -> tuple[Analysis, ...]:
        out = list(self._readings(form, self._store.forms.get(form), ()))
        base = form[:-1]
        if (form.endswith("s") and not base.endswith(("s", "x", "z"))) or (
            form.endswith("'") and base.endswith(("s", "x", "z"))
        ):
            out.extend(self._readings(base, self._store.forms.get(base), _GEN))
        return tuple(out)

    def _readings(self, form: str, line: str | None, extra: Feats) -> list[Analysis]:
        out = []
        for lemma, code in parse_analyses(form, line or ""):
            if extra and code not in GENITIVE_CODES:
                continue
            pos = class_of(code)
            gender = self._gender(lemma, pos)
            for reading in READINGS[code]:
                out.append(Analysis(lemma, pos, tuple(sorted(reading + gender + extra))))
        return out

    def _gender(self, lemma: str, pos: str) -> Feats:
        if pos != "NOUN":
            return ()
        entry = self.entry(lemma, pos)
        return (("Gender", entry.gender[0]),) if entry and len(entry.gender) == 1 else ()

    def _compound(self, word: str) -> tuple[Analysis, ...]:
        found = self._compound_memo.get(word)
        if found is None:
            found = self._compound_memo[word] = self._compound_uncached(word)
        return found

    def _compound_uncached(self, word: str) -> tuple[Analysis, ...]:
        parts = lexicon_compound.split(word, self._store, self._is_head)
        if parts is None:
            return ()
        first, head = parts
        return tuple(
            Analysis(first + a.lemma, a.pos, a.features, (first, head))
            for a in self._listed(head)
            if a.pos in lexicon_compound.CONTENT
        )

    def _is_head(self, form: str) -> bool:
        return any(a.pos in lexicon_compound.CONTENT for a in self._listed(form))

    def entry(self, lemma: str, pos: str) -> Entry | None:
        """The lemma's entry in one class, or None (compounds: the head's paradigm)."""
        key = (lemma, pos)
        if key not in self._entry_memo:
            self._entry_memo[key] = self._entry(lemma, pos)
        return self._entry_memo[key]

    def _entry(self, lemma: str, pos: str) -> Entry | None:
        line = self._store.lemmas.get(f"{lemma}\t{pos}")
        if line is None:
            return self._compound_entry(lemma, pos)
        gender, coded = parse_paradigm(lemma, line)
        variants = parse_variants(line, coded)
        coded.sort(key=lambda item: _CODE_ORDER[item[0]])
        forms = tuple(Form(text, reading) for code, text in coded for reading in READINGS[code])
        return Entry(lemma, pos, tuple(_GENDERS[g] for g in gender), forms, variants)

    def _compound_entry(self, lemma: str, pos: str) -> Entry | None:
        parts = lexicon_compound.split(lemma, self._store, self._is_head)
        head = self._store.lemmas.get(f"{parts[1]}\t{pos}") if parts else None
        if parts is None or head is None:
            return None
        entry = self.entry(parts[1], pos)
        assert entry is not None
        forms = tuple(Form(parts[0] + f.text, f.features) for f in entry.forms)
        variants = tuple(frozenset(parts[0] + t for t in v) for v in entry.variants)
        return Entry(lemma, pos, entry.gender, forms, variants)

    def entries(self, lemma: str) -> tuple[Entry, ...]:
        """The lemma's entries in every class it has."""
        found = (self.entry(lemma, pos) for pos in ("NOUN", "VERB", "ADJ", "PROPN", "X"))
        return tuple(entry for entry in found if entry is not None)

    def inflect(
        self, lemma: str, pos: str, features: Mapping[str, str] | Feats | str
    ) -> str | None:
        """The form of the lemma with these features (a UD string, a mapping or pairs)."""
        entry = self.entry(lemma, pos)
        return _pick(entry.forms, _as_feats(features)) if entry else None

    def knows(self, word: str) -> bool:
        """Spelling check: a listed form, a number, a compound of known parts, or a
        hyphenated word whose parts are each known (or numbers, or abbreviations)."""
        known = self._knows_memo.get(word)
        if known is None:
            known = self._knows_memo[word] = self._knows(word)
        return known

    def _knows(self, word: str) -> bool:
        if not word or _NUMBER.match(word):
            return True
        if "-" in word.strip("-"):
            return all(self._knows_part(part) for part in word.strip("-").split("-"))
        return bool(self.analyses(word)) or self._known_only(word)

    def _knows_part(self, part: str) -> bool:
        return part.isupper() or self.knows(part)

    def _known_only(self, word: str) -> bool:
        """Listed without analysis, its genitive, or an abbreviation without its
        period ("dvs", "kr" as a tokenizer leaves them)."""
        forms = self._store.forms
        candidates = (word, word.lower(), word + ".", word.lower() + ".")
        return any(c in forms or (c[-1:] in ("s", "'") and c[:-1] in forms) for c in candidates)

    def synonyms(self, lemma: str) -> tuple[str, ...]:
        return self._relation(lemma, 0)

    def hypernyms(self, lemma: str) -> tuple[str, ...]:
        return self._relation(lemma, 1)

    def hyponyms(self, lemma: str) -> tuple[str, ...]:
        return self._relation(lemma, 2)

    def _relation(self, lemma: str, column: int) -> tuple[str, ...]:
        found = self._relation_memo.get(lemma)
        if found is None:
            found = self._relation_memo[lemma] = self._relations(lemma)
        return found[column]

    def _relations(self, lemma: str) -> tuple[tuple[str, ...], ...]:
        """The lemma's synonyms, hypernyms and hyponyms (one line of the thesaurus)."""
        line = self._thesaurus.relations.get(lemma)
        values = line.split("\t") if line else []
        return tuple(
            tuple(values[c].split("|")) if c < len(values) and values[c] else () for c in range(3)
        )

    def expressions(self) -> tuple[str, ...]:
        """Multi-word fixed expressions ("til gengæld", "på forhånd", "regne med")."""
        return self._thesaurus.expressions

    def is_expression(self, words: str) -> bool:
        return " " in words and words in self._thesaurus.expression_set


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon, loaded on first use."""
    return Lexicon.load()
