"""Re-split CDT sentences the way UD Danish-DDT does.

CDT ends a sentence after a colon before a quotation and after numbering
such as "2)", and it starts the next sentence with the closing quote of the
previous one.  UD keeps those together; a parser trained on CDT's splits
scores badly on UD sentence boundaries, so we repair adjacent training
sentences of the same text before building docs.
"""

from __future__ import annotations

from typing import Protocol, TypeVar


class RowLike(Protocol):
    word: str
    space: bool
    head: int
    dep: str | None
    ent: str | None


R = TypeVar("R", bound=RowLike)
QUOTES = {'"', "'", "»", "«"}


def _root(rows: list[R]) -> int:
    return next((i for i, r in enumerate(rows) if r.head == i and r.dep == "root"), 0)


def _is_numbering(rows: list[R]) -> bool:
    return 1 <= len(rows) <= 3 and rows[-1].word in (")", ".") and rows[0].word[:1].isalnum()


def _move_leading_quote(prev: list[R], cur: list[R]) -> None:
    """A sentence-initial closing quote belongs to the end of the previous sentence."""
    quote = cur.pop(0)
    for i, r in enumerate(cur):
        r.head = r.head - 1 if r.head > 0 else i
    quote.head, quote.dep = _root(prev), "punct"
    prev.append(quote)


def _merge(prev: list[R], cur: list[R]) -> list[R]:
    """Glue ``cur`` onto ``prev``; the join is left unlabelled (head missing)."""
    root, offset = _root(prev), len(prev)
    cur_root = _root(cur)
    for i, r in enumerate(cur):
        if i == cur_root:
            r.head, r.dep = root, None
        else:
            r.head += offset
    return prev + cur


def fix_run(run: list[list[R]]) -> tuple[list[list[R]], dict[str, int]]:
    """Repair a run of adjacent sentences of one text; return it and counts."""
    stats = {"quotes_moved": 0, "merged": 0}
    out: list[list[R]] = []
    for cur in run:
        if out and len(cur) > 1 and cur[0].word in QUOTES:
            prev = out[-1]
            # unmatched in both: it closes prev's quotation rather than opening one
            q = cur[0].word
            if sum(r.word == q for r in prev) % 2 == 1 and sum(r.word == q for r in cur) % 2 == 1:
                _move_leading_quote(prev, cur)
                stats["quotes_moved"] += 1
        if out and (out[-1][-1].word == ":" or _is_numbering(out[-1])):
            out[-1] = _merge(out[-1], cur)
            stats["merged"] += 1
            continue
        out.append(cur)
    return out, stats


def fix_quote_spacing(run: list[list[R]]) -> None:
    """CDT has no spacing: glue ``"`` to the quoted text (`"Ja," siger han`).

    Opening and closing quotes are told apart by parity across the run, as a
    quotation may span sentences.  With the tok2vec seeing whitespace (SPACY),
    this is what tells a closing quote after a full stop from the opening
    quote of the next sentence.
    """
    rows = [r for sent in run for r in sent]
    is_open = False
    for i, r in enumerate(rows):
        if r.word != '"':
            continue
        if is_open and i > 0:
            rows[i - 1].space = False
        elif not is_open:
            r.space = False
        is_open = not is_open
