"""Copy a trained ``model-best`` into the package as ``quizgen/models/da_quizgen``.

Only the pipeline itself is copied (config, meta, tokenizer, vocab and the
component weights); spaCy writes no optimizer state into ``model-best``.
LICENSE and README.md come from ``training/model_docs``.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import spacy

HERE = Path(__file__).parent
SOURCES = [
    {
        "name": "Copenhagen Dependency Treebank v1+2 (Danish, releases/cdt1+2/da)",
        "url": "https://github.com/mbkromann/copenhagen-dependency-treebank",
        "commit": "f72eb56a05f0105f4f20e242bde2131685240653",
        "license": "MIT or CC BY-SA 4.0",
        "author": "Matthias Buch-Kromann et al.",
    },
    {
        "name": "UD Danish-DDT (dev; test for evaluation only)",
        "url": "https://github.com/UniversalDependencies/UD_Danish-DDT",
        "commit": "85faf86dc39f735722925fb1e822070d83649068",
        "license": "CC BY-SA 4.0",
        "author": "Johannsen, Martínez Alonso, Plank",
    },
    {
        "name": "UNER Danish-DDT",
        "url": "https://github.com/UniversalNER/UNER_Danish-DDT",
        "commit": "983c4cdc09f8ece6069d2b692b60dc4b3649ec6e",
        "license": "CC BY-SA 4.0",
        "author": "Barbara Plank; Mayhew et al. 2024",
    },
]


def package(model: Path, out: Path, version: str) -> None:
    nlp = spacy.load(model)
    nlp.meta.update(
        {
            "name": "da_quizgen",
            "version": version,
            "description": "Danish pipeline for quizgen: tokenizer, UPOS+morphology, lemmas, "
            "UD dependency parse with sentence boundaries, NER (PER/ORG/LOC). "
            "Trained on CDT/DDT converted to UD, UD Danish-DDT dev and UNER.",
            "license": "CC BY-SA 4.0",
            "author": "quizgen",
            "url": "",
            "email": "",
            "sources": SOURCES,
        }
    )
    nlp.meta.pop("performance", None)  # dev-set figures; see EVALUATION.md for test
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    for name in ("LICENSE", "README.md"):
        shutil.copy(HERE / "model_docs" / name, out / name)
    print(json.dumps({"written": str(out), "pipeline": nlp.pipe_names}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", type=Path, default=Path("training/build/model/model-last"))
    ap.add_argument("--out", type=Path, default=Path("quizgen/models/da_quizgen"))
    ap.add_argument("--version", default="0.1.0")
    a = ap.parse_args()
    package(a.model, a.out, a.version)


if __name__ == "__main__":
    main()
