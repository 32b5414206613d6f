"""Keep the best candidates: drop broken ones, then pick by score, spread over the
article and over what is asked, at most ``items_per_target`` per lemma or fact."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from quizgen.generate.context import Candidate
from quizgen.generate.kinds import kind_spec
from quizgen.generate.wordmatch import occurs_as_word
from quizgen.items import CLOZE_GAP, Item, stable_id
from quizgen.lang import Language

SAME_SENTENCE_PENALTY = 0.35


def problem(item: Item, language: Language) -> str:
    """Why an item is unusable, or "" when it is fine. The rules are shared; each
    kind's spec says which apply to it, and adds its own last."""
    spec = kind_spec(item.kind)
    rules = spec.quality
    answer = item.answer.strip()
    pronouns = language.grammar.pronouns
    if not answer or not item.prompt.strip():
        return "empty"
    if rules.pronoun_answer and answer.lower() in pronouns.personal:
        return "pronoun answer"
    if rules.reflexive_answer and answer.lower().split()[0] in pronouns.reflexive_possessives:
        return "pronoun answer"
    if len(answer) < 2 and not answer.isdigit():
        return "single letter"
    if rules.answer_hidden and _visible(answer, item.prompt):
        return "answer in prompt"
    if rules.one_gap and item.prompt.count(CLOZE_GAP) != 1:
        return "broken gap"
    if rules.question_mark and not item.prompt.endswith("?"):
        return "not a question"
    if rules.one_sentence and re.search(r"\w[.!?] +[A-ZÆØÅ]", item.prompt):
        return "two sentences"  # the sentence splitter missed a boundary
    if rules.capitalised and item.prompt[:1].islower():
        return "lower-case start"
    return spec.problem(item)


def _visible(answer: str, prompt: str) -> bool:
    return occurs_as_word(answer, prompt)


def select(
    candidates: Sequence[Candidate], count: int, per_target: int, language: Language
) -> tuple[list[Candidate], Counter[str]]:
    """The kept candidates in selection order, and why the others were dropped."""
    dropped: Counter[str] = Counter()
    usable: list[Candidate] = []
    seen_ids: set[str] = set()
    for candidate in candidates:
        reason = problem(candidate.item, language)
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
            # Ties go by what the item is, not by its id: the id hashes the whole body,
            # so one corrected word would re-pick items all over the article.
            return adjusted, stable_id(c.item.kind, c.item.source, c.item.prompt, c.item.answer)

        best = max(open_, key=value)
        kept.append(best)
        kept_ids.add(best.item.id)
        per_sentence[best.item.sentence_index] += 1
        per_group[best.group] += 1
        targets[best.target] += 1
    if len(kept) < len(usable):
        dropped["not selected"] += len(usable) - len(kept)
    return kept, dropped
