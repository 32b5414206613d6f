"""The main clause of a sentence as its fields: what stands before the finite verb,
the finite verb, the subject and the constituents after it. Statements are made by
moving, dropping or replacing whole constituents, then writing the tokens out again."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from quizgen.analysis import Sentence, Token

SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
_NO_SPACE_BEFORE = (",", ".", ";", ":", ")", "!", "?", "%")


@dataclass(frozen=True)
class Constituent:
    head: int  # the root's child that heads it
    ids: tuple[int, ...]  # contiguous token indices, in order

    @property
    def start(self) -> int:
        return self.ids[0]


@dataclass(frozen=True)
class Shape:
    """A declarative main clause in V2 order: ``fronted`` finite ``rest`` + ``end``."""

    sentence: Sentence
    root: int
    finite: int
    fronted: Constituent
    parts: tuple[Constituent, ...]  # every constituent after the finite verb, in order
    subject: Constituent
    end: int  # index of the final punctuation

    def token(self, i: int) -> Token:
        return self.sentence.tokens[i]

    def words(self, ids: Iterable[int]) -> list[str]:
        return [self.sentence.tokens[i].text.lower() for i in ids]

    @property
    def subject_first(self) -> bool:
        return self.fronted == self.subject


def _finite(sentence: Sentence, root: Token) -> int | None:
    if root.feature("VerbForm") == "Fin":
        return root.i
    for child in sentence.children(root.i):
        if child.dep in ("aux", "aux:pass", "cop") and child.feature("VerbForm") == "Fin":
            return child.i
    return None


def _constituents(sentence: Sentence, root: int, finite: int, end: int) -> list[Constituent]:
    out = []
    for child in sentence.children(root):
        if child.i in (finite, end):
            continue
        ids = tuple(t.i for t in sentence.subtree(child.i))
        if ids[-1] - ids[0] + 1 != len(ids) or end in ids:
            return []  # a torn constituent: moving it would tear the sentence
        out.append(Constituent(child.i, ids))
    return sorted(out, key=lambda c: c.start)


# Relations whose head may carry its own auxiliary or copula: a clause of its own.
_CLAUSAL = frozenset({"acl", "advcl", "ccomp", "csubj", "xcomp", "conj", "parataxis"})


def _stray_verb(sentence: Sentence, root: int) -> bool:
    """An auxiliary or copula before the main verb on a word that heads no clause
    ("Byen er den sidste lomme ..., som X har": the parse made "lomme" the subject of
    "har"): the verb taken as the clause's own is not, and "ikke" would land in the
    relative clause."""
    tokens = sentence.tokens
    return any(
        t.dep in ("cop", "aux", "aux:pass")
        and t.head != root
        and t.i < root
        and tokens[t.head].dep.split(":")[0] not in _CLAUSAL
        for t in tokens
    )


def main_clause(sentence: Sentence) -> Shape | None:
    """The sentence's main clause in fields, or None when it is not one plain V2 clause."""
    tokens = sentence.tokens
    if not tokens or tokens[-1].text not in (".", "!"):
        return None
    roots = [t for t in tokens if t.dep == "ROOT"]
    if len(roots) != 1:
        return None
    root = roots[0]
    finite = _finite(sentence, root)
    end = len(tokens) - 1
    if finite is None or _stray_verb(sentence, root.i):
        return None
    parts = _constituents(sentence, root.i, finite, end)
    if root.i != finite:
        parts = sorted([*parts, Constituent(root.i, (root.i,))], key=lambda c: c.start)
    # A leading "Men"/"Og" stands outside the clause and ties it to the sentence before:
    # left out, the clause keeps its V2 order and says the same ("Men nu har X ...").
    opener = 1 if parts and parts[0].ids == (0,) and _conjunction(tokens[0]) else 0
    parts = parts[opener:]
    before = [c for c in parts if c.start < finite]
    subjects = [c for c in parts if sentence.tokens[c.head].dep in SUBJECTS]
    if len(before) != 1 or before[0].ids[0] != opener or len(subjects) != 1:
        return None
    # The fronted field must end right before the finite verb: "X, Vfin" is a fronted
    # clause with its comma, which the clause takes along.
    last = before[0].ids[-1]
    if last + 1 != finite and not (last + 2 == finite and tokens[last + 1].text == ","):
        return None
    if last + 2 == finite:
        before = [Constituent(before[0].head, (*before[0].ids, last + 1))]
    after = tuple(c for c in parts if c.start > finite)
    if sum(len(c.ids) for c in [*before, *after]) + 2 + opener != len(tokens):
        return None  # something hangs outside the fields: leave the sentence alone
    subject = subjects[0] if subjects[0].start > finite else before[0]
    return Shape(sentence, root.i, finite, before[0], after, subject, end)


def _conjunction(token: Token) -> bool:
    return token.pos == "CCONJ" and token.dep == "cc"


Piece = int | str  # a token of the sentence, or a word put in


def render(
    sentence: Sentence,
    order: Sequence[Piece],
    keep_case: frozenset[int],
    replace: Mapping[int, str] | None = None,
) -> str:
    """Tokens ``order`` written out (``replace`` gives some of them new words; a string
    is a word put in): original spacing inside runs, one space between runs, the first
    word capitalised, a formerly first word lower-cased unless it is a name."""
    text = ""
    previous: int | None = None
    for n, piece in enumerate(order):
        if isinstance(piece, str):
            word, joined = piece, False
        else:
            token = sentence.tokens[piece]
            word = (replace or {}).get(piece, token.text)
            if piece == 0 and n != 0 and piece not in keep_case:
                word = word[:1].lower() + word[1:]
            before = sentence.tokens[previous] if previous is not None else None
            joined = before is not None and before.i + 1 == piece and not before.whitespace
        after_paren = text.endswith("(")
        if n and not joined and word not in _NO_SPACE_BEFORE and not after_paren:
            text += " "
        text += word
        previous = piece if isinstance(piece, int) else None
    return text[:1].upper() + text[1:]


def names(sentence: Sentence) -> frozenset[int]:
    """Tokens whose capital letter is part of the word: names and abbreviations."""
    return frozenset(
        t.i
        for t in sentence.tokens
        if t.pos == "PROPN"
        or (t.ent_type and t.pos in ("NOUN", "X"))
        or any(c.isupper() for c in t.text[1:])  # "IS-krigere", "AaB"
    )
