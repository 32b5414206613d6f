"""Automatic figures for vocabulary cards over some articles (issue 13).

    python tools/vocab_figures.py ARTICLE...            # e.g. ../shared/dev-articles/*.txt
    python tools/vocab_figures.py --cache /tmp/a.pkl ARTICLE...   # reuse the analyses

Per article and in total: cards; cards whose answer equals the headword (target 0);
cards whose lemma, class or gender disagrees with the lexicon (target 0); cards with a
meaning (target >= 80% without FreeDict). FreeDict is turned off, as on a fresh machine.
"""

from __future__ import annotations

import argparse
import pickle
import re
from pathlib import Path
from typing import Any

from quizgen.analysis import Analysis
from quizgen.config import load_config
from quizgen.config.schema import Config
from quizgen.generate import generate
from quizgen.items import Item
from quizgen.lang.da.lexicon import lexicon

_GENDER = {"common": "Com", "neuter": "Neut"}


def fresh_config() -> Config:
    default = load_config(None)
    # Only vocabulary cards: the other kinds neither change them nor need to run.
    update = {"dictionary": "none", "kinds": ("vocab",)}
    generation = default.generation.model_copy(update=update)
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


def asked_form(item: Item) -> str:
    """The form the card asks for: the answer's first word form, before any "(label)"."""
    data: Any = item.data
    asked = getattr(data, "asked", "")
    if asked:
        return str(asked)
    answer = item.answer.split(" — ")[-1]
    return re.split(r"\s*\(", answer.split(";")[0])[0].strip()


def disagrees(item: Item) -> bool:
    """Lemma/class unknown to the lexicon, a gender the lexicon does not give, or a
    gender on a word that is not a noun."""
    data: Any = item.data
    pos, gender = data.pos, _GENDER.get(data.gender, "")
    if gender and pos != "NOUN":
        return True
    words = (item.lemma or "").split()
    if len(words) > 1:
        if lexicon().is_expression(item.lemma or ""):
            return False
        head = words[-1] if pos == "NOUN" else words[0]
    else:
        head = words[0] if words else ""
    head = head.rpartition("-")[2] if "-" in head else head
    entry = lexicon().entry(head, pos) or lexicon().entry(head.lower(), pos)
    if entry is None:
        return True
    return bool(gender) and gender not in entry.gender


def figures(items: tuple[Item, ...]) -> dict[str, int]:
    cards = [i for i in items if i.kind == "vocab"]
    return {
        "cards": len(cards),
        "answer=headword": sum(asked_form(i).lower() == (i.lemma or "").lower() for i in cards),
        "lexicon disagrees": sum(disagrees(i) for i in cards),
        "with meaning": sum(bool(getattr(i.data, "gloss", "")) for i in cards),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--show", action="store_true", help="print every card")
    args = parser.parse_args()
    config = fresh_config()
    total: dict[str, int] = {}
    found = analyses(args.articles, config, args.cache)
    for path, analysis in zip(args.articles, found, strict=True):
        items = generate(analysis, config).items
        row = figures(items)
        print(f"{path.stem[:40]:40} " + "  ".join(f"{k} {v}" for k, v in row.items()))
        if args.show:
            for item in items:
                if item.kind == "vocab":
                    bad = " DISAGREES" if disagrees(item) else ""
                    print(f"    {item.prompt} -> {item.answer}{bad}")
        for key, value in row.items():
            total[key] = total.get(key, 0) + value
    cards = max(total.get("cards", 0), 1)
    print(f"{'TOTAL':40} " + "  ".join(f"{k} {v}" for k, v in total.items()))
    print(
        f"answer=headword {total['answer=headword'] / cards:.0%}  "
        f"lexicon disagrees {total['lexicon disagrees'] / cards:.0%}  "
        f"with meaning {total['with meaning'] / cards:.0%}  "
        f"cards/article {total['cards'] / len(args.articles):.1f}"
    )


if __name__ == "__main__":
    main()
