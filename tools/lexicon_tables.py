"""Collect lemmas and forms from the expanded dictionary into the shipped tables.

Two files, each one UTF-8 text, gzip-compressed with a fixed mtime so that the same
input gives the same bytes, made of sections that start with a line ``\\f<name>``.

``lexicon.txt.gz`` (forms and lemmas), format ``quizgen-da-lexicon 2``:

- ``form-values``: the distinct analyses lines (about 1,200 for 500,000 forms), one a
  line: ``cut:add:code`` items joined by ``;``, the lemma written relative to the form
  (drop ``cut`` characters from its end, then add ``add``) and the code naming class
  and features (quizgen/lang/da/lexicon_codes.py); an empty line is the analyses of
  forms known without an analysis;
- ``forms``: every form and the number of its analyses line, ``form<US>n`` (US is
  ``\x1f``), sorted by form, in blocks of ``BLOCK`` lines: a block's first line starts
  with ``\v``. The reader keeps each block as one string and splits a block into a
  dictionary only when a lookup falls into it (it finds the block by bisecting the
  blocks' first keys), so loading costs a split into blocks, not 500,000 entries;
- ``lemma-values`` and ``lemmas``: the same for ``lemma<TAB>CLASS`` keys and their
  paradigm lines ``gender<TAB>code=f,f;code=f`` (forms relative to the lemma; gender
  ``c``, ``n``, ``cn`` or empty);
- ``joints``: first parts of compounds with their linking element (hunspell's
  ONLYINCOMPOUND forms: "koalitions", "dom", "elite").

``thesaurus.txt.gz``: ``heads`` and parallel ``relations`` lines
``synonyms<TAB>hypernyms<TAB>hyponyms`` (each ``|``-joined); ``expressions``: multi-word
fixed expressions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

Key = tuple[str, str]
BLOCK = 32  # keys per block: a lookup splits at most this many lines
US = "\x1f"  # between a key and its value's number


def relative(base: str, target: str) -> str:
    """``cut:add`` so that ``base[:len(base)-cut] + add == target``."""
    n = 0
    limit = min(len(base), len(target))
    while n < limit and base[n] == target[n]:
        n += 1
    return f"{len(base) - n}:{target[n:]}"


def apply_relative(base: str, spec: str) -> str:
    cut, _, add = spec.partition(":")
    return base[: len(base) - int(cut)] + add


@dataclass
class Tables:
    """Lemmas with their labelled forms, and forms with their analyses."""

    paradigms: dict[Key, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(dict))
    genders: dict[Key, set[str]] = field(default_factory=lambda: defaultdict(set))
    known: dict[str, set[Key]] = field(default_factory=lambda: defaultdict(set))
    joints: set[str] = field(default_factory=set)
    expressions: set[str] = field(default_factory=set)
    # The forms each .dic line of a lemma made: homographs ("dom": dommen/domme, the
    # judgement; domen/domer, the cathedral) share a key but not a paradigm.
    variants: dict[Key, list[frozenset[str]]] = field(default_factory=lambda: defaultdict(list))

    def add(self, key: Key, form: str, code: str) -> None:
        """Record a form of a lemma; an empty code means known but not labelled."""
        if code:
            self.paradigms[key].setdefault(code, set()).add(form)
        else:
            self.known[form].add(key)
            self.paradigms.setdefault(key, {})

    def drop(self, key: Key) -> None:
        self.paradigms.pop(key, None)
        self.genders.pop(key, None)
        self.variants.pop(key, None)

    def add_variant(self, key: Key, forms: frozenset[str]) -> None:
        """Record the labelled forms one .dic line gave the lemma."""
        if forms and forms not in self.variants[key]:
            self.variants[key].append(forms)

    def form_index(self) -> dict[str, set[tuple[str, str, str]]]:
        """form -> {(lemma, class, code)}; known-only forms get an empty set."""
        index: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        for (lemma, cls), paradigm in self.paradigms.items():
            for code, forms in paradigm.items():
                for form in forms:
                    index[form].add((lemma, cls, code))
        for form in self.known:
            if form not in index and not _derivable_genitive(form, index):
                index[form] = set()
        return index


def _derivable_genitive(form: str, index: dict[str, set[tuple[str, str, str]]]) -> bool:
    """The reader knows X+s and X+' of every stored X, so they need no line."""
    return form[-1:] in ("s", "'") and form[:-1] in index


def section_lines(tables: Tables) -> dict[str, list[str]]:
    """The sections of the main table file; lines of ``forms`` and ``lemmas`` are
    grouped by their (few distinct) analyses or paradigm lines."""
    index = tables.form_index()
    analyses = {
        form: ";".join(sorted(f"{relative(form, lem)}:{code}" for lem, _c, code in index[form]))
        for form in index
    }
    paradigms = {
        f"{lemma}\t{cls}": _paradigm_line((lemma, cls), tables) for lemma, cls in tables.paradigms
    }
    form_values, forms = keyed(analyses)
    lemma_values, lemmas = keyed(paradigms)
    return {
        "form-values": form_values,
        "forms": forms,
        "lemma-values": lemma_values,
        "lemmas": lemmas,
        "joints": sorted(tables.joints),
    }


def thesaurus_lines(
    thesaurus: dict[str, tuple[str, str, str]], expressions: set[str]
) -> dict[str, list[str]]:
    """The sections of the thesaurus file."""
    heads = sorted(thesaurus)
    return {
        "heads": heads,
        "relations": ["\t".join(thesaurus[h]) for h in heads],
        "expressions": sorted(expressions),
    }


def keyed(values: dict[str, str]) -> tuple[list[str], list[str]]:
    """The distinct values, sorted, and the keys' lines ``key<US>value-number``, sorted
    by key, a ``\v`` starting every ``BLOCK``-th line (see the module's docstring)."""
    distinct = sorted(set(values.values()))
    number = {value: n for n, value in enumerate(distinct)}
    lines = [f"{key}{US}{number[values[key]]}" for key in sorted(values)]
    return distinct, [("\v" if n % BLOCK == 0 else "") + line for n, line in enumerate(lines)]


def _paradigm_line(key: Key, tables: Tables) -> str:
    """``gender<TAB>code=f,f;code=f`` and, for a lemma that two .dic lines inflect
    differently, ``<TAB>`` and per line the positions of its forms in that list
    (``0.1.3|0.2.4``); forms no line made (irregular pointers) belong to every line."""
    lemma = key[0]
    gender = "".join(sorted(tables.genders.get(key, set())))
    parts = []
    flat: list[str] = []
    for code, forms in sorted(tables.paradigms[key].items()):
        parts.append(code + "=" + ",".join(relative(lemma, f) for f in sorted(forms)))
        flat.extend(sorted(forms))
    line = gender + "\t" + ";".join(parts)
    variants = _variant_positions(flat, tables.variants.get(key, []))
    return line + "\t" + variants if variants else line


def _variant_positions(flat: list[str], variants: list[frozenset[str]]) -> str:
    made: frozenset[str] = frozenset().union(*variants) if variants else frozenset()
    sets = [frozenset(n for n, f in enumerate(flat) if f in v or f not in made) for v in variants]
    # a line that adds nothing of its own (a compound-only copy of the stem) is no variant
    kept = [s for s in dict.fromkeys(sets) if s and not any(s < other for other in sets)]
    if len(kept) < 2:
        return ""
    return "|".join(".".join(str(n) for n in sorted(s)) for s in kept)


def check_lines(sections: dict[str, list[str]]) -> None:
    """No line may contain the separators of the format."""
    for name, lines in sections.items():
        for line in lines:
            if "\n" in line or "\f" in line or "\v" in line[1:] or line.count(US) > 1:
                raise ValueError(f"{name}: bad line {line!r}")
