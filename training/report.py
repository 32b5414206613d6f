"""Render evaluation.json as EVALUATION.md, next to the bar from issue 3."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# (label, getter, bar, spaCy da_core_news_sm 3.8 anchor)
ROWS: list[tuple[str, str, str, float | None, str]] = [
    ("UPOS", "ud_test", "upos", 95.0, "94.97"),
    ("Lemma (exact)", "ud_test", "lemma", 94.5, "94.37"),
    ("Morph (full FEATS)", "ud_test", "morph", None, "93.67"),
    ("UAS (no punct)", "ud_test", "uas", 76.0, "80.0"),
    ("LAS (no punct)", "ud_test", "las", 70.0, "75.6"),
    ("Sentence F1 (raw text)", "sentences_raw_text", "f", 90.0, "-"),
    ("NER F1 (UNER test)", "uner_test_ner", "f", 70.0, "72.3"),
]


def _mark(ok: bool) -> str:
    return " ✅" if ok else " ❌"


def write_markdown(res: dict[str, Any], path: Path) -> None:
    lines = [
        f"# Evaluation of {res['model']}",
        "",
        "Held-out data only: UD Danish-DDT **test** (gold tokens; UAS/LAS without",
        "punctuation), UNER Danish-DDT **test** (exact PER/ORG/LOC spans), sentence",
        "boundaries on the raw UD test text (chunks of 20 sentences, spaCy tokenizer).",
        f"CPU, one process, spaCy {res['spacy']}. Produced by `training/evaluate.py`.",
        "",
        "| metric | da_quizgen | bar | da_core_news_sm 3.8 |",
        "|---|---|---|---|",
    ]
    for label, section, key, bar, anchor in ROWS:
        val = res[section][key]
        ok = "" if bar is None else (" ✅" if val >= bar else " ❌")
        lines.append(
            f"| {label} | {val:.2f}{ok} | {'-' if bar is None else f'≥ {bar}'} | {anchor} |"
        )
    ner = res["uner_test_ner"]
    lines += [
        f"| NER precision / recall | {ner['p']:.2f} / {ner['r']:.2f} | | |",
        f"| Size on disk | {res['size_mb']} MB{_mark(res['size_mb'] <= 25)} | ≤ 25 MB | 11 MB |",
        f"| Speed `nlp.pipe` | {res['words_per_second']} words/s"
        f"{_mark(res['words_per_second'] >= 5000)} | ≥ 5,000 | ~10,500 |",
        "",
        "NER per type:",
        "",
        "| type | P | R | F |",
        "|---|---|---|---|",
    ]
    for lab, s in ner["per_type"].items():
        lines.append(f"| {lab} | {s['p']:.2f} | {s['r']:.2f} | {s['f']:.2f} |")
    if "training_minutes" in res:
        lines += [
            "",
            f"Training time: {res['training_minutes']} min (one process, 2 shared cores).",
        ]
    extra = res.get("notes")
    if extra:
        lines += ["", *extra]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
