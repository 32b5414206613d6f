"""True statements in another construction: a cleft ("Det var i 1903, at skolen
...") and the other voice ("Byplanen fostrede udbygningen" <-> "Udbygningen
blev fostret af Byplanen"). Each works on the main clause's fields and gives up
wherever the parse leaves a doubt; a reordering alone is no paraphrase."""

from __future__ import annotations

from quizgen.generate.statements.paraphrase import (
    _adverbial,
    _clean,
    _dated,
    _light,
    _time,
    linking,
)
from quizgen.generate.statements.shape import Constituent, Piece, Shape
from quizgen.lang.grammar import Grammar

_REFLEXIVE = ("sin", "sit", "sine", "sig", "selv")


def _ids(parts: list[Constituent]) -> list[int]:
    return [i for p in parts for i in p.ids]


def _past(shape: Shape) -> bool:
    return shape.token(shape.finite).feature("Tense") == "Past"


def _adverb(shape: Shape, part: Constituent, grammar: Grammar) -> bool:
    """A one-word sentence adverb ("ikke", "aldrig", "stadig"): before the finite
    verb in a subordinate clause, after it in a main clause."""
    token = shape.token(part.head)
    words = grammar.clauses.sentence_adverbs | grammar.statements.negatives
    return len(part.ids) == 1 and token.pos == "ADV" and token.text.lower() in words


def _noun_phrase(shape: Shape, part: Constituent) -> bool:
    """A noun phrase with a noun or a name at its head, no pronoun, no reflexive and
    no clause in it: it can stand anywhere in the clause."""
    head = shape.token(part.head)
    tokens = [shape.token(i) for i in part.ids]
    return (
        head.pos in ("NOUN", "PROPN")
        and _light(shape, part)
        and not any(t.pos == "PRON" or t.text.lower() in _REFLEXIVE for t in tokens)
        and not any(t.dep == "case" and t.head == head.i for t in tokens)
    )


def _fields(shape: Shape, grammar: Grammar) -> tuple[list[Constituent], list[Constituent]] | None:
    """The constituents besides the subject, the sentence adverbs apart; None when a
    linking adverb or a comma-bound clause stands first (it has no place elsewhere)."""
    parts = [p for p in shape.parts if not linking(shape, p, grammar)]
    if not shape.subject_first:
        fronted = shape.fronted
        if not linking(shape, fronted, grammar):
            if any(shape.token(i).text == "," for i in fronted.ids):
                return None
            if not (_adverbial(shape, fronted, grammar) or _headed(shape, fronted, grammar)):
                return None
            parts = [fronted, *parts]
    parts = [p for p in parts if p != shape.subject]
    adverbs = [p for p in parts if _adverb(shape, p, grammar)]
    return [p for p in parts if p not in adverbs], adverbs


def _plain_clause(shape: Shape, others: list[Constituent], grammar: Grammar) -> bool:
    """Short, one clause, and right after the finite verb a verb, an object or a
    predicate, not an adverbial that would need another place in a subordinate clause
    ("der viste søndag rundt")."""
    if len(shape.sentence.tokens) > 22 or not _clean(shape, grammar):
        return False
    after = [p for p in others if p.start > shape.finite]
    if not after:
        return True
    first = shape.token(after[0].head)
    time = {*grammar.time.weekdays, *grammar.time.months, *grammar.time.nouns}
    if first.lemma.lower() in time or first.text.lower() in time:
        return False  # "viste søndag rundt": a time phrase taken for the object
    later = [shape.token(p.head).dep for p in after[1:]]
    if first.dep.split(":")[0] in ("advmod", "advcl") or (
        first.dep.startswith("obl") and any(d in ("ROOT", "obj", "xcomp", "iobj") for d in later)
    ):
        return False  # an adverbial in the middle field: a subordinate clause puts it elsewhere
    pronouns = grammar.statements.outside_pronouns
    rest = [shape.token(i) for p in others for i in p.ids]
    subject = [shape.token(i) for i in shape.subject.ids]
    return not any(
        t.text == "," or (t.pos == "PRON" and t.text.lower() in pronouns) for t in rest
    ) and not any(
        t.dep in ("cc", "conj") for t in subject
    )  # one clause, no pronoun that leans on the sentence, one subject


def _headed(shape: Shape, part: Constituent, grammar: Grammar) -> bool:
    """ "forud for indtagelsen", "kort efter valget": a time adverb with its phrase."""
    head = shape.token(part.head)
    inner = [c for c in shape.sentence.children(head.i) if c.dep.startswith("obl")]
    opens = inner and shape.token(inner[0].i - 1).dep == "case"
    return bool(
        head.dep == "advmod"
        and head.text.lower() in grammar.statements.time_heads
        and part.ids[0] == head.i
        and opens
        and _light(shape, part)
    )


def _focus(shape: Shape, part: Constituent, grammar: Grammar) -> bool:
    """A time or a place with its preposition ("i 2019", "i Asturien"); not a source
    ("ifølge Reuters"), which says who says so, not where."""
    first = shape.token(part.ids[0])
    tokens = [shape.token(i) for i in part.ids]
    place = any(t.ent_type == "LOC" for t in tokens)
    if _headed(shape, part, grammar):
        return True
    if not _adverbial(shape, part, grammar):
        return False
    if first.dep != "case":
        return _dated(tokens, grammar)  # "tirsdag aften", "i 2019" without its "i"
    return first.text.lower() not in grammar.statements.attributions and (
        place or _time(shape, part, grammar)
    )


def cleft(shape: Shape, grammar: Grammar) -> tuple[list[Piece], str] | None:
    """ "Det var i 1903, at skolen flyttede." (a time or place adverbial in focus) or
    "Det var Byplanen, der fostrede ..." (a name as subject in focus), and which."""
    words = grammar.statements
    fields = _fields(shape, grammar)
    if fields is None or not words.cleft_pronoun:
        return None
    others, adverbs = fields
    if not _plain_clause(shape, others, grammar):
        return None
    copula = words.copulas[1] if _past(shape) else words.copulas[0]
    focus = [p for p in others if _focus(shape, p, grammar)]
    focus.sort(key=lambda p: not _time(shape, p, grammar))  # a time first: "Det var i 2019"
    start: list[Piece] = [words.cleft_pronoun, copula]
    if focus:
        rest = [p for p in others if p != focus[0]]
        if any(_time(shape, p, grammar) for p in rest):
            return None  # "i juli ... i år": the two time phrases say one time
        clause = [*shape.subject.ids, *_ids(adverbs), shape.finite, *_ids(rest)]
        # An adverbial that stood first keeps the source's order: nearest a copy.
        where = "fronted adverbial" if focus[0] == shape.fronted else "adverbial"
        return [*start, *focus[0].ids, ",", words.complementizer, *clause, shape.end], where
    subject = shape.subject
    first = shape.token(subject.ids[0])
    if not _noun_phrase(shape, subject) or first.pos != "PROPN":
        return None
    clause = [*_ids(adverbs), shape.finite, *_ids(others)]
    return [*start, *subject.ids, ",", words.relative_subject, *clause, shape.end], "subject"


def _particle(shape: Shape, part: Constituent) -> bool:
    token = shape.token(part.head)
    return len(part.ids) == 1 and (
        token.dep == "compound:prt" or (token.pos == "ADV" and part.ids[0] == shape.root + 1)
    )


def passive(shape: Shape, grammar: Grammar) -> list[Piece] | None:
    """ "Byplanen fostrede udbygningen." -> "Udbygningen blev fostret af
    Byplanen.": a simple transitive verb with a noun subject and a noun object."""
    words = grammar.statements
    root = shape.token(shape.root)
    if shape.root != shape.finite or root.pos != "VERB" or root.lemma in words.no_passive:
        return None
    if root.feature("Voice") == "Pass" or root.feature("Tense") not in ("Pres", "Past"):
        return None
    fields = _fields(shape, grammar)
    if fields is None or not _noun_phrase(shape, shape.subject):
        return None
    others, adverbs = fields
    objects = [p for p in others if shape.token(p.head).dep == "obj"]
    if len(objects) != 1 or not _noun_phrase(shape, objects[0]) or not _clean(shape, grammar):
        return None
    thing = [shape.token(i) for i in objects[0].ids]
    head = shape.token(objects[0].head)
    if head.pos != "PROPN" and head.feature("Definite") != "Def":
        return None  # "En ombygningsperiode blev undergået af byen": no natural subject
    time = {*grammar.time.weekdays, *grammar.time.months, *grammar.time.nouns}
    if any(t.pos == "ADP" or t.lemma.lower() in time or t.text.lower() in time for t in thing):
        return None  # "søndag" taken for the object; a phrase inside may belong elsewhere
    if any(shape.token(p.head).pos == "ADV" for p in others if p not in adverbs):
        return None  # "vise rundt": a particle the passive would strand
    if any(shape.token(p.head).dep in ("iobj", "xcomp", "ccomp", "obj") or _particle(shape, p)
           for p in others if p != objects[0]):  # fmt: skip
        return None
    participle = words.inflect(root.lemma, "VERB", "Tense=Past|VerbForm=Part")
    if not participle:
        return None
    auxiliary = words.passive_forms[1] if _past(shape) else words.passive_forms[0]
    rest = [p for p in others if p != objects[0]]
    return [
        *objects[0].ids,
        auxiliary,
        *_ids(adverbs),
        participle,
        words.agent_preposition,
        *shape.subject.ids,
        *_ids(rest),
        shape.end,
    ]


def _agent(shape: Shape, part: Constituent, grammar: Grammar) -> bool:
    """ "af Byplanen", "af en betjent": a name or a person, not "af træ"."""
    first = shape.token(part.ids[0])
    if first.text.lower() != grammar.statements.agent_preposition or len(part.ids) < 2:
        return False
    head = shape.token(part.head)
    inner = Constituent(part.head, part.ids[1:])
    person = head.lemma.lower() in grammar.nouns.person or head.ent_type in ("PER", "ORG")
    return _noun_phrase(shape, inner) and (head.pos == "PROPN" or person)


def active(shape: Shape, grammar: Grammar) -> tuple[list[Piece], dict[int, str]] | None:
    """ "Udbygningen blev fostret af Byplanen." -> "Byplanen fostrede
    udbygningen.": a "blive" passive with a named or personal agent."""
    words = grammar.statements
    root = shape.token(shape.root)
    finite = shape.token(shape.finite)
    if root.feature("VerbForm") != "Part" or finite.lemma != words.passive_auxiliary:
        return None
    fields = _fields(shape, grammar)
    if fields is None or not _noun_phrase(shape, shape.subject):
        return None
    others, adverbs = fields
    agents = [p for p in others if _agent(shape, p, grammar)]
    if len(agents) != 1 or shape.token(shape.subject.head).pos == "PRON":
        return None
    verb = [p for p in others if p.head == shape.root]
    particles = [p for p in others if _particle(shape, p)]
    if any(shape.token(p.head).dep in ("obj", "iobj", "xcomp", "ccomp") for p in others):
        return None
    tense = finite.feature("Tense")
    form = words.inflect(root.lemma, "VERB", f"Mood=Ind|Tense={tense}|VerbForm=Fin|Voice=Act")
    if not form or not verb:
        return None
    rest = [p for p in others if p not in (*agents, *verb, *particles)]
    agent = list(agents[0].ids[1:])
    order: list[Piece] = [
        *agent,
        *verb[0].ids,
        *_ids(adverbs),
        *shape.subject.ids,
        *_ids(particles),
        *_ids(rest),
        shape.end,
    ]
    return order, {shape.root: form}
