"""Texts for the corpus guard (tests/test_corpus_guard.py): the CDT treebank detokenised,
the development articles, and edge cases made from them.

``../shared`` sits beside the repository (in CI as well); without it only the
hand-made edge cases remain and the guard says why the rest is skipped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _shared_folder() -> Path:
    """``../shared`` beside the clone; for a git worktree, beside its main clone too."""
    candidates = [ROOT.parent / "shared"]
    dot_git = ROOT / ".git"
    if dot_git.is_file():  # a worktree: "gitdir: <main clone>/.git/worktrees/<name>"
        gitdir = Path(dot_git.read_text(encoding="utf-8").partition("gitdir:")[2].strip())
        candidates.append(gitdir.parent.parent.parent.parent / "shared")
    return next((path for path in candidates if path.is_dir()), candidates[0])


SHARED = _shared_folder()
CDT = SHARED / "data" / "cdt-da"
DEV_ARTICLES = SHARED / "dev-articles"
SENTENCE_SAMPLE = 150  # sentences tried alone as articles, besides the marked ones

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?)\]»”%])")
_NO_SPACE_AFTER = re.compile(r"([(\[«„]) ")
_NUMBER_WORDS = (
    "To", "Tre", "Fire", "Fem", "Seks", "Syv", "Otte", "Ni", "Ti", "Tolv",
    "Tyve", "Hundrede", "Tusinde",
)  # fmt: skip
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"„«\u2013-])")


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    markdown: bool = False


def detokenise(forms: list[str]) -> str:
    """CDT tokens back to running text: spaces before punctuation removed, quotes paired."""
    words: list[str] = []
    open_quote = False
    for form in forms:
        form = html.unescape(form).replace("_", " ")
        if form == '"':
            open_quote = not open_quote
            if open_quote:
                words.append('"')
                continue
            words[-1:] = [(words[-1] if words else "") + '"']
            continue
        if words and words[-1] == '"' and open_quote:
            words[-1] = '"' + form
        else:
            words.append(form)
    text = " ".join(words)
    return _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text))


def cdt_sentences(path: Path) -> list[str]:
    sentences: list[str] = []
    forms: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        columns = line.split("\t")
        if len(columns) > 1:
            forms.append(columns[1])
        elif forms:
            sentences.append(detokenise(forms))
            forms = []
    return sentences


def cdt_cases() -> list[Case]:
    if not CDT.is_dir():
        return []
    return [
        Case(f"cdt/{path.stem}", " ".join(cdt_sentences(path)))
        for path in sorted(CDT.glob("*.conll"))
    ]


def dev_cases() -> list[Case]:
    if not DEV_ARTICLES.is_dir():
        return []
    return [
        Case(f"dev/{path.stem}", path.read_text(encoding="utf-8"))
        for path in sorted(DEV_ARTICLES.glob("*.txt"))
    ]


def sentence_cases(texts: list[Case]) -> list[Case]:
    """Each sentence alone: all that start with a number word, a quote or a dash, and a
    deterministic sample of the rest."""
    marked: list[Case] = []
    others: list[Case] = []
    for case in texts:
        for n, sentence in enumerate(_sentences(case)):
            first = sentence.split(maxsplit=1)[0] if sentence.split() else ""
            wanted = first in _NUMBER_WORDS or sentence[:1] in '"„«»\u2013-'
            (marked if wanted else others).append(Case(f"sentence/{case.id}/{n}", sentence))
    marked_step = max(1, len(marked) // SENTENCE_SAMPLE)
    step = max(1, len(others) // SENTENCE_SAMPLE)
    return marked[::marked_step] + others[::step]


def _sentences(case: Case) -> list[str]:
    if case.id.startswith("cdt/"):
        return cdt_sentences(CDT / f"{case.id.removeprefix('cdt/')}.conll")
    paragraphs = (p.strip() for p in case.text.split("\n\n"))
    return [s for p in paragraphs if p for s in _SENTENCE_SPLIT.split(p) if s.strip()]


EDGE_CASES = [
    Case(
        "edge/tre-lastbiler",
        "Tre lastbiler kørte tirsdag ind i byen Baghouz i det østlige Syrien "
        "med nødhjælp til de civile.",
    ),
    Case("edge/fem-soldater", "Fem soldater blev såret, da en bombe eksploderede i byen."),
    Case("edge/ti-familier", "Ti familier flygtede fra byen i nat, oplyser Røde Kors."),
    Case("edge/quote", "„Vi har ikke mere mad,“ siger en kvinde i lejren."),
    Case("edge/dash", "\u2013 Vi har ikke mere mad, siger en kvinde i lejren."),
    Case("edge/headings-only", "# Krig\n\n## Fred\n\n### Syrien", markdown=True),
    Case("edge/one-word", "Baghouz"),
    Case("edge/one-word-stop", "Ja."),
    Case("edge/numbers-only", "1 2 3 4 5 6 7 8 9 10"),
    Case("edge/punctuation", "... !!! ??? \u2013 \u2013 \u2013"),
    Case("edge/long-sentence", " ".join(["ord"] * 2000) + "."),
]
