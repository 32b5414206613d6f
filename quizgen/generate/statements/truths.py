"""Every true statement a sentence allows, the most changed first: another
construction (the other voice, a cleft), a relative clause or an apposition said as
a clause of its own, and, only where configured, the older reorderings. A synonym
comes only on top of a change of construction.

A statement is kept only when the reader has to understand it: another construction
with a synonym in it, or its source said the other way round. A sentence only
passivised, clefted or given a name for its pronoun is read off the text word for
word, and so is the sentence in its own order with one synonym swapped in, or with a
number said as a bound ("mere end tre" for "fire"): the reviews judged every such
statement trivial, and the bound ambiguous where the number is a measure ("prefers
twelve degrees" is no claim about "more than ten degrees"). A bound comes only on
top of another construction."""

from __future__ import annotations

from quizgen.analysis import Sentence
from quizgen.generate.statements.attribution import attributed, reported
from quizgen.generate.statements.clauses import apposition, relative, subordinate
from quizgen.generate.statements.numbers import clock, restated, settled
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
        found = _constructions(shape, grammar, allowed)
        for order, swap, change, kind in found:
            other = synonym(shape, order, grammar) if "synonym" in allowed else {}
            other |= _bound(shape, order, grammar) if "number" in allowed else {}
            other = {i: w for i, w in other.items() if i not in swap}
            changes = [change]
            changes += [f"{shape.token(i).text} = {w}" for i, w in other.items()]
            text = render(sentence, order, keep, {**other, **swap})
            out.append(Rewrite(text, "; ".join(changes), kind))
        older = tuple(a for a in allowed if a in REORDERINGS)
        if older:
            out += paraphrases(shape, grammar, (*older, *(a for a in allowed if a == "synonym")))
    if "relative" in allowed:
        out += [Rewrite(text, change, "relative") for text, change in relative(sentence, grammar)]
    if "source" in allowed:
        # the report said with its source first is another construction: a bound on top
        every: list[Piece] = [t.i for t in sentence.tokens]
        said = _bound(shape, every, grammar) if shape and "number" in allowed else {}
        made = attributed(sentence, grammar, said)
        out += [Rewrite(text, change, "source") for text, change in made]
    if "subclause" in allowed:
        made = subordinate(sentence, grammar, person)
        out += [Rewrite(text, change, "subclause") for text, change in made]
    if "apposition" in allowed:
        out += [Rewrite(t, change, "apposition") for t, change in apposition(sentence, grammar)]
    return [r for r in out if understood(r)]


def understood(rewrite: Rewrite) -> bool:
    """A word of the statement differs from the text and means the same ("old = new"),
    or a report is said with its source the other way ("Ifølge X ..." -> "X oplyser,
    at ..."): who says it is what the reader checks."""
    if rewrite.kind == "source":
        return True
    return any(" = " in part for part in rewrite.changed.split(";"))


def _bound(shape: Shape, order: list[Piece], grammar: Grammar) -> dict[int, str]:
    """One plain count of the clause said as a bound it passes."""
    tokens = shape.sentence.tokens
    bounds = (*grammar.numbers.lower_bounds, *grammar.numbers.upper_bounds)
    for i in order:
        if not isinstance(i, int) or tokens[i].pos != "NUM" or tokens[i].dep != "nummod":
            continue
        before = " ".join(t.text.lower() for t in tokens[max(0, i - 2) : i])
        near = {t.text.lower() for t in tokens[max(0, i - 1) : i + 2] if t.i != i}
        hedged = any(before.endswith(b) for b in bounds) or near & (
            grammar.statements.approximations | {"-", "\u2013", "/"}
        )
        if hedged or clock(shape, i, grammar) or not settled(shape, i, grammar):
            continue
        if i > 0 and tokens[i - 1].pos in ("ADV", "ADJ"):
            continue  # "hele tre nedrykkere": "hele mere end to" is no Danish
        if tokens[tokens[i].head].lemma.lower() in grammar.time.units:
            continue  # "på fire minutter": within more than three minutes says another thing
        if grammar.statements.measure(tokens[tokens[i].head].lemma.lower()):
            continue  # "tolv grader", "40 kr.": a measure is exact; a bound reads as another claim
        said = restated(tokens[i].text, grammar)
        if said:
            return {i: said}
    return {}
