"""Questions made by transforming one of the article's clauses: who or what did it,
what was done, where, when, how many, how long, and who reports it."""

from __future__ import annotations

from dataclasses import replace

from quizgen.analysis import Sentence, Token
from quizgen.config.generation import Phrasings
from quizgen.extract.phrases import is_place_phrase, is_time_phrase
from quizgen.extract.syntax import (
    OBJECT_DEPS,
    base_dep,
    kids,
    subtree_ids,
    word_bases,
)
from quizgen.generate.grammar.answers import (
    answer_core,
    bare_noun,
    case_text,
    time_only,
    who_or_what,
)
from quizgen.generate.grammar.clause_context import pronoun_subject, reporter, vague_pronouns
from quizgen.generate.grammar.clauses import Clause, clause_ids
from quizgen.generate.grammar.word_order import capitalise, question
from quizgen.generate.questions.counts import how_many
from quizgen.generate.questions.draft import QuestionDraft, make_draft


def clause_drafts(
    clause: Clause, p: Phrasings, names: frozenset[str] = frozenset()
) -> list[QuestionDraft]:
    """Every question about one phrase of the clause, and about who reports it."""
    if clause.antecedent is not None:
        return [d for d in [_relative_draft(clause, p, names)] if d is not None]
    inside = clause_ids(clause)
    if clause.repaired:
        # The subject was found by word order, not by the parse: what it contains is
        # uncertain, so only ask about the time that stood first, and who reports it.
        return [d for d in _repaired_drafts(clause, p, inside) if d is not None]
    found = [_subject_draft(clause, p, names, inside)]
    found += [
        _child_draft(clause, p, names, child.i, inside)
        for child in clause.sentence.children(clause.head)
    ]
    found.append(_reporter_draft(clause, p))
    found.extend(how_many(clause, p, inside))
    return [f for f in found if f is not None]


def _subject_draft(
    clause: Clause, p: Phrasings, names: frozenset[str], inside: set[int]
) -> QuestionDraft | None:
    """Subject questions keep the word order: ``Hvem indledte luftbombardementer?``"""
    s = clause.sentence
    g = clause.grammar
    if clause.subject is None:
        return None
    subj = s.tokens[clause.subject]
    expletive = any(t.dep == "expl" for t in s.children(clause.head))
    if expletive or subj.text.lower() in g.pronouns.personal:
        return None  # "Der er tale om ...": "Hvad er der?" asks nothing
    ids = subtree_ids(s, subj.i) & inside
    core = answer_core(s, subj.i, g) & ids
    speech = s.tokens[clause.head].lemma.lower() in g.clauses.speech_verbs
    if speech and (subj.ent_type or subj.pos == "PROPN"):
        draft = make_draft(clause, "source", p.who, ids, core, bonus=0.3)
        said = inside - ids - {clause.head} - _recipient(s, clause)
        if draft is None or any(not s.tokens[i].is_punct for i in said):
            return draft
        return replace(draft, speaker_only=True)
    asks = who_or_what(s, subj, names, g)
    if asks is None or (asks == "what" and _agrees_not(s, clause, subj)):
        return None
    return make_draft(clause, asks, p.who if asks == "who" else p.what, ids, core)


def _agrees_not(s: Sentence, clause: Clause, subj: Token) -> bool:
    """``Hvad er frodig?``: "hvad" takes the neuter singular, so an adjective predicate
    that agrees with a common-gender or plural subject would read wrong."""
    head = s.tokens[clause.head]
    if head.pos != "ADJ" or head.i == subj.i:
        return False
    return subj.feature("Gender") != "Neut" or subj.feature("Number") == "Plur"


def _recipient(s: Sentence, clause: Clause) -> set[int]:
    """``til TV2 Nord``, ``i går``: who was told, and when; no part of what was said."""
    out: set[int] = set()
    for child in s.children(clause.head):
        named = base_dep(child) == "obl" and (child.pos == "PROPN" or bool(child.ent_type))
        if child.dep in ("aux", "advmod") or named or is_time_phrase(s, child, clause.grammar):
            out |= subtree_ids(s, child.i)
    return out


def _child_draft(
    clause: Clause, p: Phrasings, names: frozenset[str], i: int, inside: set[int]
) -> QuestionDraft | None:
    """A question about an object, a source, a place or a time of the clause."""
    s = clause.sentence
    g = clause.grammar
    child = s.tokens[i]
    if i not in inside:
        return None
    ids = subtree_ids(s, i) & inside
    dep = base_dep(child)
    if child.dep in OBJECT_DEPS and (child.lemma.lower() in g.time.nouns or bare_noun(s, child)):
        # "Tirsdag aften" as an object is a misparse; "holde stik", "tage del" are
        # fixed expressions, not things
        return None
    if child.dep in OBJECT_DEPS and child.pos in ("NOUN", "PROPN", "ADJ"):
        asks = who_or_what(s, child, names, g)
        core = answer_core(s, i, g) & ids
        if asks is None:
            return None
        return make_draft(clause, asks, p.who if asks == "who" else p.what, ids, core)
    if dep in ("obl", "nmod") and case_text(s, i) == g.clauses.attribution:
        core = ids - {t.i for t in kids(s, i, ("case",))}
        if len(core) <= 6:  # a source is a name or a short phrase, not half the sentence
            return make_draft(clause, "source", p.source, ids, core, bonus=0.3)
        return None
    if is_place_phrase(s, child, g):
        return make_draft(clause, "where", p.where, ids, ids, bonus=0.2)
    if (
        is_time_phrase(s, child, g)
        and (dep in ("obl", "advmod") or child.dep == "obl:tmod" or i < clause.finite)
        and time_only(s, ids, g)
    ):
        return _time_draft(clause, p, i, ids)
    if dep in ("obl", "obj") and (nested := _final_place(s, i, ids, clause)):
        # "i øde ørkenområder [i det centrale Syrien]"
        return make_draft(clause, "where", p.where, nested, nested, bonus=0.1)
    return None


def _time_draft(clause: Clause, p: Phrasings, i: int, ids: set[int]) -> QuestionDraft | None:
    """``Hvornår``; ``Siden hvornår`` for ``siden 1902``; ``Hvor længe`` for ``i tre år``."""
    s = clause.sentence
    g = clause.grammar
    case = case_text(s, i)
    if case == g.clauses.since:
        return make_draft(clause, "when", p.since_when, ids, ids, bonus=0.2)
    counted = bool(kids(s, i, ("nummod",))) and not any(
        t.text.lower() in g.time.adverbs for t in kids(s, i, ("advmod",))
    )  # "tre år forinden" is a when
    if counted and case in ("", "i") and s.tokens[i].lemma.lower() in g.time.units:
        return make_draft(clause, "how_long", p.how_long, ids, ids, bonus=0.25)
    return make_draft(clause, "when", p.when, ids, ids, bonus=0.2)


def _reporter_draft(clause: Clause, p: Phrasings) -> QuestionDraft | None:
    """``..., skriver AP``: who reports the whole clause."""
    s = clause.sentence
    who = reporter(clause)
    if not who or clause.subordinate or pronoun_subject(clause, set()):
        return None
    q = question(clause, p.source, set())
    if not q:
        return None
    score = round(1.2 - 0.5 * vague_pronouns(clause, set()), 3)
    return QuestionDraft(capitalise(q), who, (), "source", s.index, (), "ORG", score)


def _final_place(s: Sentence, i: int, inside: set[int], clause: Clause) -> set[int]:
    """A named place that ends a longer phrase: ``i det centrale Syrien`` in ``i mindre
    spredte grupper i øde ørkenområder i det centrale Syrien``; asked about on its own."""
    end = max(inside & subtree_ids(s, i), default=-1)
    for token in s.tokens:
        if token.i == i or token.i not in inside or token.dep != "nmod":
            continue
        ids = subtree_ids(s, token.i) & inside
        # only where the phrase itself is a place: "ørkenområder i Syrien", "bjerg i
        # Asturien"; not "adresse i Odense" or "ærtehøst i Danmark"
        bases = word_bases(s.tokens[token.head], clause.grammar)
        place_nouns = clause.grammar.nouns.place
        placed = any(b.endswith(n) for b in bases for n in place_nouns if len(n) > 2)
        if max(ids) == end and token.pos == "PROPN" and placed and is_place_phrase(s, token):
            return ids
    return set()


def _repaired_drafts(clause: Clause, p: Phrasings, inside: set[int]) -> list[QuestionDraft | None]:
    s = clause.sentence
    g = clause.grammar
    found: list[QuestionDraft | None] = []
    for child in s.children(clause.head):
        ids = subtree_ids(s, child.i) & inside
        if child.i < clause.finite and ids and is_time_phrase(s, child, g) and time_only(s, ids, g):
            found.append(make_draft(clause, "when", p.when, ids, ids, bonus=0.1))
    who = reporter(clause)
    if who:
        q = question(clause, p.source, set())
        if q:
            found.append(QuestionDraft(capitalise(q), who, (), "source", s.index, (), "ORG", 1.0))
    return found


def _relative_draft(clause: Clause, p: Phrasings, names: frozenset[str]) -> QuestionDraft | None:
    """``... lastbiler ..., som forlader området via en humanitær korridor`` ->
    ``Hvad forlader området via en humanitær korridor?`` answered by the antecedent."""
    s = clause.sentence
    head = s.tokens[clause.antecedent or 0]
    if head.pos not in ("NOUN", "PROPN") or clause.subject is None:
        return None
    if clause.subject == 0 or s.tokens[clause.subject - 1].text != ",":
        # "et hus, der er bygget af træ" without the comma: the clause says which
        # one is meant, and "Hvad er bygget af træ?" asks about nothing the text says
        return None
    if _antecedent_unclear(s, head.i, clause):
        return None
    answer_ids = answer_core(s, head.i, clause.grammar) - subtree_ids(s, clause.head)
    answer_ids -= {t.i for t in kids(s, head.i, ("case",))}
    asks = who_or_what(s, _title(s, head), names, clause.grammar)
    if asks is None:
        return None
    wh = p.who if asks == "who" else p.what
    draft = make_draft(clause, asks, wh, {clause.subject}, answer_ids, bonus=-0.1)
    return draft


def _title(s: Sentence, head: Token) -> Token:
    """The common noun a name stands after (``appen Safe Delivery``): what it names, a
    thing or a person, is asked by that noun."""
    first = min(
        subtree_ids(s, head.i) & {t.i for t in s.tokens if t.pos == "PROPN"}, default=head.i
    )
    before = s.tokens[first - 1] if first > 0 else None
    if head.pos == "PROPN" and before is not None and before.pos == "NOUN":
        return before
    return head


def _antecedent_unclear(s: Sentence, head: int, clause: Clause) -> bool:
    """A relative clause whose noun a question cannot name: a common noun that is the
    predicate of its own clause (``Aalborg er centrum i Limfjordsregionen, som er ...``:
    the answer would drag that clause along; a name is asked about: ``Vinderen er
    Karen Holm, der bor i Ribe``), a bare ``det område, som ...`` it
    defines, or a name it only gives (``..., som nu hedder Ghana``: "Hvad hedder
    nu Ghana?" asks nothing)."""
    if s.tokens[head].pos != "PROPN" and kids(s, head, ("nsubj", "nsubj:pass", "cop")):
        return True
    determiners = kids(s, head, ("det",))
    if any(t.text.lower() in clause.grammar.pronouns.generic for t in determiners):
        return True  # "enhver intervention, som truer ...": no one thing does it
    demonstrative = any(t.feature("PronType") == "Dem" for t in determiners)
    if demonstrative and not kids(s, head, ("amod", "nmod", "nmod:poss")):
        return True
    predicate = s.tokens[clause.head]
    return predicate.pos == "PROPN" and bool(kids(s, clause.head, ("cop",)))
