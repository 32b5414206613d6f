"""Signs that a parse went wrong where a question would show it: a phrase torn apart,
a name cut in two, a second finite verb, words that would silently disappear. A
question is only made when none of these shows."""

from __future__ import annotations

from quizgen.analysis import Sentence, Token
from quizgen.extract.syntax import grammar_or_default, is_finite, kids
from quizgen.generate.grammar.clauses import DASHES, Clause, chunk
from quizgen.lang.grammar import Grammar

EMBEDDING_DEPS = frozenset(
    {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "xcomp", "parataxis", "conj"}
)


def stray_finite_verb(clause: Clause, ids: set[int]) -> bool:
    """A second finite verb that no subordinate clause explains: the parse is wrong
    (``Byen Baghouz ... er den sidste lomme, som IS har ...`` read as one clause)."""
    s = clause.sentence
    embedded: set[int] = set()
    for i in ids:
        # parsers call some object clauses "obj" ("fik at vide, at han skulle vente")
        marked_object = s.tokens[i].dep == "obj" and bool(kids(s, i, ("mark",)))
        if (s.tokens[i].dep in EMBEDDING_DEPS or marked_object) and i != clause.head:
            embedded |= chunk(s, i)
    return any(
        is_finite(s.tokens[i])
        and i != clause.finite
        and i not in embedded
        and not _mistagged_noun(s, i, clause.grammar)
        for i in ids
    )


def _mistagged_noun(s: Sentence, i: int, grammar: Grammar) -> bool:
    """``luftbombardementer`` tagged as a present-tense verb: a "verb" without a subject,
    auxiliary or subordinator, with no clause relation, that ends like a plural noun
    is a noun the tagger missed (the parser may still hang a place or a purpose on it)."""
    token = s.tokens[i]
    clause_dep = token.dep in ("ROOT", "conj", "ccomp", "advcl", "acl", "acl:relcl", "parataxis")
    clause_kids = any(
        c.dep.split(":")[0] in ("nsubj", "csubj", "expl", "aux", "mark", "cop")
        for c in s.children(i)
    )
    return (
        not clause_dep
        and not clause_kids
        and token.feature("Tense") == "Pres"
        and token.text.lower().endswith(grammar.forms.plural_endings)
    )


def without_asides(s: Sentence, order: list[int]) -> list[int]:
    """Leave out a dash aside: ``- som nu -`` between dashes, or all after a lone dash."""
    dashes = [n for n, i in enumerate(order) if s.tokens[i].text in DASHES and s.tokens[i].is_punct]
    if not dashes:
        return order
    if len(dashes) >= 2:
        return order[: dashes[0]] + order[dashes[1] + 1 :]
    return order[: dashes[0]]


def holes(clause: Clause, used: set[int]) -> bool:
    """Words inside the clause's stretch of text that hang on something outside it: the
    parse tore a phrase apart, and the question would silently lose them."""
    s = clause.sentence
    inside = chunk(s, clause.head)
    return any(
        k not in inside and not s.tokens[k].is_punct for k in range(min(used), max(used) + 1)
    )


def apposition_cut(s: Sentence, phrase: set[int]) -> bool:
    """``Mustafa Bali, | talsmand fra SDF``: the parse split a name from its apposition,
    so moving or removing the name would leave half of it behind."""
    words = [i for i in phrase if not s.tokens[i].is_punct]
    if not words:
        return False
    after = max(words) + 1
    if after + 1 >= len(s.tokens) or s.tokens[after].text != ",":
        return False
    nxt = s.tokens[after + 1]
    if nxt.pos != "NOUN" or nxt.head in phrase:
        return False
    # An opening comma (none before it in the phrase) followed by a noun outside it.
    return nxt.dep == "appos" or not any(s.tokens[i].text == "," for i in phrase if i < after)


def name_cut(s: Sentence, phrase: set[int], grammar: Grammar | None = None) -> bool:
    """Part of a name stays behind: ``Tour | de France``, ``cykelrytter | Jonas Vingegaard``
    (a tagged name only partly in the phrase, or one that the parse hung elsewhere)."""
    words = [i for i in phrase if not s.tokens[i].is_punct]
    if not words:
        return False
    particles = grammar_or_default(grammar).clauses.name_particles
    first, last = min(words), max(words)
    for i in (first - 1, last + 1):
        if 0 <= i < len(s.tokens) and i not in phrase:
            neighbour = s.tokens[i]
            inside = s.tokens[last] if i > last else s.tokens[first]
            same_name = (
                neighbour.ent_type
                and neighbour.ent_type == inside.ent_type
                and (neighbour.ent_iob == "I" if i > last else inside.ent_iob == "I")
            )
            if same_name:
                return True
    before = first - 1
    particle = s.tokens[first].text in particles and len(words) > 1
    if particle and before >= 0 and before not in phrase and s.tokens[before].pos == "PROPN":
        return True  # "Tour | de France"
    after = last + 1
    if after < len(s.tokens) and after not in phrase:
        nxt = s.tokens[after]
        # "cykelrytter Jonas Vingegaard": a name right after the phrase belongs to it
        if nxt.pos == "PROPN" and nxt.ent_type == "PER" and nxt.head not in phrase:
            return s.tokens[last].pos in ("NOUN", "PROPN")
        # "Tour de France" cut after "Tour"
        if (
            s.tokens[last].pos == "PROPN"
            and nxt.text in particles
            and after + 1 < len(s.tokens)
            and s.tokens[after + 1].text[:1].isupper()
        ):
            return True
    return False


def torn(s: Sentence, target: set[int]) -> bool:
    """The asked-about phrase is not one stretch of text: part of it would stay behind."""
    if not target:
        return False
    return any(
        k not in target and not s.tokens[k].is_punct for k in range(min(target), max(target) + 1)
    )


def detached_modifier(s: Sentence, target: set[int], rest: set[int]) -> bool:
    """``set [en konvoj af lastbiler] fyldt med ...``: a participle right after the removed
    phrase most likely belonged to it, whatever the parse says; so did an attribute right
    before it; and a phrase next to ``og`` is half a coordination."""
    if not target:
        return False
    after = max(target) + 1
    before = s.tokens[min(target) - 1] if min(target) > 0 else None
    token = s.tokens[after] if after < len(s.tokens) else None
    if before is not None and before.pos == "DET" and before.head in target:
        return True  # "de [to bogstaver]": the determiner would stay behind
    # "... 210 meter lang og [syv meter] bred": one conjunct of a coordination
    if any(t is not None and t.pos == "CCONJ" and t.i > 0 for t in (token, before)):
        return True  # (a sentence-initial "Og" joins sentences, not phrases)
    heads = [i for i in target if s.tokens[i].head not in target]
    if s.tokens[min(target)].pos == "CCONJ" or any(s.tokens[i].dep == "conj" for i in heads):
        return True  # "og syv meter": the second conjunct itself
    if before is not None and _stranded_attribute(before, s.tokens[min(target)], target):
        return True
    if token is None or after not in rest:
        return False
    return token.feature("VerbForm") == "Part" or (token.pos == "ADJ" and token.dep != "amod")


def _stranded_attribute(before: Token, first: Token, target: set[int]) -> bool:
    """``en stribe koordinerede | [militære aktioner]``: a participle or attributive
    adjective right before a phrase that starts without a determiner is that phrase's
    attribute, even when the parse hangs it elsewhere (the question would keep
    "koordinerede" and lose its noun)."""
    if before.head in target or first.pos not in ("ADJ", "NOUN"):
        return False
    return before.feature("VerbForm") == "Part" or (
        before.pos == "ADJ" and before.dep in ("amod", "conj")
    )
