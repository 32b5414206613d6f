"""Evaluate a pipeline on UD Danish-DDT test and UNER Danish-DDT test.

    python training/evaluate.py --data ../shared/data --model quizgen/models/da_quizgen

Writes EVALUATION.md and evaluation.json next to the model (or to --report).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from pathlib import Path

import spacy
from conll_io import Sentence, read_conllu, read_iob2
from eval_metrics import NerScores, TokenScores, prf, sentence_spans
from report import write_markdown
from spacy.language import Language
from spacy.tokens import Doc

SENTS_PER_TEXT = 20  # raw-text chunks for the sentence-boundary test


def gold_doc(nlp: Language, s: Sentence) -> Doc:
    return Doc(
        nlp.vocab, words=[t.form for t in s.tokens], spaces=[t.space_after for t in s.tokens]
    )


def text_of(s: Sentence) -> str:
    return "".join(t.form + (" " if t.space_after else "") for t in s.tokens).strip()


def score_sentences(nlp: Language, ud: list[Sentence]) -> dict[str, float]:
    tp = n_pred = n_gold = 0
    for i in range(0, len(ud), SENTS_PER_TEXT):
        text, gold = sentence_spans([text_of(s) for s in ud[i : i + SENTS_PER_TEXT]])
        doc = nlp(text)
        pred = {(s.start_char, s.end_char) for s in doc.sents}
        tp, n_pred, n_gold = tp + len(pred & gold), n_pred + len(pred), n_gold + len(gold)
    return prf(tp, n_pred, n_gold)


def speed(nlp: Language, texts: list[str]) -> float:
    list(nlp.pipe(texts[:50]))  # warm-up
    start = time.perf_counter()
    words = sum(len(d) for d in nlp.pipe(texts, batch_size=64))
    return round(words / (time.perf_counter() - start))


def size_mb(path: Path) -> float:
    """Disk usage in MB of 10**6 bytes (the unit of the bar; 0.2.0 reported MiB)."""
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True)
    return round(int(out.stdout.split()[0]) * 1024 / 1e6, 2)


def evaluate(data: Path, model: Path) -> dict[str, object]:
    nlp = spacy.load(model)
    ud = read_conllu(data / "ud-ddt/da_ddt-ud-test.conllu")
    tok = TokenScores()
    for s, doc in zip(ud, nlp.pipe(gold_doc(nlp, s) for s in ud), strict=False):
        tok.add(doc, s)
    uner = read_iob2(data / "uner-ddt/da_ddt-ud-test.iob2")
    ner = NerScores()
    for s, doc in zip(uner, nlp.pipe(gold_doc(nlp, s) for s in uner), strict=False):
        assert s.ner is not None
        ner.add(doc, s.ner)
    texts = [" ".join(text_of(s) for s in ud[i : i + 10]) for i in range(0, len(ud), 10)]
    return {
        "model": f"{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "ud_test": tok.as_dict(),
        "sentences_raw_text": score_sentences(nlp, ud),
        "uner_test_ner": ner.as_dict(),
        "size_mb": size_mb(model),
        "words_per_second": speed(nlp, texts),
        "spacy": spacy.about.__version__,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--model", type=Path, default=Path("quizgen/models/da_quizgen"))
    ap.add_argument("--report", type=Path, default=None, help="folder for the report files")
    ap.add_argument("--train-time", type=Path, default=None, help="train_time.txt of the run")
    a = ap.parse_args()
    res = evaluate(a.data, a.model)
    if a.train_time and a.train_time.exists():
        seconds = int(a.train_time.read_text().split()[-1])
        res["training_minutes"] = round(seconds / 60, 1)
    print(json.dumps(res, indent=2))
    out = a.report or a.model
    (out / "evaluation.json").write_text(json.dumps(res, indent=2) + "\n")
    write_markdown(res, out / "EVALUATION.md")


if __name__ == "__main__":
    main()
