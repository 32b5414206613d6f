"""Golden outputs: what quizgen makes of five articles with the default config.

A refactor must not change them. ``python -m tests.golden`` rewrites the files;
do that only for a deliberate change of behaviour, and say so in the commit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden"
ARTICLES = {
    "bundled": ROOT / "seeds" / "000_0ea3d618a2e44150.txt",
    "ny_bro_aarhus": ROOT / "tests" / "data" / "articles" / "001_ny_bro_aarhus.txt",
    "soevn_unge": ROOT / "tests" / "data" / "articles" / "002_soevn_unge.txt",
    "cykelloeb": ROOT / "tests" / "data" / "articles" / "003_cykelloeb.txt",
    "front_matter": ROOT / "tests" / "data" / "articles" / "front_matter.md",
}


def current_documents() -> dict[str, dict[str, Any]]:
    """``inspect --json`` of every golden article, plus its Anki GUIDs and note type ids."""
    from quizgen.cli.common import read_articles
    from quizgen.config import load_config
    from quizgen.export.anki import DeckSource, build_package
    from quizgen.export.document import result_document
    from quizgen.pipeline import process_articles

    default = load_config(None)
    # FreeDict glosses depend on the machine; the golden files must not.
    generation = default.generation.model_copy(update={"dictionary": "none"})
    config = default.model_copy(update={"generation": generation})
    articles = read_articles([str(p) for p in ARTICLES.values()], config)
    results = process_articles(articles, config)
    documents: dict[str, dict[str, Any]] = {}
    for name, result in zip(ARTICLES, results, strict=True):
        document = result_document(result.analysis, result.generated)
        source = DeckSource.of(result.article, result.generated.items)
        package = build_package([source], config.anki)
        document["anki"] = {
            "decks": [[deck.deck_id, deck.name] for deck in package.decks],
            "notes": sorted(
                [note.guid, note.model.model_id, note.model.name]
                for deck in package.decks
                for note in deck.notes
            ),
        }
        # The origin is where this checkout happens to be; keep it relative to the root.
        origin = Path(document["article"]["origin"])
        document["article"]["origin"] = origin.relative_to(ROOT).as_posix()
        documents[name] = json.loads(json.dumps(document, ensure_ascii=False))
    return documents


def golden_documents() -> dict[str, dict[str, Any]]:
    return {
        name: json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8")) for name in ARTICLES
    }


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, document in current_documents().items():
        text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (GOLDEN / f"{name}.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
