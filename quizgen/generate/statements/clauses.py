"""True statements from a part of a sentence said as a clause of its own: a relative
clause on a name ("..., Anna og Bo, der hurtigt kom" -> "Anna og Bo kom
hurtigt.") and an apposition or a title ("Mzilikazi, grundlæggeren af ..." ->
"Mzilikazi var grundlæggeren af ..."; "træner Ole Berg" -> "Ole Berg er
træner."). Each says a fact the sentence states without its main clause around it."""

from __future__ import annotations

from quizgen.analysis import Sentence, Token
from quizgen.generate.statements.shape import Piece, names, render
from quizgen.lang.grammar import Grammar

_MAX_WORDS = 22


def _span(sentence: Sentence, i: int) -> list[int]:
    return [t.i for t in sentence.subtree(i)]


def _contiguous(ids: list[int]) -> bool:
    return bool(ids) and ids[-1] - ids[0] + 1 == len(ids)


def _past(sentence: Sentence) -> bool:
    root = [t for t in sentence.tokens if t.dep == "ROOT"]
    if not root:
        return False
    verbs = [root[0], *(c for c in sentence.children(root[0].i) if c.dep in ("aux", "cop"))]
    return any(v.feature("Tense") == "Past" and v.feature("VerbForm") == "Fin" for v in verbs)


def _name(sentence: Sentence, i: int) -> list[int]:
    """The run of names around ``i`` that hang together ("Nordic Health Fund",
    "Ole Berg"); [] when a name next to it belongs elsewhere."""
    tokens = sentence.tokens
    run = [i]
    while run[-1] + 1 < len(tokens) and tokens[run[-1] + 1].pos == "PROPN":
        run.append(run[-1] + 1)
    while run[0] > 0 and tokens[run[0] - 1].pos == "PROPN":
        run.insert(0, run[0] - 1)
    inside = set(run)
    heads = [t for t in (tokens[j] for j in run) if t.head not in inside or t.head == t.i]
    return run if len(heads) == 1 else []


def _plain(tokens: list[Token], grammar: Grammar) -> bool:
    """No pronoun (but a relative one), possessive, quotation or bracket: the words
    stand on their own."""
    relatives = grammar.statements.relative_pronouns
    return not any(
        (t.pos == "PRON" and t.text.lower() not in relatives)
        or t.feature("Poss") == "Yes"
        or t.text.lower() in ("sig", "selv")
        or t.text in ('"', "(", ")", ":", ";")
        for t in tokens
    )


def _antecedent(sentence: Sentence, noun: Token, clause: list[int]) -> list[int]:
    """The noun phrase a relative clause hangs on, without the clause and its commas,
    when it holds a name: "Anna og Bo", "appen Safe Delivery"."""
    ids = [i for i in _span(sentence, noun.i) if i not in clause]
    ids = [i for i in ids if sentence.tokens[i].dep != "case" or sentence.tokens[i].head != noun.i]
    while ids and sentence.tokens[ids[-1]].text == ",":
        ids.pop()
    commas = [i for i in ids if sentence.tokens[i].text == ","]
    if len(commas) == 1:
        named = ids[ids.index(commas[0]) + 1 :]  # "de to reddere, Anna og Bo": the names
        if all(sentence.tokens[i].pos == "PROPN" or sentence.tokens[i].dep == "cc" for i in named):
            return named if sentence.tokens[named[0]].pos == "PROPN" else []
    head = sentence.tokens[noun.head]
    if noun.dep == "appos" and head.pos == "NOUN" and head.i + 1 == noun.i:
        ids = [head.i, *ids]  # "appen Safe Delivery": the noun the name explains
    if not _contiguous(ids) or not any(sentence.tokens[i].pos == "PROPN" for i in ids):
        return []
    if any(sentence.tokens[i].text == "," for i in ids) and noun.pos != "PROPN":
        return []
    return ids


def relative(sentence: Sentence, grammar: Grammar) -> list[tuple[str, str]]:
    """Each relative clause whose subject is its pronoun, on a named noun phrase, as a
    main clause: "X, der hurtigt kom" -> "X kom hurtigt." (sentence adverbs after the verb)."""
    words = grammar.statements
    out = []
    for verb in sentence.tokens:
        if verb.dep != "acl:relcl":
            continue
        clause = _span(sentence, verb.i)
        first = sentence.tokens[clause[0]]
        if first.text.lower() not in words.relative_pronouns or first.dep != "nsubj":
            continue
        if not _contiguous(clause) or clause[-1] + 1 >= len(sentence.tokens):
            continue
        after = sentence.tokens[clause[-1] + 1]
        if after.text not in (",", ".") or first.i == 0 or sentence.tokens[first.i - 1].text != ",":
            continue
        finite = _finite(sentence, verb)
        subject = _antecedent(sentence, sentence.tokens[verb.head], clause)
        if len(finite) != 1 or not subject:
            continue
        inner = clause[1:]
        moved = [i for i in inner if i < finite[0].i]
        if any(sentence.tokens[i].pos != "ADV" for i in moved) or len(moved) > 2:
            continue  # anything but adverbs before the verb: not a plain clause
        rest = [i for i in inner if i not in moved and i != finite[0].i]
        order: list[Piece] = [*subject, finite[0].i, *moved, *rest, len(sentence.tokens) - 1]
        tokens = [sentence.tokens[i] for i in [*subject, *inner]]
        if len(tokens) > _MAX_WORDS or not _plain(tokens[len(subject) :], grammar):
            continue
        if sentence.tokens[-1].text != ".":
            continue
        text = render(sentence, order, names(sentence))
        out.append((text, f"relative clause: {first.text} → {sentence.tokens[subject[0]].text}"))
    return out


def _finite(sentence: Sentence, verb: Token) -> list[Token]:
    auxiliaries = (c for c in sentence.children(verb.i) if c.dep in ("aux", "aux:pass", "cop"))
    return [t for t in (verb, *auxiliaries) if t.feature("VerbForm") == "Fin"]


def _asserted(sentence: Sentence, main: Token, grammar: Grammar) -> bool:
    """Does the sentence state its main clause as a fact? Not when someone is said to
    say or think it ("ifølge X", "siger X") or it is only possible ("kan")."""
    words = grammar.statements
    if main.dep != "ROOT" or main.lemma in grammar.clauses.speech_verbs:
        return False
    verbs = [main, *(c for c in sentence.children(main.i) if c.dep in ("aux", "cop"))]
    return not any(t.text.lower() in words.attributions for t in sentence.tokens) and not any(
        t.text.lower() in words.modals for t in verbs
    )


def _genitive(name: str) -> str:
    return name + ("'" if name[-1:] in ("s", "x", "z") else "s")


def subordinate(sentence: Sentence, grammar: Grammar, person: str = "") -> list[tuple[str, str]]:
    """An adverbial clause whose content the sentence asserts ("..., da en sejlerlinje
    vakte hans interesse") as a main clause: "En sejlerlinje fangede Peter Lunds
    interesse." ``person``: who "hans"/"hendes" is, when the sentence says so."""
    words = grammar.statements
    out = []
    for verb in sentence.tokens:
        marks = [c for c in sentence.children(verb.i) if c.dep == "mark"]
        if verb.dep != "advcl" or len(marks) != 1:
            continue
        if marks[0].text.lower() not in words.droppable_marks - {"før", "mens"}:
            continue
        clause = _span(sentence, verb.i)
        subjects = [c for c in sentence.children(verb.i) if c.dep in ("nsubj", "nsubj:pass")]
        if not _contiguous(clause) or clause[0] != marks[0].i or len(subjects) != 1:
            continue
        before = sentence.tokens[clause[0] - 1] if clause[0] > 0 else None
        after = sentence.tokens[clause[-1] + 1]
        if before is None or before.text != "," or after.text != ".":
            continue  # only a clause that closes the sentence after its comma
        finite = _finite(sentence, verb)
        main = sentence.tokens[verb.head]
        if not _asserted(sentence, main, grammar) or any(
            t.text.lower() in words.modals for t in finite
        ):
            continue  # "Ifølge X kan broen ..., fordi flere vil ...": a claim, not a fact
        subject = _span(sentence, subjects[0].i)
        if len(finite) != 1 or not _contiguous(subject) or subject[0] != clause[0] + 1:
            continue
        moved = [i for i in clause if subject[-1] < i < finite[0].i]
        if any(sentence.tokens[i].pos != "ADV" for i in moved):
            continue
        rest = [i for i in clause if i > finite[0].i]
        swap = {}
        for i in rest:
            t = sentence.tokens[i]
            if t.text.lower() in words.person_pronouns and t.feature("Poss") == "Yes" and person:
                swap[i] = _genitive(person)
        tokens = [sentence.tokens[i] for i in [*subject, *rest] if i not in swap]
        if len(clause) > _MAX_WORDS or not _plain(tokens, grammar):
            continue
        if sentence.tokens[subject[0]].pos == "PRON":
            continue
        order: list[Piece] = [*subject, finite[0].i, *moved, *rest, after.i]
        text = render(sentence, order, names(sentence), swap)
        out.append((text, f"clause said by itself: {marks[0].text} …"))
    return out


def _predicate(sentence: Sentence, noun: Token) -> list[Piece]:
    """A title noun as a predicate, as bare as a role is said: "træner"; not "byen
    Baghouz" -> "Baghouz er en by": nothing worth asking."""
    mine = [c for c in sentence.children(noun.i) if c.i < noun.i]
    if any(c.dep not in ("amod", "compound") for c in mine):
        return []
    if noun.feature("Definite") == "Def" or noun.feature("Number") == "Plur":
        return []
    return [*(c.i for c in mine), noun.i]


def _between_commas(sentence: Sentence, noun: Token, name: list[int]) -> list[int]:
    """ "X, talsmand fra SDF, ...": the phrase from the noun to the next comma, right
    after the name and its comma, every word of it hanging inside it."""
    tokens = sentence.tokens
    if not name or name[-1] + 2 != noun.i or tokens[name[-1] + 1].text != ",":
        return []
    ids = [noun.i]
    while ids[-1] + 1 < len(tokens) and tokens[ids[-1] + 1].text not in (",", "."):
        ids.append(ids[-1] + 1)
    inside = set(ids)
    if ids[-1] + 1 >= len(tokens) or any(tokens[i].head not in inside for i in ids[1:]):
        return []
    return ids


def _apposed(sentence: Sentence, token: Token, grammar: Grammar) -> list[Piece]:
    """ "Mustafa Bali, talsmand fra SDF," -> [Mustafa Bali] + [talsmand fra SDF]."""
    head = sentence.tokens[token.head]
    if token.dep not in ("appos", "nmod") or head.pos != "PROPN" or token.pos != "NOUN":
        return []
    name = _name(sentence, head.i)
    ids = _between_commas(sentence, token, name)
    tokens = [sentence.tokens[i] for i in ids]
    if not ids or len(ids) > 8 or not _plain(tokens, grammar):
        return []
    if any(t.pos in ("VERB", "AUX") for t in tokens):
        return []
    return [*name, "", *ids]


def _titled(sentence: Sentence, token: Token) -> list[Piece]:
    """ "træner Ole Berg" -> [Ole Berg] + [træner]."""
    head = sentence.tokens[token.head]
    if token.dep not in ("flat", "appos") or token.pos != "PROPN" or head.pos != "NOUN":
        return []
    if head.i + 1 != token.i or head.dep not in ("nsubj", "obj", "obl", "nmod"):
        return []
    if head.ent_type or (head.text[:1].isupper() and head.i > 0):
        return []  # "Dorling Kindersley": a name in two parts, no title
    name = _name(sentence, token.i)
    predicate = _predicate(sentence, head)
    if not name or name[0] != token.i or not predicate:
        return []
    return [*name, "", *predicate]


def apposition(sentence: Sentence, grammar: Grammar) -> list[tuple[str, str]]:
    """ "X, grundlæggeren af Y, ..." -> "X var grundlæggeren af Y."; "træner Jacob
    Friis" -> "Ole Berg er træner"."""
    words = grammar.statements
    copula = words.copulas[1] if _past(sentence) else words.copulas[0]
    if not copula:
        return []
    out = []
    for token in sentence.tokens:
        found = _apposed(sentence, token, grammar) or _titled(sentence, token)
        if found:
            # "" marks where the copula goes: between the name and what it is
            order = [copula if p == "" else p for p in found]
            text = render(sentence, [*order, len(sentence.tokens) - 1], names(sentence))
            out.append((text, "apposition as a statement"))
    return out
