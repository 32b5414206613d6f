"""Build quizgen's Danish lexicon tables from Stavekontrolden and the Danish MyThes.

Usage: ``python tools/build_lexicon.py ../shared/data [out-folder]`` where the data
folder holds ``hunspell-da/da_DK.{aff,dic}`` and ``thesaurus-da/th_da_DK.dat``. The
output (default quizgen/lang/da/data/: lexicon.txt.gz and thesaurus.txt.gz) is
byte-identical for the same input. The format is described in tools/lexicon_tables.py.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from hunspell_affix import Affixes, DicEntry, expand, load
from lexicon_closed import CLOSED
from lexicon_paradigms import (
    base_codes,
    form_code,
    gender,
    irregular_codes,
    word_class,
)
from lexicon_tables import Tables, check_lines, section_lines, thesaurus_lines
from lexicon_thesaurus import expressions, read_thesaurus

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "quizgen" / "lang" / "da" / "data"
FILES = ("lexicon.txt.gz", "thesaurus.txt.gz")
FORMAT = "quizgen-da-lexicon 2"
VERBAL_NOUN = "79"


def add_entry(tables: Tables, entry: DicEntry, aff: Affixes) -> None:
    """Expand one .dic line into the tables."""
    irregular = tuple(value for name, value in entry.fields if name == "al")
    cls = word_class(entry.stem, entry.flags, irregular)
    key = (entry.stem, cls)
    forms = expand(entry.stem, entry.flags, aff)
    joint_flags = {aff.onlyincompound, aff.compound_begin} - {None}
    labelled: set[str] = set()
    coded: set[str] = set()
    for form in forms:
        if form.chain and form.flags & joint_flags:
            tables.joints.add(form.text)
        elif not form.chain:
            for code in base_codes(cls, entry.flags):
                tables.add(key, form.text, code)
            coded.add(form.text)
        elif _wanted(form.chain[-1].flag, form.chain[-1].tag, form.text):
            code = form_code(cls, form.chain) or ""
            if not code and form.text in labelled:
                continue
            labelled.add(form.text)
            tables.add(key, form.text, code)
            if code:
                coded.add(form.text)
    if cls == "NOUN":
        tables.genders[key].update(gender(forms))
    for form_text, code in irregular_codes(cls, entry.stem, irregular):
        tables.add(key, form_text, code)
        if code:
            coded.add(form_text)
    tables.add_variant(key, frozenset(coded))
    if irregular:
        _complete_irregular(tables, key)


def _wanted(flag: str, tag: str, text: str) -> bool:
    """Leave out compound-end copies, hyphen-initial pieces and verbal nouns (79:
    "menen", "benen" are rare as words and common as misspellings)."""
    return tag != "ORD_SIDST" and flag != VERBAL_NOUN and not text.startswith("-")


def _complete_irregular(tables: Tables, key: tuple[str, str]) -> None:
    """An irregular adjective with a listed neuter has a common-gender base; an
    irregular verb not ending in -e has its stem as imperative (gå, dø)."""
    paradigm = tables.paradigms[key]
    lemma, cls = key
    if cls == "ADJ" and "an" in paradigm and "ax" in paradigm:
        paradigm["ac"] = paradigm.pop("ax")
    if cls == "VERB" and "vm" not in paradigm and (not lemma.endswith("e") or len(lemma) <= 2):
        tables.add(key, lemma, "vm")


def add_pointers(tables: Tables, pointers: dict[str, set[str]]) -> None:
    """``form st:lemma`` lines: forms of irregular lemmas that no ``al:`` field lists."""
    by_lemma: dict[str, list[tuple[str, str]]] = {}
    for lemma, cls in tables.paradigms:
        by_lemma.setdefault(lemma, []).append((lemma, cls))
    for form, lemmas in sorted(pointers.items()):
        for lemma in sorted(lemmas):
            keys = by_lemma.get(lemma, [])
            listed = any(form in forms for k in keys for forms in tables.paradigms[k].values())
            if keys and not listed:
                key = sorted(keys)[0]
                code = irregular_codes(key[1], lemma, (form,))[0][1] if key[1] == "NOUN" else ""
                tables.add(key, form, code)
            elif not keys:
                tables.add((form, "X"), form, "X")


_UMLAUT = {"æ": "aå", "ø": "oaå", "y": "u", "e": "a"}


def link_plurals(tables: Tables, plural_only: set[str]) -> None:
    """Attach plural-only entries (mænd, børn, fødder, bøger) to their singular."""
    singular_only = {
        lemma
        for (lemma, cls), paradigm in tables.paradigms.items()
        if cls == "NOUN" and "ns" in paradigm
    }
    for plural in sorted(plural_only):
        for singular in _singular_candidates(plural):
            if singular in singular_only and singular != plural:
                source, target = (plural, "NOUN"), (singular, "NOUN")
                for code, forms in tables.paradigms[source].items():
                    for form in forms:
                        tables.add(target, form, code)
                tables.drop(source)
                break


def _singular_candidates(plural: str) -> list[str]:
    stems = [
        plural[: len(plural) - len(end)] for end in ("er", "e", "r", "") if plural.endswith(end)
    ]
    out = []
    for stem in stems:
        for base in (stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
            match = re.search(r"[æøye](?=[^aeiouyæøå]*$)", base)
            if match:
                for vowel in _UMLAUT[match.group()]:
                    out.append(base[: match.start()] + vowel + base[match.end() :])
    return out


def add_closed(tables: Tables) -> None:
    """Closed-class words replace the unlabelled (X) entry of the same word."""
    from quizgen.lang.da.lexicon_codes import PREFIX_OF_CLASS

    for word, classes in sorted(CLOSED.items()):
        tables.drop((word, "X"))
        for cls in classes:
            tables.add((word, cls), word, PREFIX_OF_CLASS[cls])


def build(data: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The sections of both table files from the shared data folder."""
    aff, dic = load(data / "hunspell-da", "da_DK")
    tables = Tables()
    pointers: dict[str, set[str]] = {}
    plural_only: set[str] = set()
    for entry in dic:
        if aff.forbidden in entry.flags:
            continue
        if " " in entry.stem:
            tables.expressions.add(entry.stem)
            continue
        stems = [value for name, value in entry.fields if name == "st"]
        if stems and not entry.flags:
            pointers.setdefault(entry.stem, set()).update(stems)
            continue
        if "74" in entry.flags and not stems:
            plural_only.add(entry.stem)
        add_entry(tables, entry, aff)
    add_pointers(tables, pointers)
    link_plurals(tables, plural_only)
    add_closed(tables)
    thesaurus = read_thesaurus(data / "thesaurus-da" / "th_da_DK.dat")
    relations = {
        head: ("|".join(sorted(rel.syn)), "|".join(sorted(rel.hyper)), "|".join(sorted(rel.hypo)))
        for head, rel in thesaurus.items()
    }
    main_file = section_lines(tables)
    extra_file = thesaurus_lines(relations, tables.expressions | expressions(thesaurus))
    check_lines(main_file)
    check_lines(extra_file)
    return main_file, extra_file


def serialise(sections: dict[str, list[str]]) -> bytes:
    """The gzip bytes of the table file (mtime 0, so builds are byte-identical)."""
    text = (
        FORMAT
        + "\n"
        + "".join(f"\f{name}\n" + "\n".join(lines) + "\n" for name, lines in sections.items())
    )
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    for name, sections in zip(FILES, build(Path(argv[0])), strict=True):
        (out / name).write_bytes(serialise(sections))
        sizes = ", ".join(f"{section} {len(lines)}" for section, lines in sections.items())
        print(f"wrote {out / name} ({(out / name).stat().st_size:,} bytes): {sizes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
