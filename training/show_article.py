"""Print what a pipeline makes of an article: sentences, entities, tokens.

    python training/show_article.py ../shared/seeds/000_0ea3d618a2e44150.txt

A first line starting with `` date `` (the seed articles' header) is dropped.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy


def article_text(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    if lines and lines[0].lstrip().startswith("date "):
        # the header shares its line with the first sentence: keep what follows the date
        head = lines[0].split(maxsplit=2)
        lines[0] = head[2] if len(head) > 2 else ""
    return "\n".join(lines).strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("article", type=Path)
    ap.add_argument("--model", type=Path, default=Path("quizgen/models/da_quizgen"))
    a = ap.parse_args()
    nlp = spacy.load(a.model)
    for para in article_text(a.article).split("\n\n"):
        doc = nlp(para.strip())
        for sent in doc.sents:
            print(f"\n## {sent.text}")
            print("   ents:", ", ".join(f"{e.text}/{e.label_}" for e in sent.ents) or "-")
            for t in sent:
                head = "ROOT" if t.head.i == t.i else f"{t.head.text}#{t.head.i - sent.start}"
                print(
                    f"   {t.i - sent.start:>3} {t.text:<18} {t.pos_:<6} {t.lemma_:<16} "
                    f"{t.dep_:<12} {head:<20} {t.morph}"
                )


if __name__ == "__main__":
    main()
