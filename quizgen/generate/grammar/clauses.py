"""Finding the clauses of a parsed sentence that a question can be made from, and what
they contain: subject, finite verb, who reports them, which tokens belong to them."""

from __future__ import annotations

from dataclasses import dataclass, field

from quizgen.analysis import Sentence, Token
from quizgen.extract.syntax import (
    SUBJECT_DEPS,
    grammar_or_default,
    is_finite,
    is_year,
    kids,
    subtree_ids,
)
from quizgen.lang.grammar import Grammar

DROPPED_DEPS = frozenset(
    {"parataxis", "mark", "cc", "discourse", "vocative", "dislocated", "list", "reparandum"}
)


@dataclass(frozen=True)
class Clause:
    sentence: Sentence
    head: int  # the predicate: main verb, or nominal/adjectival predicate
    finite: int  # the finite verb (may be an auxiliary or copula)
    subject: int | None  # head of the subject (or of an expletive ``der``)
    subordinate: bool
    antecedent: int | None = None  # relative clauses: the noun that "som" stands for
    repaired: bool = False  # the subject was found by word order, not by the parse
    # The words of the clause's language: what makes a question of it reads them here.
    grammar: Grammar = field(
        default_factory=lambda: grammar_or_default(None), compare=False, repr=False
    )
    # Pronouns replaced by the name they stand for: (token, name as it is to be written)
    names: tuple[tuple[int, str], ...] = ()

    def token(self, i: int) -> Token:
        return self.sentence.tokens[i]


QUOTES = frozenset('"\u00ab\u00bb\u201c\u201d\u201e\u2018\u2019')  # straight, guillemets, curly


def quotes(sentence: Sentence) -> bool:
    """Direct speech: who "vi" or "jeg" are, and where it ends, needs the text around it."""
    return any(t.text in QUOTES or t.text == "'" for t in sentence.tokens)


def clauses(sentence: Sentence, grammar: Grammar | None = None) -> list[Clause]:
    """Clauses with a finite verb and a subject, main clauses first."""
    g = grammar_or_default(grammar)
    if not states_facts(sentence, g):
        return []
    found = [
        clause
        for token in sentence.tokens
        if _is_clause_head(sentence, token)
        and (clause := _clause_at(sentence, token, g)) is not None
    ]
    return sorted(found, key=lambda c: (c.subordinate, c.head))


def states_facts(sentence: Sentence, grammar: Grammar) -> bool:
    """Direct speech, questions, exclamations, two statements joined by a colon and
    instructions to the reader state no fact a question can be made of."""
    if quotes(sentence) or sentence.text.rstrip().endswith(("?", "!")):
        return False
    if any(t.text in (":", ";") for t in sentence.tokens[1:-1]):
        return False  # "...: Kontrolgebyr 6000 kroner": two statements in one
    return not imperative(sentence, grammar)


def imperative(sentence: Sentence, grammar: Grammar) -> bool:
    """``Brug farveblyanter til ...``: an instruction, whatever the tagger made of its
    first word (a verb in the imperative, or the bare verb read as a noun subject)."""
    words = [t for t in sentence.tokens if not t.is_punct]
    if not words:
        return False
    first = words[0]
    if first.feature("Mood") == "Imp":
        return True
    # A sentence that opens with a known imperative and no determiner after it
    return first.text.lower() in grammar.clauses.imperatives


def _clause_at(sentence: Sentence, token: Token, g: Grammar) -> Clause | None:
    """The clause headed by ``token``, when it is one a question can be made of."""
    words = g.clauses
    helpers = kids(sentence, token.i, ("aux", "aux:pass", "cop"))
    finite = next((t.i for t in sorted([*helpers, token], key=lambda t: t.i) if is_finite(t)), None)
    if finite is None:
        return None
    found = _subject_of(sentence, token, finite, g)
    if found is None:
        return None
    subject, repaired = found
    if kids(sentence, subject, ("case",)):
        return None  # "På Sønderskov Skole" as a subject: a misparse
    if any(
        t.text.lower() == words.expletive and t.i != subject for t in sentence.children(token.i)
    ):
        return None  # "Der venter rytterne ...": "der" as place or as expletive, unclear
    antecedent = None
    if token.dep == "conj" and sentence.tokens[token.head].dep in ("acl:relcl", "acl"):
        return None  # "..., og som spillerne mener ...": a second relative clause
    resumptive = finite > 0 and sentence.tokens[finite - 1].text.lower() == words.so
    if resumptive and finite - 1 > min(_core_span(sentence, token.i)):
        return None  # "Apropos udyr, så har ...": the fronted part cannot be moved
    if token.dep in ("acl:relcl", "acl"):
        # "lastbiler, som forlader området": only "som"/"der" as subject can be asked
        # about ("Hvad forlader området?"); other relative clauses lean on too much.
        relative = sentence.tokens[subject]
        if token.dep == "acl" or relative.text.lower() not in words.relative_pronouns:
            return None
        antecedent = token.head
    if any(c.i > finite for c in kids(sentence, token.i, ("cc",))):
        return None  # "... og følgelig for reformer": an elliptical second conjunct
    marks = kids(sentence, token.i, ("mark",))
    subordinate = bool(marks) or token.dep in ("advcl", "acl:relcl")
    start = min(_core_span(sentence, token.i))
    if sentence.tokens[start].text.lower() == words.so and subject < finite:
        subordinate = True  # "..., så store skibe stadig kan sejle ind": "so that"
    if not marks and finite == start:
        return None  # verb first: a conditional ("Kunne de klare det, ...") or a question
    return Clause(sentence, token.i, finite, subject, subordinate, antecedent, repaired, g)


def _subject_of(
    sentence: Sentence, token: Token, finite: int, g: Grammar
) -> tuple[int, bool] | None:
    """The clause's subject (or expletive ``der``), and whether word order found it."""
    expletive_word = g.clauses.expletive
    expl = kids(sentence, token.i, ("expl",))
    # A weekday or year is no subject, whatever the parser says ("Tirsdag aften
    # indledte koalitionen ..."): the subject is the other one.
    subjects = [
        t
        for t in kids(sentence, token.i, SUBJECT_DEPS)
        if not _time_word(t, g) and t.text.lower() != g.pronouns.reflexive  # never a subject
    ]
    expletive_der = bool(expl) and expl[0].text.lower() == expletive_word
    subject = expl[0].i if expletive_der else None
    if subject is None and subjects:
        subject = subjects[0].i
    repaired = False
    if subject is None and not kids(sentence, token.i, ("mark",)):
        subject = _subject_after_fronted_time(sentence, token.i, finite, g)
        repaired = subject is not None
    expletive = bool(expl) or (
        subject is not None and sentence.tokens[subject].text.lower() == expletive_word
    )
    if expletive and kids(sentence, token.i, ("obj",)):
        return None  # "Der venter rytterne en enkeltstart": "der" is a place here
    return None if subject is None else (subject, repaired)


def _core_span(sentence: Sentence, head: int) -> set[int]:
    ids = chunk(sentence, head)
    return {i for i in ids if not sentence.tokens[i].is_punct and sentence.tokens[i].dep != "cc"}


def _subject_after_fronted_time(
    sentence: Sentence, head: int, finite: int, grammar: Grammar
) -> int | None:
    """``Tirsdag aften indledte koalitionen ...`` parsed with the weekday as subject: in a
    main clause that begins with a time word, V2 puts the subject right after the verb."""
    fronted = [t for t in sentence.children(head) if t.i < finite and not t.is_punct]
    if not fronted or not all(_time_word(t, grammar) for t in fronted):
        return None
    after = [t for t in sentence.children(head) if t.i > finite and not t.is_punct]
    if not after:
        return None
    first = min(after, key=lambda t: min(chunk(sentence, t.i)))
    starts_right_after = min(chunk(sentence, first.i)) == finite + 1
    nominal = first.pos in ("NOUN", "PROPN") and not kids(sentence, first.i, ("case",))
    return first.i if starts_right_after and nominal else None


def _time_word(token: Token, grammar: Grammar) -> bool:
    nouns = grammar.time.nouns
    return token.lemma.lower() in nouns or token.text.lower() in nouns or is_year(token)


def _is_clause_head(sentence: Sentence, token: Token) -> bool:
    """Roots and the heads of coordinated, reported and adverbial clauses; a finite verb
    with a subordinator counts too whatever its label (parsers call some ccomp "obj")."""
    if token.head == token.i or token.dep == "ROOT":
        return True
    if token.dep in ("conj", "ccomp", "parataxis", "advcl", "acl:relcl"):
        return True
    return token.dep == "obj" and is_finite(token) and bool(kids(sentence, token.i, ("mark",)))


def chunk(sentence: Sentence, i: int) -> set[int]:
    return subtree_ids(sentence, i)


def clause_ids(clause: Clause) -> set[int]:
    """The tokens that belong to the clause itself, without punctuation at its edges,
    reporting clauses, subordinators and parenthetical insertions."""
    s = clause.sentence
    ids = chunk(s, clause.head)
    for child in s.children(clause.head):
        sub = chunk(s, child.i)
        first = s.tokens[min(sub)]
        if (
            child.dep in DROPPED_DEPS
            or (child.dep == "conj" and child.pos in ("VERB", "AUX"))
            or (child.dep == "conj" and kids(s, child.i, ("nsubj", "nsubj:pass", "cop")))
            or _purpose_clause(s, child, clause.grammar)
            or _side_clause(s, child, clause.grammar)
            or (first.is_punct and first.text in ("-", "\u2013", "(") and child.i != min(sub))
        ):
            ids -= sub
    # "..., men her har prisen været meget lav" hung deeper in the tree: another
    # clause with its own subject.
    for token in s.tokens:
        own_subject = bool(kids(s, token.i, ("nsubj", "nsubj:pass")))
        if token.i in ids and token.dep == "conj" and token.i != clause.head and own_subject:
            ids -= chunk(s, token.i)
        elif token.i in ids and token.i != clause.head and _side_clause(s, token, clause.grammar):
            ids -= chunk(s, token.i)  # "..., da A skete, mens B ...": hung on the "da" clause
    if ids:
        # A dash aside ("- selv ikke med ...", "- som nu -") goes whole, wherever the
        # parser hung its words.
        dashes = [t.i for t in s.tokens if t.text in DASHES and t.is_punct]
        inner = [d for d in dashes if min(ids) < d < max(ids) + 1]
        if len(inner) >= 2:
            ids -= set(range(inner[0], inner[1] + 1))
        elif inner:
            ids -= set(range(inner[0], len(s.tokens)))
    while ids and s.tokens[max(ids)].is_punct:
        ids.discard(max(ids))
    while ids and s.tokens[min(ids)].is_punct:
        ids.discard(min(ids))
    return ids


def _side_clause(sentence: Sentence, child: Token, grammar: Grammar) -> bool:
    """``mens de ældre foretrækker ...``: a second statement set beside the first."""
    marks = {t.text.lower() for t in kids(sentence, child.i, ("mark",))}
    return child.dep == "advcl" and bool(marks & grammar.clauses.side_marks)


def _purpose_clause(sentence: Sentence, child: Token, grammar: Grammar) -> bool:
    """``for at presse de sidste IS-krigere``: leaving it out keeps questions short."""
    if child.dep != "advcl" or child.feature("VerbForm") != "Inf":
        return False
    marks = [t.text.lower() for t in kids(sentence, child.i, ("mark",))]
    purpose = grammar.clauses.purpose_marks
    return tuple(marks[: len(purpose)]) == purpose


DASHES = frozenset({"-", "\u2013", "\u2014"})
