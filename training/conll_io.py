"""Readers for the three input formats: CDT CoNLL-X, UD CoNLL-U and UNER IOB2."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Token:
    """One token with the columns we need; ``head`` is 1-based, 0 = root, -1 = missing."""

    form: str
    lemma: str
    pos: str  # UPOS for UD, PAROLE coarse tag for CDT
    tag: str  # PAROLE fine tag for CDT, "_" for UD
    feats: str
    head: int
    deprel: str
    space_after: bool = True


@dataclass
class Sentence:
    sent_id: str
    tokens: list[Token] = field(default_factory=list)
    ner: list[str] | None = None  # IOB2 tags aligned with ``tokens``, None = unknown

    @property
    def key(self) -> str:
        return norm_key(t.form for t in self.tokens)


def norm_key(forms: object) -> str:
    """Tokenisation-independent sentence key: lower-cased text without spaces and ``_``."""
    text = "".join(str(f) for f in forms)  # type: ignore[attr-defined]
    return text.lower().replace("_", "").replace(" ", "")


def _blocks(path: Path) -> list[list[str]]:
    blocks: list[list[str]] = []
    cur: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            cur.append(line)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def read_cdt(path: Path) -> list[Sentence]:
    """CDT CoNLL-X; lemmas carry HTML entities (``&quot;``) that UD decoded."""
    sents = []
    for i, block in enumerate(_blocks(path)):
        s = Sentence(f"{path.stem}-{i}")
        for line in block:
            c = line.split("\t")
            s.tokens.append(Token(c[1], html.unescape(c[2]), c[3], c[4], c[5], int(c[6]), c[7]))
        sents.append(s)
    return sents


def read_conllu(path: Path) -> list[Sentence]:
    sents = []
    for block in _blocks(path):
        s = Sentence("")
        for line in block:
            if line.startswith("# sent_id"):
                s.sent_id = line.split("=", 1)[1].strip()
                continue
            if line.startswith("#"):
                continue
            c = line.split("\t")
            if not c[0].isdigit():  # multiword ranges / empty nodes (none in DDT)
                continue
            s.tokens.append(
                Token(c[1], c[2], c[3], c[4], c[5], int(c[6]), c[7], "SpaceAfter=No" not in c[9])
            )
        sents.append(s)
    return sents


def read_iob2(path: Path) -> list[Sentence]:
    """UNER: token + IOB2 tag; only PER/ORG/LOC occur."""
    sents = []
    for block in _blocks(path):
        s = Sentence("", ner=[])
        for line in block:
            if line.startswith("# sent_id"):
                s.sent_id = line.split("=", 1)[1].strip()
                continue
            if line.startswith("#"):
                continue
            c = line.split("\t")
            s.tokens.append(Token(c[1], "_", "_", "_", "_", -1, "_"))
            assert s.ner is not None
            s.ner.append(c[2])
        sents.append(s)
    return sents


def cdt_files(data: Path) -> list[Path]:
    return sorted((data / "cdt-da").glob("*-da.conll"))
