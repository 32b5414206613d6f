"""Every true statement a sentence allows, the most changed first: another
construction (the other voice, a cleft), a relative clause or an apposition said as
a clause of its own, and, only where configured, the older reorderings. A synonym
comes only on top of a change of construction."""

from __future__ import annotations

from quizgen.analysis import Sentence
from quizgen.generate.statements.attribution import attributed, reported
from quizgen.generate.statements.clauses import apposition, relative, subordinate
from quizgen.generate.statements.paraphrase import Rewrite, paraphrases, synonym
from quizgen.generate.statements.restate import active, cleft, passive
from quizgen.generate.statements.shape import Piece, Shape, names, render
from quizgen.lang.grammar import Grammar

# The older rewrites: a reordering or a shortening of the sentence alone, which a
# reviewer judges a copy ("trivial"); made only when a configuration asks for them.
REORDERINGS = ("word_order", "reduce")


def _constructions(
    shape: Shape, grammar: Grammar, allowed: tuple[str, ...]
) -> list[tuple[list[Piece], dict[int, str], str, str]]:
    found: list[tuple[list[Piece], dict[int, str], str, str]] = []
    if "voice" in allowed:
        made = passive(shape, grammar)
        if made:
            found.append((made, {}, "active → passive", "voice"))
        turned = active(shape, grammar)
        if turned:
            found.append((turned[0], turned[1], "passive → active", "voice"))
    if "source" in allowed:
        said = reported(shape, grammar)
        if said:
            found.append((said, {}, "ifølge X → X oplyser, at", "source"))
    if "cleft" in allowed:
        focused = cleft(shape, grammar)
        if focused:
            found.append((focused[0], {}, f"cleft on the {focused[1]}", "cleft"))
    return found


def true_statements(
    sentence: Sentence,
    shape: Shape | None,
    grammar: Grammar,
    allowed: tuple[str, ...],
    person: str = "",
) -> list[Rewrite]:
    """True statements from one sentence (``shape``: its main clause, if it has one;
    ``person``: the one person "hans"/"hendes" in it can mean)."""
    out: list[Rewrite] = []
    if shape is not None:
        keep = names(sentence)
        for order, swap, change, kind in _constructions(shape, grammar, allowed):
            other = synonym(shape, order, grammar) if "synonym" in allowed else {}
            other = {i: w for i, w in other.items() if i not in swap}
            changes = [change, *(f"{shape.token(i).text} = {w}" for i, w in other.items())]
            text = render(sentence, order, keep, {**other, **swap})
            out.append(Rewrite(text, "; ".join(changes), kind))
        older = tuple(a for a in allowed if a in REORDERINGS)
        if older:
            out += paraphrases(shape, grammar, (*older, *(a for a in allowed if a == "synonym")))
    if "relative" in allowed:
        out += [Rewrite(text, change, "relative") for text, change in relative(sentence, grammar)]
    if "source" in allowed:
        out += [Rewrite(text, change, "source") for text, change in attributed(sentence, grammar)]
    if "subclause" in allowed:
        made = subordinate(sentence, grammar, person)
        out += [Rewrite(text, change, "subclause") for text, change in made]
    if "apposition" in allowed:
        out += [Rewrite(t, change, "apposition") for t, change in apposition(sentence, grammar)]
    return out
