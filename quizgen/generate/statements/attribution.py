"""A report said with its source as an adverbial: "X fortæller, at eleverne er blevet
mere koncentrerede." and "Eleverne er blevet ..., skriver X." -> "Ifølge X er eleverne
blevet mere koncentrerede." The statement keeps who says so, so it is true as the
text gives it; a recommendation ("anbefaler, at") is no report and is left alone."""

from __future__ import annotations

from quizgen.analysis import Sentence, Token
from quizgen.generate.statements.shape import Piece, Shape, names, render
from quizgen.lang.grammar import Grammar

_MAX_TOKENS = 26


def _span(sentence: Sentence, i: int) -> list[int]:
    return [t.i for t in sentence.subtree(i)]


def _contiguous(ids: list[int]) -> bool:
    return bool(ids) and ids[-1] - ids[0] + 1 == len(ids)


def _speaker(sentence: Sentence, verb: Token) -> list[int]:
    """The one noun or name that says it, not a pronoun."""
    subjects = [c for c in sentence.children(verb.i) if c.dep == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos not in ("NOUN", "PROPN"):
        return []
    ids = _span(sentence, subjects[0].i)
    tokens = [sentence.tokens[i] for i in ids]
    if not _contiguous(ids) or any(t.pos == "PRON" or t.text == "," for t in tokens):
        return []
    return ids


def _clause(sentence: Sentence, head: Token, grammar: Grammar) -> list[Piece]:
    """The reported clause in main-clause order after a fronted adverbial: finite
    verb, subject, sentence adverbs, the rest."""
    marks = {c.i for c in sentence.children(head.i) if c.dep == "mark"}
    ids = [i for i in _span(sentence, head.i) if i not in marks]
    tokens = sentence.tokens
    while ids and tokens[ids[0]].is_punct:
        ids.pop(0)  # the comma before "at", which a parse may hang on the reported verb
    verbs = [head, *(c for c in sentence.children(head.i) if c.dep in ("aux", "aux:pass", "cop"))]
    finite = [t for t in verbs if t.feature("VerbForm") == "Fin"]
    subjects = [c for c in sentence.children(head.i) if c.dep in ("nsubj", "nsubj:pass")]
    if len(finite) != 1 or len(subjects) != 1 or not _contiguous(ids):
        return []
    if any(tokens[i].dep == "expl" for i in ids):
        return []  # "Onsdag er der hviledag": the expletive keeps its place
    subject = _span(sentence, subjects[0].i)
    if not _contiguous(subject):
        return []
    fronted: list[int] = []
    if subject[0] != ids[0]:
        # "Tirsdag aften indledte koalitionen ...": an adverbial first, then V2; it
        # follows the subject once "ifølge X" stands first.
        fronted = [i for i in ids if i < finite[0].i]
        tops = {tokens[i].head for i in fronted if tokens[i].head not in fronted}
        if subject[0] != finite[0].i + 1 or tops != {head.i}:
            return []
        if any(tokens[i].text == "," or tokens[i].pos in ("VERB", "AUX") for i in fronted):
            return []
    who = tokens[subjects[0].i]
    if who.text.lower() == grammar.clauses.expletive or who.pos not in ("NOUN", "PROPN", "PRON"):
        return []  # "Onsdag er der hviledag": the expletive keeps its place
    if who.pos == "PRON" and (who.text.lower() != "man" or fronted):
        return []  # "at de ...": who, the sentence before says
    between = [i for i in ids if subject[-1] < i < finite[0].i]
    if any(tokens[i].pos != "ADV" for i in between):
        return []
    rest = [i for i in ids if i > max(finite[0].i, subject[-1])]
    while rest and tokens[rest[-1]].is_punct:
        rest.pop()  # the comma before "skriver DR"
    linking = grammar.statements.linking_adverbs
    rest = [i for i in rest if tokens[i].text.lower() not in linking]
    if any(tokens[i].text in ('"', ":", ";", "-", "(") for i in rest):
        return []
    return [finite[0].i, *subject, *between, *fronted, *rest]


def attributed(
    sentence: Sentence, grammar: Grammar, said: dict[int, str] | None = None
) -> list[tuple[str, str]]:
    """The sentence's report said with "ifølge" and its source, or nothing; ``said``:
    words of the sentence said another way on top ("mere end 200" for "300")."""
    words = grammar.statements
    tokens = sentence.tokens
    roots = [t for t in tokens if t.dep == "ROOT"]
    if not words.according_to or len(roots) != 1 or len(tokens) > _MAX_TOKENS:
        return []
    verb = roots[0]
    if verb.lemma not in words.report_verbs or verb.feature("VerbForm") != "Fin":
        return []
    speaker = _speaker(sentence, verb)
    reports = [c for c in sentence.children(verb.i) if c.dep in ("ccomp", "obj")]
    if not speaker or len(reports) != 1 or tokens[-1].text != ".":
        return []
    report = reports[0]
    marks = [c for c in sentence.children(report.i) if c.dep == "mark"]
    if report.i > verb.i:  # "X fortæller, at ..."
        if len(marks) != 1 or marks[0].text.lower() != words.complementizer:
            return []
        if speaker[0] != 0 or tokens[speaker[-1] + 1].i != verb.i:
            return []
    elif marks or speaker[0] != verb.i + 1 or speaker[-1] + 1 != len(tokens) - 1:
        return []  # "..., skriver DR." has the speaker last
    clause = _clause(sentence, report, grammar)
    if not clause:
        return []
    swap = {}
    first = tokens[speaker[0]]
    if first.pos in ("NOUN", "PROPN") and not first.ent_type and len(speaker) > 1:
        swap[first.i] = first.text.lower()  # "Skoleleder Peter Madsen" as a title
    order: list[Piece] = [words.according_to, *speaker, *clause, len(tokens) - 1]
    other = {i: w for i, w in (said or {}).items() if i in clause}
    text = render(sentence, order, names(sentence) - set(swap), {**swap, **other})
    changes = [f"{verb.text} → {words.according_to}"]
    changes += [f"{tokens[i].text} = {w}" for i, w in other.items()]
    return [(text, "; ".join(changes))]


def reported(shape: Shape, grammar: Grammar) -> list[Piece] | None:
    """ "Ifølge Reuters har journalister set ..." -> "Reuters oplyser, at journalister
    har set ...": the source as the subject of a report."""
    words = grammar.statements
    fronted = shape.fronted
    first = shape.token(fronted.ids[0])
    head = shape.token(fronted.head)
    if shape.subject_first or first.text.lower() != words.according_to:
        return None
    if head.pos not in ("PROPN", "NOUN") or not words.report_form or len(fronted.ids) > 4:
        return None
    if any(shape.token(i).text == "," for i in fronted.ids):
        return None
    parts = [p for p in shape.parts if p != shape.subject]
    if not parts or parts[0].start < shape.subject.start or shape.parts[0] != shape.subject:
        return None  # the subject right after the finite verb, as V2 puts it
    adverbial = grammar.clauses.sentence_adverbs | words.negatives
    adverbs = [
        p for p in parts if len(p.ids) == 1 and shape.token(p.head).text.lower() in adverbial
    ]
    rest = [i for p in parts if p not in adverbs for i in p.ids]
    if any(shape.token(i).text in ('"', ":", ";") for i in rest):
        return None
    moved = [i for p in adverbs for i in p.ids]
    return [
        *fronted.ids[1:],
        words.report_form,
        ",",
        words.complementizer,
        *shape.subject.ids,
        *moved,
        shape.finite,
        *rest,
        shape.end,
    ]
