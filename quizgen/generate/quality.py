"""Keep the best candidates: drop broken ones and those the deck forbids (``deck``),
then pick by score, spread over the article and over what is asked, at most
``items_per_target`` per lemma or fact."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from quizgen.generate.context import Candidate
from quizgen.generate.deck import Deck, clash
from quizgen.generate.kinds import kind_spec
from quizgen.generate.wordmatch import occurs_as_word
from quizgen.items import CLOZE_GAP, Item, stable_id
from quizgen.lang import Language

SAME_SENTENCE_PENALTY = 0.35
NEIGHBOUR_PENALTY = 0.1
UNFINISHED = "too few good distractors"  # a pending candidate that could not be completed


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
    own = spec.own_prompt(item)
    if rules.one_gap and own.count(CLOZE_GAP) != 1:
        return "broken gap"
    if rules.question_mark and not item.prompt.endswith("?"):
        return "not a question"
    if rules.one_sentence and re.search(r"\w[.!?] +[A-ZÆØÅ]", own):
        return "two sentences"  # the sentence splitter missed a boundary
    if rules.capitalised and own[:1].islower():
        return "lower-case start"
    return spec.problem(item)


def _visible(answer: str, prompt: str) -> bool:
    return occurs_as_word(answer, prompt)


def select(
    candidates: Sequence[Candidate],
    count: int,
    per_target: int,
    language: Language,
    deck: Deck | None = None,
) -> tuple[list[Candidate], Counter[str], Deck]:
    """The kept candidates in selection order, why the others were dropped, and the deck
    with the kept ones added: nothing is kept that the deck forbids (``deck.conflict``).

    A pending candidate (``Candidate.complete``) is completed when it is the best one
    left, and checked then against the deck; one that fails is dropped and the choice
    made again. The state the choice depends on has not changed, so the same candidates
    are kept as if every one had been completed first."""
    dropped: Counter[str] = Counter()
    deck = deck or Deck()
    usable = _usable(candidates, language, deck, dropped)
    kept: list[Candidate] = []
    per_sentence: Counter[int] = Counter()
    per_group: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    in_deck = Counter(i.sentence_index for i in deck.items)
    groups = sorted({c.group for c in usable})
    # Ties go by what the item is, not by its id: the id hashes the whole body, so one
    # corrected word would re-pick items all over the article. Worked out once a candidate.
    ties = {
        id(c): stable_id(c.item.kind, c.item.source, c.item.prompt, c.item.answer) for c in usable
    }
    while len(kept) < count:
        open_ = [c for c in usable if targets[c.target] < per_target]
        if not open_:
            break

        def value(c: Candidate) -> tuple[float, str]:
            index = c.item.sentence_index
            adjusted = c.score - SAME_SENTENCE_PENALTY * per_sentence[index]
            # Spread over the text: a sentence next to a used one comes later.
            adjusted -= NEIGHBOUR_PENALTY * (in_deck[index - 1] + in_deck[index + 1])
            # Spread over groups: each group first gets its turn.
            adjusted -= 0.6 * per_group[c.group] if len(groups) > 1 else 0.0
            return adjusted, ties[id(c)]

        best = max(open_, key=value)
        if best.complete is not None:
            usable = [c for c in usable if c is not best]
            done = _complete(best, language, deck, dropped)
            if done is None:
                continue
            best = done
        kept.append(best)
        deck = deck.with_item(best.item)
        per_sentence[best.item.sentence_index] += 1
        in_deck[best.item.sentence_index] += 1
        per_group[best.group] += 1
        targets[best.target] += 1
        # Only the new item can forbid more: check the rest against it alone.
        left = []
        for c in usable:
            if c is best:
                continue
            reason = clash(best.item, c.item)
            if reason:
                dropped[reason] += 1
            else:
                left.append(c)
        usable = left
    if usable:
        dropped["not selected"] += len(usable)
    return kept, dropped, deck


def _usable(
    candidates: Sequence[Candidate], language: Language, deck: Deck, dropped: Counter[str]
) -> list[Candidate]:
    """The candidates that are sound, not duplicates and allowed by the deck; the others
    are counted in ``dropped`` under their reason."""
    usable: list[Candidate] = []
    seen_ids: set[str] = set()
    # Which of several candidates with one id is a duplicate depends on whether the
    # earlier ones are usable: those are completed now, in order.
    shared = {i for i, n in Counter(c.item.id for c in candidates).items() if n > 1}
    for candidate in candidates:
        if candidate.complete is not None and candidate.item.id in shared:
            made = _made(candidate)
            if made is None:
                dropped[UNFINISHED] += 1
                continue
            candidate = made
        if candidate.complete is not None:
            # Options only add to what an item shows: a clash without them stays one.
            reason = deck.conflict(candidate.item)
            if reason:
                dropped[reason] += 1
            else:
                usable.append(candidate)
            continue
        reason = problem(candidate.item, language)
        if not reason and candidate.item.id in seen_ids:
            reason = "duplicate"
        reason = reason or deck.conflict(candidate.item)
        if reason:
            dropped[reason] += 1
            continue
        seen_ids.add(candidate.item.id)
        usable.append(candidate)
    return usable


def _complete(
    pending: Candidate, language: Language, deck: Deck, dropped: Counter[str]
) -> Candidate | None:
    """``pending`` made whole, or None (counted in ``dropped``) when it cannot be made, is
    unsound or is forbidden by ``deck``."""
    made = _made(pending)
    reason = (
        UNFINISHED if made is None else problem(made.item, language) or deck.conflict(made.item)
    )
    if reason:
        dropped[reason] += 1
        return None
    return made


def _made(pending: Candidate) -> Candidate | None:
    item = pending.complete() if pending.complete is not None else pending.item
    return None if item is None else dataclasses.replace(pending, item=item, complete=None)
