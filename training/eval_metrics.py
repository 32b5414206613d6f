"""Scoring that does not depend on spaCy's Scorer.

spaCy 3.8's ``Scorer.score_deps`` mishandles partially annotated gold, so
we count everything ourselves, CoNLL-style: gold tokens, punctuation
excluded from UAS/LAS, exact entity spans.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from conll_io import Sentence
from spacy.tokens import Doc


@dataclass
class TokenScores:
    n: int = 0
    upos: int = 0
    morph: int = 0
    lemma: int = 0
    dep_n: int = 0
    uas: int = 0
    las: int = 0

    def add(self, pred: Doc, gold: Sentence) -> None:
        for tok, g in zip(pred, gold.tokens, strict=False):
            self.n += 1
            self.upos += tok.pos_ == g.pos
            self.morph += str(tok.morph) == ("" if g.feats == "_" else g.feats)
            self.lemma += tok.lemma_ == g.lemma
            if g.pos == "PUNCT":
                continue
            self.dep_n += 1
            head = 0 if tok.head.i == tok.i else tok.head.i - pred[0].i + 1
            dep = "root" if tok.dep_ == "ROOT" else tok.dep_
            self.uas += head == g.head
            self.las += head == g.head and dep == g.deprel

    def as_dict(self) -> dict[str, float]:
        return {
            "tokens": self.n,
            "upos": round(100 * self.upos / self.n, 2),
            "morph": round(100 * self.morph / self.n, 2),
            "lemma": round(100 * self.lemma / self.n, 2),
            "uas": round(100 * self.uas / self.dep_n, 2),
            "las": round(100 * self.las / self.dep_n, 2),
        }


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * f, 2)}


def iob_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, label = set(), -1, ""
    for i, t in enumerate([*tags, "O"]):
        if start >= 0 and not (t.startswith("I-") and t[2:] == label):
            spans.add((start, i, label))
            start = -1
        if t.startswith("B-") or (t.startswith("I-") and start < 0):
            start, label = i, t[2:]
    return spans


@dataclass
class NerScores:
    tp: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)

    def add(self, pred: Doc, gold_tags: list[str]) -> None:
        p = {(e.start, e.end, e.label_) for e in pred.ents}
        g = iob_spans(gold_tags)
        for s in p:
            self.pred[s[2]] += 1
        for s in g:
            self.gold[s[2]] += 1
        for s in p & g:
            self.tp[s[2]] += 1

    def as_dict(self) -> dict[str, object]:
        labels = sorted(set(self.gold) | set(self.pred))
        out: dict[str, object] = dict(
            prf(sum(self.tp.values()), sum(self.pred.values()), sum(self.gold.values()))
        )
        out["per_type"] = {lab: prf(self.tp[lab], self.pred[lab], self.gold[lab]) for lab in labels}
        return out


def sentence_spans(texts: list[str]) -> tuple[str, set[tuple[int, int]]]:
    """Join gold sentences into one raw text; return it with gold char spans."""
    spans, parts, pos = set(), [], 0
    for t in texts:
        spans.add((pos, pos + len(t)))
        parts.append(t)
        pos += len(t) + 1
    return " ".join(parts), spans
