"""Read a MyThes thesaurus (th_da_DK.dat): head words, synonyms, hyponyms, hypernyms.

Format: a line ``head|n`` then n meaning lines ``|term|term|...``; a term marked
``(underbegreb)`` is a hyponym of the head, ``(overbegreb)`` a hypernym; register
labels such as ``(daglig tale)`` are dropped. Hypernyms are also derived by inverting
the hyponym lists (the Danish file marks hyponyms only): X lists Y as underbegreb, so
X is a hypernym of Y.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_LABEL = re.compile(r"\s*\(([^()]*)\)\s*$")
_RELATIONS = {"underbegreb": "hypo", "overbegreb": "hyper"}


@dataclass
class Relations:
    syn: set[str] = field(default_factory=set)
    hyper: set[str] = field(default_factory=set)
    hypo: set[str] = field(default_factory=set)


def _term(raw: str) -> tuple[str, str]:
    """('term', relation) with labels stripped; relation is syn, hyper or hypo."""
    relation = "syn"
    term = raw.strip()
    while (match := _LABEL.search(term)) is not None:
        relation = _RELATIONS.get(match.group(1), relation)
        term = term[: match.start()].strip()
    return term, relation


def read_thesaurus(path: Path) -> dict[str, Relations]:
    """Head word (and every hyponym) -> its relations, sets sorted by the writer."""
    lines = path.read_text(encoding="utf-8").splitlines()
    table: dict[str, Relations] = {}
    i = 1  # the first line names the encoding
    while i < len(lines):
        head, _, count = lines[i].rpartition("|")
        i += 1
        if not head or not count.isdigit():
            continue
        head = _term(head)[0]
        entry = table.setdefault(head, Relations())
        for line in lines[i : i + int(count)]:
            for raw in line.split("|")[1:]:
                term, relation = _term(raw)
                if term and term != head:
                    getattr(entry, relation).add(term)
        i += int(count)
    for head, entry in list(table.items()):
        for hypo in entry.hypo:
            table.setdefault(hypo, Relations()).hyper.add(head)
        for hyper in entry.hyper:
            table.setdefault(hyper, Relations()).hypo.add(head)
    return table


def expressions(table: dict[str, Relations]) -> set[str]:
    """Every multi-word term (head word or listed term): fixed expressions."""
    found = set()
    for head, entry in table.items():
        for term in (head, *entry.syn, *entry.hyper, *entry.hypo):
            term = term.lstrip("'")
            if " " in term and not term.startswith("-"):
                found.add(term)
    return found
