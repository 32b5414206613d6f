"""Content words whose class the pipeline and the lexicon disagree on (issue 17).

    python training/lexicon_disagreements.py ../shared/dev-articles/*.txt \
        --model quizgen/models/da_quizgen --json /tmp/disagreements.json

Runs the pipeline the way quizgen does (``read_article`` + ``quizgen.nlp.analyze``)
and, for every alphabetic token the pipeline tags NOUN, VERB or ADJ (the classes
cards are made of), compares its UPOS with the classes Stavekontrolden lists for
the form (``lexicon().analyses``: the form, its lower case, genitives, else the
compound head's).  Counted as agreeing: AUX for a listed verb, and ADJ for a form
the lexicon lists as a past or present participle (UD tags adjectival
participles ADJ).  Forms the lexicon does not know are counted apart.

Prints a Markdown table (form, pipeline class, lexicon classes, count) for
``training/RESULTS.md``: single words only, never sentences of the texts.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from quizgen.config.nlp import NlpConfig
from quizgen.lang.da.lexicon import Analysis, lexicon
from quizgen.nlp import load_pipeline
from quizgen.reading.article import read_article

CONTENT = ("NOUN", "VERB", "ADJ")


def lexicon_classes(readings: tuple[Analysis, ...]) -> set[str]:
    """The classes a form can have, with ADJ added for participles."""
    classes = {a.pos for a in readings}
    if any(a.pos == "VERB" and a.feature("VerbForm") == "Part" for a in readings):
        classes.add("ADJ")
    return classes


def disagreements(paths: list[Path], model: str) -> dict[str, object]:
    pipeline = load_pipeline(NlpConfig(model=model))
    articles = [read_article(p, max_bytes=5_000_000) for p in paths]
    found: Counter[tuple[str, str, str]] = Counter()
    unknown: Counter[tuple[str, str]] = Counter()
    content = 0
    for analysis in pipeline.analyze(articles):
        for sentence in analysis.sentences:
            for tok in sentence.tokens:
                if tok.pos not in CONTENT or not tok.text.isalpha():
                    continue
                content += 1
                readings = lexicon().analyses(tok.text)
                if not readings:
                    unknown[(tok.text.lower(), tok.pos)] += 1
                    continue
                classes = lexicon_classes(readings)
                if tok.pos not in classes:
                    listed = "|".join(sorted({a.pos for a in readings}))
                    mark = "+" if readings[0].compound else ""
                    found[(tok.text.lower(), tok.pos, mark + listed)] += 1
    return {
        "model": model or "shipped",
        "content_tokens": content,
        "disagreements": sum(found.values()),
        "disagreeing_forms": len(found),
        "unknown_tokens": sum(unknown.values()),
        "rows": [[form, pos, listed, n] for (form, pos, listed), n in sorted(found.items())],
        "unknown": [[form, pos, n] for (form, pos), n in sorted(unknown.items())],
    }


def markdown(result: dict[str, object]) -> str:
    rows = result["rows"]
    assert isinstance(rows, list)
    lines = [
        f"{result['disagreements']} of {result['content_tokens']} NOUN/VERB/ADJ tokens "
        f"({result['disagreeing_forms']} forms); {result['unknown_tokens']} tokens unknown "
        "to the lexicon.",
        "",
        "| form | pipeline | lexicon | n |",
        "|---|---|---|---|",
    ]
    lines += [f"| {form} | {pos} | {listed} | {n} |" for form, pos, listed, n in rows]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("texts", type=Path, nargs="+")
    ap.add_argument("--model", default="", help='pipeline folder ("" = the shipped one)')
    ap.add_argument("--json", type=Path, default=None)
    a = ap.parse_args()
    result = disagreements(a.texts, a.model)
    if a.json:
        a.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(markdown(result))


if __name__ == "__main__":
    main()
