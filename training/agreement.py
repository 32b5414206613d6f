"""Measure the PAROLE->UD and DDT->UD conversions against UD gold where sentences overlap."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from conll_io import Sentence, cdt_files, read_cdt, read_conllu
from ddt2ud import convert_tree
from parole import FeatsTable, upos_for
from split_tokens import split_multiwords


def pairs(cdt: list[Sentence], ud: list[Sentence]) -> list[tuple[Sentence, Sentence]]:
    by_key = {s.key: s for s in ud}
    out = []
    for s in cdt:
        u = by_key.get(s.key)
        if u and [t.form for t in s.tokens] == [t.form for t in u.tokens]:
            out.append((s, u))
    return out


def learn_table(dev_pairs: list[tuple[Sentence, Sentence]]) -> FeatsTable:
    table = FeatsTable()
    for c, u in dev_pairs:
        table.learn(c, upos_for(c), u)
    return table


def measure(
    prs: list[tuple[Sentence, Sentence]], table: FeatsTable, confusions: bool = False
) -> dict[str, float]:
    n = pos_ok = feats_ok = lemma_ok = 0
    dep_n = uas = las = missing = 0
    conf: Counter[tuple[str, str]] = Counter()
    for c, u in prs:
        upos = upos_for(c)
        heads, rels = convert_tree(c, upos)
        for t, p, h, r, g in zip(c.tokens, upos, heads, rels, u.tokens, strict=False):
            n += 1
            pos_ok += p == g.pos
            feats_ok += table.feats(t, p) == g.feats
            lemma_ok += table.lemma(t, p) == g.lemma
            if g.pos == "PUNCT":
                continue
            if h == -1:
                missing += 1
                continue
            dep_n += 1
            uas += h == g.head
            las += h == g.head and r == g.deprel
            if confusions and r != g.deprel:
                conf[(r, g.deprel)] += 1
    if confusions:
        for k, v in conf.most_common(40):
            print(k, v)
    return {
        "sentences": len(prs),
        "tokens": n,
        "upos": 100 * pos_ok / n,
        "feats": 100 * feats_ok / n,
        "lemma": 100 * lemma_ok / n,
        "uas": 100 * uas / dep_n,
        "las": 100 * las / dep_n,
        "missing_heads_pct": 100 * missing / (dep_n + missing),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--confusions", action="store_true")
    a = ap.parse_args()
    cdt = [split_multiwords(s) for f in cdt_files(a.data) for s in read_cdt(f)]
    dev = pairs(cdt, read_conllu(a.data / "ud-ddt/da_ddt-ud-dev.conllu"))
    test = pairs(cdt, read_conllu(a.data / "ud-ddt/da_ddt-ud-test.conllu"))
    table = learn_table(dev)  # learned from dev only: the test figures are honest
    res = {
        "ud_dev_overlap": measure(dev, table, a.confusions),
        "ud_test_overlap": measure(test, table),
    }
    print(json.dumps(res, indent=2))
    if a.out:
        a.out.write_text(json.dumps(res, indent=2) + "\n")


if __name__ == "__main__":
    main()
