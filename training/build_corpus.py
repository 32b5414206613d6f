"""Build the .spacy training/dev corpora from CDT, UD dev and UNER.

train.spacy   CDT sentences not in UD dev/test (converted to UD) + 4/5 of UD dev (gold)
dev.spacy     the other 1/5 of UD dev, gold UD + UNER dev NER (checkpoint choice only)
UD test and UNER test are never read here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from agreement import learn_table, pairs
from augment import capitalised_copies
from conll_io import Sentence, cdt_files, read_cdt, read_conllu, read_iob2
from ddt2ud import convert_tree
from ner_project import project
from overlap import OverlapIndex, held_out_flags
from parole import FeatsTable, upos_for
from sentence_fix import fix_quote_spacing, fix_run
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab
from split_tokens import split_multiwords

DOC_SENTS = 10  # sentences per training doc, so the parser sees sentence breaks
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "%"}


class Row:
    """One token ready for a spaCy Doc; ``head`` is 0-based within its sentence."""

    def __init__(
        self,
        word: str,
        space: bool,
        pos: str,
        morph: str,
        lemma: str,
        head: int,
        dep: str | None,
        ent: str | None,
    ) -> None:
        self.word, self.space, self.pos, self.morph = word, space, pos, morph
        self.lemma, self.head, self.dep, self.ent = lemma, head, dep, ent


def cdt_rows(s: Sentence, table: FeatsTable, ner: list[str] | None) -> list[Row]:
    upos = upos_for(s)
    heads, rels = convert_tree(s, upos)
    root = next((i for i, h in enumerate(heads) if h == 0), 0)
    rows = []
    for i, (t, u, h, r) in enumerate(zip(s.tokens, upos, heads, rels, strict=False)):
        nxt = s.tokens[i + 1].form if i + 1 < len(s.tokens) else ""
        feats = table.feats(t, u)
        # Lost CDT attachments: hang on the root but mark the relation missing,
        # so spaCy neither learns a guess nor sees a fake sentence start.
        head, dep = (root, None) if h == -1 else (h - 1 if h > 0 else i, r)
        rows.append(
            Row(
                t.form,
                nxt not in NO_SPACE_BEFORE and t.form != "(",
                u,
                "" if feats == "_" else feats,
                table.lemma(t, u),
                head,
                dep,
                ner[i] if ner else None,
            )
        )
    return rows


def ud_rows(s: Sentence, ner: list[str] | None) -> list[Row]:
    return [
        Row(
            t.form,
            t.space_after,
            t.pos,
            "" if t.feats == "_" else t.feats,
            t.lemma,
            t.head - 1 if t.head > 0 else i,
            t.deprel,
            ner[i] if ner else None,
        )
        for i, t in enumerate(s.tokens)
    ]


def to_doc(vocab: Vocab, rows: list[Row], heads: list[int]) -> Doc:
    return Doc(
        vocab,
        words=[r.word for r in rows],
        spaces=[r.space for r in rows],
        pos=[r.pos for r in rows],
        morphs=[r.morph for r in rows],
        lemmas=[r.lemma for r in rows],
        heads=heads,
        deps=[r.dep for r in rows],  # type: ignore[misc]  # None = missing
        ents=[r.ent for r in rows],  # type: ignore[misc]
    )


def ner_for(s: Sentence, uner: dict[str, Sentence]) -> list[str] | None:
    src = uner.get(s.key)
    return project([t.form for t in s.tokens], src) if src else None


def chunk_docs(vocab: Vocab, groups: list[list[list[Row]]]) -> list[Doc]:
    docs = []
    for group in groups:
        for start in range(0, len(group), DOC_SENTS):
            rows: list[Row] = []
            heads: list[int] = []
            for sent in group[start : start + DOC_SENTS]:
                heads.extend(len(rows) + r.head for r in sent)  # sentence -> doc index
                rows.extend(sent)
            docs.append(to_doc(vocab, rows, heads))
    return docs


def build(data: Path, out: Path, case_copies: bool = False) -> dict[str, int]:
    nlp = spacy.blank("da")
    dev_ud = read_conllu(data / "ud-ddt/da_ddt-ud-dev.conllu")
    test_ud = read_conllu(data / "ud-ddt/da_ddt-ud-test.conllu")
    held_out = OverlapIndex(dev_ud + test_ud)
    uner_train = {s.key: s for s in read_iob2(data / "uner-ddt/da_ddt-ud-train.iob2")}
    uner_dev = {s.key: s for s in read_iob2(data / "uner-ddt/da_ddt-ud-dev.iob2")}
    stats = {"cdt_sents": 0, "cdt_dropped": 0, "cdt_with_ner": 0, "cdt_tokens": 0}

    cdt_by_file = [[split_multiwords(s) for s in read_cdt(f)] for f in cdt_files(data)]
    table = learn_table(pairs([s for f in cdt_by_file for s in f], dev_ud))
    groups: list[list[list[Row]]] = []
    for sents in cdt_by_file:
        run: list[list[Row]] = []
        for s, drop in zip(sents, held_out_flags(sents, held_out), strict=False):
            stats["cdt_sents"] += 1
            if drop:
                stats["cdt_dropped"] += 1
                if run:  # never glue sentences that were not adjacent
                    groups.append(run)
                run = []
                continue
            ner = ner_for(s, uner_train)
            stats["cdt_with_ner"] += ner is not None
            stats["cdt_tokens"] += len(s.tokens)
            run.append(cdt_rows(s, table, ner))
        if run:
            groups.append(run)
    fixed = [fix_run(run) for run in groups]
    for run, _ in fixed:
        fix_quote_spacing(run)
    groups = [run for run, _ in fixed]
    for key in ("quotes_moved", "merged"):
        stats[key] = sum(f[1][key] for f in fixed)

    dev_groups: list[list[list[Row]]] = [[]]
    train_ud: list[list[list[Row]]] = [[]]
    for i in range(0, len(dev_ud), DOC_SENTS):
        target = dev_groups if (i // DOC_SENTS) % 5 == 4 else train_ud
        run = []
        for s in dev_ud[i : i + DOC_SENTS]:
            run.append(ud_rows(s, ner_for(s, uner_dev)))
        target.append(run)
    train_docs = chunk_docs(nlp.vocab, groups)
    gold_docs = chunk_docs(nlp.vocab, [g for g in train_ud if g])
    # UD dev trees are real UD: show them twice so they outweigh conversion noise.
    out.mkdir(parents=True, exist_ok=True)
    extra = capitalised_copies(train_docs + gold_docs) if case_copies else []
    DocBin(docs=train_docs + gold_docs + gold_docs + extra).to_disk(out / "train.spacy")
    DocBin(docs=chunk_docs(nlp.vocab, [g for g in dev_groups if g])).to_disk(out / "dev.spacy")
    stats["ud_dev_train_sents"] = sum(len(g) for g in train_ud)
    stats["ud_dev_holdout_sents"] = sum(len(g) for g in dev_groups)
    stats["train_docs"] = len(train_docs) + 2 * len(gold_docs) + len(extra)
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=Path("training/build/corpus"))
    # Off by default: the copies did not raise lemma accuracy and cost UPOS/LAS (RESULTS.md).
    ap.add_argument("--case-copies", action="store_true", help="add augment.py copies")
    a = ap.parse_args()
    stats = build(a.data, a.out, a.case_copies)
    print(json.dumps(stats, indent=2))
    (a.out / "stats.json").write_text(json.dumps(stats, indent=2) + "\n")


if __name__ == "__main__":
    main()
