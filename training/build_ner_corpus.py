"""Build the NER corpora straight from UNER Danish-DDT (UD tokenisation).

    python training/build_ner_corpus.py --data ../shared/data --out training/build/ner_corpus

Projecting UNER tags onto the CDT sentences (build_corpus.py) loses about 6 %
of the entities (re-split sentences, CDT tokenisation); the NER component is
trained on its own, so it can use the UNER files as they are:

* train: UNER train, minus any sentence that touches a UD dev/test sentence
  (the same overlap check as for CDT), plus the UD dev documents that
  build_corpus.py also trains on;
* dev: the same held-out fifth of UD dev as build_corpus.py.

UNER test is read only by evaluate.py.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from build_corpus import DOC_SENTS
from conll_io import Sentence, read_conllu, read_iob2
from overlap import OverlapIndex
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab


def to_docs(vocab: Vocab, sents: list[Sentence]) -> list[Doc]:
    docs = []
    for start in range(0, len(sents), DOC_SENTS):
        chunk = sents[start : start + DOC_SENTS]
        words = [t.form for s in chunk for t in s.tokens]
        tags = [tag for s in chunk for tag in (s.ner or [])]
        docs.append(Doc(vocab, words=words, ents=tags))
    return docs


def build(data: Path, out: Path) -> dict[str, int]:
    nlp = spacy.blank("da")
    held_out = OverlapIndex(
        read_conllu(data / "ud-ddt/da_ddt-ud-dev.conllu")
        + read_conllu(data / "ud-ddt/da_ddt-ud-test.conllu")
    )
    train = read_iob2(data / "uner-ddt/da_ddt-ud-train.iob2")
    kept = [s for s in train if not held_out.touches(s)]
    dev = read_iob2(data / "uner-ddt/da_ddt-ud-dev.iob2")
    dev_train: list[Sentence] = []
    dev_held: list[Sentence] = []
    for i in range(0, len(dev), DOC_SENTS):  # same fifths as build_corpus.py
        target = dev_held if (i // DOC_SENTS) % 5 == 4 else dev_train
        target.extend(dev[i : i + DOC_SENTS])
    out.mkdir(parents=True, exist_ok=True)
    DocBin(docs=to_docs(nlp.vocab, kept) + to_docs(nlp.vocab, dev_train)).to_disk(
        out / "train.spacy"
    )
    DocBin(docs=to_docs(nlp.vocab, dev_held)).to_disk(out / "dev.spacy")
    return {
        "uner_train_sents": len(train),
        "uner_train_dropped_overlap": len(train) - len(kept),
        "uner_dev_train_sents": len(dev_train),
        "uner_dev_holdout_sents": len(dev_held),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=Path("training/build/ner_corpus"))
    a = ap.parse_args()
    stats = build(a.data, a.out)
    print(json.dumps(stats, indent=2))
    (a.out / "stats.json").write_text(json.dumps(stats, indent=2) + "\n")


if __name__ == "__main__":
    main()
