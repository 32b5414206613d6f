"""Review packs: every item quizgen makes of some articles, laid out for a reviewer.

    python tools/review_pack.py OUT_DIR ARTICLE...      # one OUT_DIR/<name>.md each
    python tools/review_pack.py --tally VERDICTS...     # accepted/items per kind

A pack holds the article text and one numbered line per item; a reviewer judges
each by ``../shared/review/PROTOCOL.md`` and writes one verdict line per item:
``<number> | <kind> | ACCEPT`` or ``<number> | <kind> | REJECT | <reason> | <note>``.
``--tally`` counts those lines. The packs come from ``quizgen inspect --json`` (with
FreeDict turned off, as on a fresh machine), so they show what a user gets.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

_VERDICT = re.compile(r"^\s*(\d+)\s*\|\s*(\w+)\s*\|\s*(ACCEPT|REJECT)\b(?:\s*\|\s*([^|]*))?", re.I)
_FRESH_MACHINE = "generation:\n  dictionary: none\n"


def inspect(article: Path, config: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "quizgen", "inspect", "--json", "--config", str(config)]
    done = subprocess.run(
        [*command, str(article)], capture_output=True, text=True, check=False, timeout=600
    )
    if done.returncode != 0:
        raise SystemExit(f"{article}: {done.stderr.strip()}")
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def item_line(number: int, item: dict[str, Any]) -> str:
    kind = item["kind"]
    parts = [f"{number}. [{kind}] {item['prompt']}", f"answer: {item['answer']}"]
    if item.get("hint"):
        parts.append(f"hint: {item['hint']}")
    if item.get("choices"):
        parts.append("options: " + " / ".join(item["choices"]))
    if item.get("accepted"):
        parts.append("also accepted: " + " / ".join(item["accepted"]))
    data = item.get("data") or item.get("extra") or {}
    for key in ("forms", "gender", "article", "gloss", "changed"):
        if data.get(key):
            parts.append(f"{key}: {data[key]}")
    if kind in ("question", "choice", "truefalse", "cloze"):
        parts.append(f"source: {item['source']}")
    return " | ".join(parts)


def pack(document: dict[str, Any], name: str) -> str:
    paragraphs: dict[int, list[str]] = {}
    for sentence in document["sentences"]:
        paragraphs.setdefault(sentence["paragraph"], []).append(sentence["text"])
    text = "\n\n".join(" ".join(p) for _, p in sorted(paragraphs.items()))
    kinds = Counter(i["kind"] for i in document["items"])
    lines = [
        f"# {name}",
        "",
        "Items: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())),
        "",
        "## Text",
        "",
        text,
        "",
        "## Items",
        "",
    ]
    lines += [item_line(n, item) for n, item in enumerate(document["items"], 1)]
    return "\n".join(lines) + "\n"


def tally(paths: list[Path]) -> str:
    items: Counter[str] = Counter()
    accepted: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            found = _VERDICT.match(line)
            if not found:
                continue
            kind, verdict = found.group(2).lower(), found.group(3).upper()
            items[kind] += 1
            if verdict == "ACCEPT":
                accepted[kind] += 1
            else:
                reasons[f"{kind}: {(found.group(4) or 'other').strip().lower()}"] += 1
    rows = [f"{k}: {accepted[k]} / {n} ({100 * accepted[k] / n:.0f}%)" for k, n in items.items()]
    total, ok = sum(items.values()), sum(accepted.values())
    rows.append(f"all: {ok} / {total} ({100 * ok / max(total, 1):.0f}%)")
    rows += [f"  {reason}: {n}" for reason, n in reasons.most_common()]
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tally", action="store_true", help="count verdict files")
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args()
    if args.tally:
        print(tally(args.paths))
        return
    out, articles = args.paths[0], args.paths[1:]
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "fresh.yaml"
        config.write_text(_FRESH_MACHINE, encoding="utf-8")
        for article in articles:
            try:
                text = pack(inspect(article, config), article.stem)
            except SystemExit as failed:  # one failing article must not hide the others
                print(failed, file=sys.stderr)
                continue
            (out / f"{article.stem}.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
