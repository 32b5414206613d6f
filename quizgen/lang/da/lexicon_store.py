"""Loading the shipped Danish lexicon tables (format: tools/lexicon_tables.py).

Loading reads one gzip file and cuts each sorted key table into blocks of a few dozen
keys (a :class:`Table`); a block becomes a dictionary only when a lookup falls into it,
and a value line is parsed only when a lookup asks for it. A build looks up a few
thousand of the 630,000 keys, so this loads in a fraction of the time and memory of
filling dictionaries with every key. The thesaurus is a second file, read on first use.
"""

from __future__ import annotations

import gzip
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
FORMAT = "quizgen-da-lexicon 2"
US = "\x1f"  # between a key and its value's number


class Table:
    """A sorted key table read a block at a time: ``get`` and ``in`` as on a dict.

    Lookups fill a per-block cache; what a lookup returns never changes."""

    def __init__(self, body: str, values: list[str]) -> None:
        self._blocks = body[1:].split("\n\v") if body else []
        self._firsts = [block[: block.index(US)] for block in self._blocks]
        self._values = values
        self._parsed: dict[int, dict[str, str]] = {}

    def get(self, key: str, default: str | None = None) -> str | None:
        number = bisect_right(self._firsts, key) - 1
        if number < 0:
            return default
        block = self._parsed.get(number)
        if block is None:
            block = self._parsed[number] = self._parse(self._blocks[number])
        return block.get(key, default)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def _parse(self, block: str) -> dict[str, str]:
        values = self._values
        pairs = (line.split(US) for line in block.split("\n"))
        return {key: values[int(number)] for key, number in pairs}


@dataclass(frozen=True)
class Store:
    """The raw forms and lemmas: each value is an unparsed line."""

    lemmas: Table  # "lemma\tCLASS" -> paradigm line
    forms: Table  # form -> analyses line
    joints: frozenset[str]


@dataclass(frozen=True)
class Thesaurus:
    relations: dict[str, str]  # head -> "synonyms\thypernyms\thyponyms"
    expressions: tuple[str, ...]
    expression_set: frozenset[str]


def _sections(path: Path) -> dict[str, str]:
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    header, *chunks = text.split("\f")
    if header.strip() != FORMAT:
        raise ValueError(f"{path}: not a {FORMAT} file")
    sections = {}
    for chunk in chunks:
        name, _, body = chunk.partition("\n")
        sections[name] = body[:-1]
    return sections


def read_store(folder: Path = DATA) -> Store:
    """Read ``lexicon.txt.gz``; raises ValueError if it is not a table file."""
    sections = _sections(folder / "lexicon.txt.gz")
    return Store(
        lemmas=Table(sections["lemmas"], sections["lemma-values"].split("\n")),
        forms=Table(sections["forms"], sections["form-values"].split("\n")),
        joints=frozenset(sections["joints"].split("\n")),
    )


def read_thesaurus(folder: Path = DATA) -> Thesaurus:
    """Read ``thesaurus.txt.gz``."""
    sections = _sections(folder / "thesaurus.txt.gz")
    heads, relations = sections["heads"].split("\n"), sections["relations"].split("\n")
    expressions = tuple(sections["expressions"].split("\n"))
    return Thesaurus(dict(zip(heads, relations, strict=True)), expressions, frozenset(expressions))


def relative(base: str, spec: str) -> str:
    """Apply a ``cut:add`` spec: drop ``cut`` characters from the end, then add."""
    cut, _, add = spec.partition(":")
    return base[: len(base) - int(cut)] + add


def parse_analyses(form: str, line: str) -> list[tuple[str, str]]:
    """(lemma, code) pairs of one analyses line."""
    out = []
    for item in line.split(";") if line else ():
        spec, _, code = item.rpartition(":")
        out.append((relative(form, spec), code))
    return out


def parse_paradigm(lemma: str, line: str) -> tuple[str, list[tuple[str, str]]]:
    """(gender letters, [(code, form), ...]) of one paradigm line."""
    gender, _, rest = line.partition("\t")
    body = rest.partition("\t")[0]
    forms: list[tuple[str, str]] = []
    for part in body.split(";") if body else ():
        code, _, specs = part.partition("=")
        forms.extend((code, relative(lemma, spec)) for spec in specs.split(","))
    return gender, forms


def parse_variants(line: str, forms: list[tuple[str, str]]) -> tuple[frozenset[str], ...]:
    """The form sets of a paradigm line's variants (homographs inflected apart: "dom"
    as dommen/domme and as domen/domer); empty when the lemma has one paradigm."""
    spec = line.split("\t")[2] if line.count("\t") >= 2 else ""
    variants = spec.split("|") if spec else []
    return tuple(frozenset(forms[int(n)][1] for n in v.split(".")) for v in variants)
