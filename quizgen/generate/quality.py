"""Keep the best candidates: drop broken ones, then pick by score, spread over the
article and over what is asked, at most ``items_per_target`` per lemma or fact."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from quizgen.extract.syntax import PERSONAL_PRONOUNS
from quizgen.generate.context import Candidate
from quizgen.generate.wordmatch import occurs_as_word
from quizgen.items import CLOZE_GAP, FALSE_ANSWER, TRUE_ANSWER, Item

SAME_SENTENCE_PENALTY = 0.35
REFLEXIVE_POSSESSIVES = frozenset({"sin", "sit", "sine"})


def problem(item: Item) -> str:
    """Why an item is unusable, or "" when it is fine."""
    answer = item.answer.strip()
    if not answer or not item.prompt.strip():
        return "empty"
    if item.kind != "truefalse" and answer.lower() in PERSONAL_PRONOUNS:
        return "pronoun answer"
    if item.kind in ("question", "choice") and answer.lower().split()[0] in REFLEXIVE_POSSESSIVES:
        return "pronoun answer"  # "sin første prøve": whose, out of its sentence?
    if len(answer) < 2 and not answer.isdigit():
        return "single letter"
    if item.kind in ("cloze", "question", "choice") and _visible(answer, item.prompt):
        return "answer in prompt"
    if item.kind == "cloze" and item.prompt.count(CLOZE_GAP) != 1:
        return "broken gap"
    if item.kind == "question" and not item.prompt.endswith("?"):
        return "not a question"
    if item.kind in ("question", "choice") and re.search(r"\w[.!?] +[A-ZÆØÅ]", item.prompt):
        return "two sentences"  # the sentence splitter missed a boundary
    if item.kind != "vocab" and item.prompt[:1].islower():
        return "lower-case start"
    if item.kind == "choice":
        options = [o.lower() for o in item.choices]
        if len(set(options)) < 4 or item.answer.lower() not in options:
            return "too few options"
    if item.kind == "truefalse" and item.answer not in (TRUE_ANSWER, FALSE_ANSWER):
        return "not true/false"
    return ""


def _visible(answer: str, prompt: str) -> bool:
    return occurs_as_word(answer, prompt)


def select(
    candidates: Sequence[Candidate], count: int, per_target: int
) -> tuple[list[Candidate], Counter[str]]:
    """The kept candidates in selection order, and why the others were dropped."""
    dropped: Counter[str] = Counter()
    usable: list[Candidate] = []
    seen_ids: set[str] = set()
    for candidate in candidates:
        reason = problem(candidate.item)
        if not reason and candidate.item.id in seen_ids:
            reason = "duplicate"
        if reason:
            dropped[reason] += 1
            continue
        seen_ids.add(candidate.item.id)
        usable.append(candidate)
    kept: list[Candidate] = []
    per_sentence: Counter[int] = Counter()
    per_group: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    groups = sorted({c.group for c in usable})
    # Usable candidates have distinct ids (duplicates were dropped above), so a candidate
    # is in ``kept`` exactly when its id is in ``kept_ids``: no field-by-field comparisons.
    kept_ids: set[str] = set()
    while len(kept) < count:
        open_ = [c for c in usable if c.item.id not in kept_ids and targets[c.target] < per_target]
        if not open_:
            break

        def value(c: Candidate) -> tuple[float, str]:
            adjusted = c.score - SAME_SENTENCE_PENALTY * per_sentence[c.item.sentence_index]
            # Spread over groups: each group first gets its turn.
            adjusted -= 0.6 * per_group[c.group] if len(groups) > 1 else 0.0
            return adjusted, c.item.id

        best = max(open_, key=value)
        kept.append(best)
        kept_ids.add(best.item.id)
        per_sentence[best.item.sentence_index] += 1
        per_group[best.group] += 1
        targets[best.target] += 1
    if len(kept) < len(usable):
        dropped["not selected"] += len(usable) - len(kept)
    return kept, dropped
