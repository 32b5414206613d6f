"""Automatic deck figures over some articles (issue 13: one deck, no leaks).

    python tools/deck_figures.py ARTICLE...            # e.g. ../shared/dev-articles/*.txt
    python tools/deck_figures.py --cache /tmp/a.pkl ARTICLE...   # reuse the analyses

Per article and in total: items per kind; sentences used by more than one
cloze/choice/true-false item (target 0); items whose prompt contains another item's
answer (target 0); cloze items whose hint is a bare word class (target 0).
FreeDict is turned off, as on a fresh machine.
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter
from pathlib import Path

from quizgen.analysis import Analysis
from quizgen.config import load_config
from quizgen.config.schema import Config
from quizgen.generate import generate
from quizgen.generate.wordmatch import occurs_as_word
from quizgen.items import Item
from quizgen.lang.da.cards import WORD_CLASSES

SENTENCE_KINDS = ("cloze", "choice", "truefalse")
KINDS = ("cloze", "vocab", "question", "choice", "truefalse")


def fresh_config() -> Config:
    default = load_config(None)
    generation = default.generation.model_copy(update={"dictionary": "none"})
    return default.model_copy(update={"generation": generation})


def analyses(paths: list[Path], config: Config, cache: Path | None) -> list[Analysis]:
    if cache and cache.is_file():
        return pickle.loads(cache.read_bytes())  # type: ignore[no-any-return]
    from quizgen.cli.common import read_articles
    from quizgen.pipeline import analyse_articles

    found = analyse_articles(read_articles([str(p) for p in paths], config), config)
    if cache:
        cache.write_bytes(pickle.dumps(found))
    return found


def shared_sentences(items: tuple[Item, ...]) -> int:
    """Sentences that more than one cloze/choice/true-false item comes from."""
    used = Counter(i.sentence_index for i in items if i.kind in SENTENCE_KINDS)
    return sum(1 for n in used.values() if n > 1)


def leaking(items: tuple[Item, ...]) -> int:
    """Items whose prompt shows the answer of another item (true/false answers are
    truth values, not words, and leak nothing)."""
    answers = [(i.id, i.answer) for i in items if i.kind != "truefalse"]
    return sum(
        1
        for item in items
        if any(other != item.id and occurs_as_word(a, item.prompt) for other, a in answers)
    )


def class_hints(items: tuple[Item, ...], classes: frozenset[str]) -> int:
    return sum(1 for i in items if i.kind == "cloze" and i.hint.strip().lower() in classes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    config = fresh_config()
    # A hint that only names a word class (or "ord" when even that is unknown).
    classes = frozenset(c.lower() for c in WORD_CLASSES.values()) | {"ord"}
    total: Counter[str] = Counter()
    print(f"{'article':34} " + " ".join(f"{k[:6]:>6}" for k in KINDS) + "  shared leaks hints")
    for analysis in analyses(args.articles, config, args.cache):
        items = generate(analysis, config).items
        per_kind = Counter(i.kind for i in items)
        figures = (shared_sentences(items), leaking(items), class_hints(items, classes))
        total.update(per_kind)
        total.update(dict(zip(("shared", "leaks", "hints"), figures, strict=True)))
        total["articles"] += 1
        counts = " ".join(f"{per_kind[k]:6d}" for k in KINDS)
        shown = f"{figures[0]:6d} {figures[1]:5d} {figures[2]:5d}"
        print(f"{analysis.article.id[:34]:34} {counts}  {shown}")
    counts = " ".join(f"{total[k]:6d}" for k in KINDS)
    print(f"{'TOTAL':34} {counts}  {total['shared']:6d} {total['leaks']:5d} {total['hints']:5d}")


if __name__ == "__main__":
    main()
