"""A small hunspell affix engine: parse a .aff/.dic pair and expand stems to their forms.

Implements what the Danish Stavekontrolden files use (and a little more): FLAG
(char, ``long``, ``num``, ``UTF-8``), SFX/PFX blocks with strip, append,
continuation flags, conditions (``.``, ``[abc]``, ``[^abc]``, literals) and the
cross product of a prefix with a suffix, two-level suffixes through continuation
classes, NEEDAFFIX, ONLYINCOMPOUND, FORBIDDENWORD, COMPOUNDBEGIN and the morphological
fields of .dic lines (``al:``, ``st:``, ...). Generation follows hunspell's checking
rules: an outer suffix is tried on the inner suffix's output, with its condition
tested against that output.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Rule:
    """One affix rule line."""

    flag: str
    prefix: bool
    strip: str
    append: str
    cont: frozenset[str]
    condition: str
    cross: bool
    tag: str

    def matches(self, word: str) -> bool:
        if self.prefix:
            return (
                word.startswith(self.strip)
                and _condition_re(self.condition, True).match(word) is not None
            )
        return (
            word.endswith(self.strip)
            and _condition_re(self.condition, False).search(word) is not None
        )

    def apply(self, word: str) -> str:
        if self.prefix:
            return self.append + word[len(self.strip) :]
        return word[: len(word) - len(self.strip)] + self.append


_COND_CACHE: dict[tuple[str, bool], re.Pattern[str]] = {}


def _condition_re(condition: str, prefix: bool) -> re.Pattern[str]:
    key = (condition, prefix)
    pattern = _COND_CACHE.get(key)
    if pattern is None:
        body = "".join(_cond_atoms(condition))
        pattern = re.compile("^" + body if prefix else body + "$")
        _COND_CACHE[key] = pattern
    return pattern


def _cond_atoms(condition: str) -> Iterator[str]:
    i = 0
    while i < len(condition):
        char = condition[i]
        if char == "[":
            end = condition.index("]", i)
            inner = condition[i + 1 : end]
            negate = inner.startswith("^")
            chars = re.escape(inner[1:] if negate else inner)
            yield f"[{'^' if negate else ''}{chars}]"
            i = end + 1
        else:
            yield "." if char == "." else re.escape(char)
            i += 1


@dataclass
class Affixes:
    """The parts of a .aff file that expansion needs."""

    flag_mode: str = "char"
    rules: dict[str, list[Rule]] = field(default_factory=dict)
    needaffix: str | None = None
    onlyincompound: str | None = None
    forbidden: str | None = None
    compound_begin: str | None = None
    compound_end: str | None = None

    def split_flags(self, text: str) -> frozenset[str]:
        if not text:
            return frozenset()
        if self.flag_mode == "num":
            return frozenset(part for part in text.split(",") if part)
        if self.flag_mode == "long":
            return frozenset(text[i : i + 2] for i in range(0, len(text), 2))
        return frozenset(text)


_SPECIAL = {
    "NEEDAFFIX": "needaffix",
    "ONLYINCOMPOUND": "onlyincompound",
    "FORBIDDENWORD": "forbidden",
    "COMPOUNDBEGIN": "compound_begin",
    "COMPOUNDEND": "compound_end",
}


def parse_aff(text: str) -> Affixes:
    """Parse an .aff file's text (already decoded)."""
    aff = Affixes()
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    i = 0
    while i < len(lines):
        parts = lines[i].split()
        i += 1
        if parts[0] == "FLAG" and len(parts) > 1:
            aff.flag_mode = {"UTF-8": "char"}.get(parts[1], parts[1])
        elif parts[0] in _SPECIAL and len(parts) > 1:
            setattr(aff, _SPECIAL[parts[0]], parts[1])
        elif parts[0] in ("SFX", "PFX") and len(parts) == 4 and parts[2] in "YN":
            count = int(parts[3])
            block = [lines[i + k].split() for k in range(count)]
            i += count
            aff.rules[parts[1]] = [_rule(aff, parts, fields) for fields in block]
    return aff


def _rule(aff: Affixes, header: list[str], fields: list[str]) -> Rule:
    kind, flag, cross = header[0], header[1], header[2] == "Y"
    strip = "" if fields[2] == "0" else fields[2]
    append, _, cont = fields[3].partition("/")
    condition = fields[4] if len(fields) > 4 else "."
    tag = next((f[1:] for f in fields[5:] if f.startswith("+")), "")
    return Rule(
        flag=flag,
        prefix=kind == "PFX",
        strip=strip,
        append="" if append == "0" else append,
        cont=aff.split_flags(cont),
        condition=condition,
        cross=cross,
        tag=tag,
    )


@dataclass(frozen=True)
class DicEntry:
    """One .dic line: the stem, its flags and its morphological fields."""

    stem: str
    flags: frozenset[str]
    fields: tuple[tuple[str, str], ...]


def parse_dic(text: str, aff: Affixes) -> list[DicEntry]:
    """Parse a .dic file's text; the first line (the count) is skipped."""
    entries = []
    for line in text.splitlines()[1:]:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, fields = _split_fields(line)
        stem, _, flags = head.partition("/")
        if stem.endswith("\\"):
            stem, flags = head, ""
        entries.append(DicEntry(stem, aff.split_flags(flags), fields))
    return entries


def _split_fields(line: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A .dic line is ``stem[/flags]`` then morphological fields ``xx:value``.

    Multi-word stems ("a cappella") contain spaces too, so a field starts at the
    first space-separated token of the form ``xx:``."""
    tokens = line.replace("\t", " ").split(" ")
    for n, token in enumerate(tokens):
        if n and re.fullmatch(r"[a-z]{2}:.*", token):
            fields = tuple((t[:2], t[3:]) for t in tokens[n:] if re.fullmatch(r"[a-z]{2}:.*", t))
            return " ".join(tokens[:n]), fields
    return line, ()


@dataclass(frozen=True)
class Form:
    """A generated form and the rules that made it (innermost first)."""

    text: str
    chain: tuple[Rule, ...]
    flags: frozenset[str]


def expand(stem: str, flags: frozenset[str], aff: Affixes) -> list[Form]:
    """Every form of a stem: the stem itself and all (cross-)affixed forms.

    Forms whose flags carry NEEDAFFIX are intermediate and left out; ONLYINCOMPOUND
    forms are kept (the caller decides) — check ``Form.flags``."""
    out: list[Form] = [Form(stem, (), flags)]
    out.extend(_suffixed(stem, flags, aff, (), 0))
    for flag in sorted(flags):
        for rule in aff.rules.get(flag, ()):
            if not rule.prefix or not rule.matches(stem):
                continue
            base = rule.apply(stem)
            out.append(Form(base, (rule,), rule.cont))
            if rule.cross:
                crossed = frozenset(f for f in flags if any(r.cross for r in aff.rules.get(f, ())))
                for form in _suffixed(stem, crossed, aff, (), 0):
                    out.append(Form(_prefix(rule, form.text), (rule, *form.chain), form.flags))
    need = aff.needaffix
    return [form for form in out if need is None or need not in form.flags]


def _prefix(rule: Rule, word: str) -> str:
    """A prefix's condition was checked on the stem; apply it to a suffixed form."""
    return rule.append + word[len(rule.strip) :]


def _suffixed(
    word: str, flags: frozenset[str], aff: Affixes, chain: tuple[Rule, ...], depth: int
) -> Iterator[Form]:
    if depth >= 3:
        return
    for flag in sorted(flags):
        for rule in aff.rules.get(flag, ()):
            if rule.prefix or not rule.matches(word):
                continue
            text = rule.apply(word)
            new_chain = (*chain, rule)
            yield Form(text, new_chain, rule.cont)
            yield from _suffixed(text, rule.cont, aff, new_chain, depth + 1)


def load(folder: Path, name: str) -> tuple[Affixes, list[DicEntry]]:
    """Read ``name.aff`` and ``name.dic`` from a folder (UTF-8, as the SET line says)."""
    aff = parse_aff((folder / f"{name}.aff").read_text(encoding="utf-8"))
    dic = parse_dic((folder / f"{name}.dic").read_text(encoding="utf-8"), aff)
    return aff, dic
