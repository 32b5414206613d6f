"""False statements by negation: "ikke" added after the finite verb, or the one
"ikke" of the main clause taken away, where the text settles that the other is true
(no other negation of the verb in the text, no word whose scope the negation would
change, no clause whose part the denial might be about)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.analysis import Analysis
from quizgen.generate.statements.paraphrase import Rewrite
from quizgen.generate.statements.shape import Piece, Shape, names, render
from quizgen.lang.grammar import Grammar

# A relative clause on these stays true whether or not the verb is denied.
_DENIABLE = frozenset({"nsubj", "nsubj:pass", "obl", "obj"})
_YEAR = re.compile(r"\b(1\d{3}|20\d{2})\b")


@dataclass(frozen=True)
class Article:
    """What a false statement is checked against."""

    analysis: Analysis
    grammar: Grammar

    def latest_year(self) -> int:
        years = [int(y) for s in self.analysis.sentences for y in _YEAR.findall(s.text)]
        return max(years, default=0)

    def mentions(self, word: str) -> bool:
        pattern = rf"(?<![\w.,]){re.escape(word)}(?![\w]|[.,]\d)"
        return any(re.search(pattern, s.text, re.I) for s in self.analysis.sentences)

    def said_with(self, name: str, lemma: str, skip: int) -> bool:
        """Does another sentence name ``name`` with the verb ``lemma``?"""
        return any(
            s.index != skip and name in s.text and any(t.lemma == lemma for t in s.tokens)
            for s in self.analysis.sentences
        )

    def negated_elsewhere(self, lemma: str, skip: int) -> bool:
        negatives = self.grammar.statements.negatives
        return any(
            s.index != skip
            and any(t.text.lower() in negatives for t in s.tokens)
            and any(t.lemma == lemma for t in s.tokens)
            for s in self.analysis.sentences
        )


def _negatable(shape: Shape, article: Article) -> bool:
    words = article.grammar.statements
    lower = [t.text.lower() for t in shape.sentence.tokens]
    clauses = ("advcl", "conj", "parataxis", "ccomp")
    subject = shape.token(shape.subject.head)
    if subject.pos == "PRON" and subject.text.lower() in words.outside_pronouns:
        return False  # "Det er ikke en oplevelse": what is not, the text before says
    commas = {t.i for t in shape.sentence.tokens if t.text == ","}
    return (
        # "er ikke en fugl, der findes overalt": which part is denied? A relative clause
        # on a noun of an adverbial or the subject leaves the verb denied ("sluttede ikke
        # ved bålet, der var tændt")
        commas <= _relative_commas(shape)
        and not any(w in words.negatives or w in words.scope_words for w in lower)
        and shape.token(shape.finite).text.lower() not in words.modals
        and not any(shape.token(p.head).dep in clauses for p in shape.parts)
        and not article.negated_elsewhere(shape.token(shape.root).lemma, shape.sentence.index)
    )


def _relative_commas(shape: Shape) -> set[int]:
    """The commas around relative clauses on a noun that is not the clause's predicate."""
    tokens = shape.sentence.tokens
    found: set[int] = set()
    for verb in tokens:
        noun = tokens[verb.head]
        if verb.dep != "acl:relcl" or noun.i == shape.root or noun.dep not in _DENIABLE:
            continue
        span = [t.i for t in shape.sentence.subtree(verb.i)]
        if span[-1] - span[0] + 1 != len(span):
            continue
        span = [i for i in span if i not in (span[0], span[-1]) or not tokens[i].is_punct]
        if not span or span[0] <= noun.i:
            continue
        found |= {i for i in (span[0] - 1, span[-1] + 1) if tokens[i].text == ","}
    return found


def _time_phrase(shape: Shape, order: list[Piece], at: int, grammar: Grammar) -> int:
    """Length of a short time adverbial at ``at`` ("indtil nu", "i dag", "nu"), which
    "ikke" follows: "har indtil nu ikke brugt", not "har ikke indtil nu brugt"."""
    ahead = [p for p in order[at : at + 2] if isinstance(p, int)]
    tokens = [shape.token(i) for i in ahead]
    times = grammar.statements.time_words
    if len(tokens) == 2 and tokens[0].pos == "ADP":
        return 2 if tokens[1].text.lower() in times else 0
    if tokens and tokens[0].pos == "ADV" and tokens[0].text.lower() in times:
        return 1
    return 0


def _object(shape: Shape, i: int) -> bool:
    """Token ``i`` starts the clause's object, a bare noun ("har ikke plads")."""
    part = next((p for p in shape.parts if p.start == i), None)
    return part is not None and shape.token(part.head).dep == "obj"


def negation(shape: Shape, order: list[Piece], article: Article) -> Rewrite | None:
    """ "ikke" after the finite verb, or after the subject when it follows the verb."""
    grammar = article.grammar
    if not _negatable(shape, article) or shape.finite not in order:
        return None
    at = order.index(shape.finite) + 1
    if not shape.subject_first:
        if order[at : at + len(shape.subject.ids)] != list(shape.subject.ids):
            return None
        counted = [shape.token(i) for i in shape.subject.ids]
        if any(t.pos == "NUM" or t.feature("PronType") == "Ind" for t in counted):
            return None  # "er et halvt hundrede ministre ikke i København": no one says so
        at += len(shape.subject.ids)
    at += _time_phrase(shape, order, at, grammar)
    following = order[at] if at < len(order) else None
    if isinstance(following, int):
        token = shape.token(following)
        light = grammar.pronouns.light | grammar.clauses.sentence_adverbs | grammar.time.nouns
        # An adverb next: a particle, or a manner the negation would deny instead of
        # the verb ("har ikke aktivt brugt": used, but not actively?).
        if token.text.lower() in light or token.lemma.lower() in grammar.time.nouns:
            return None  # object shift, adverb order: "viste ikke søndag rundt"
        if token.pos in ("ADV", "PUNCT", "ADJ", "NOUN") and not _object(shape, following):
            return None  # a manner, a subject the parse tore apart
    word = grammar.statements.negation
    new = [*order[:at], word, *order[at:]]
    text = render(shape.sentence, new, names(shape.sentence))
    verb = shape.token(shape.finite).text
    return Rewrite(text, f"{verb} → {verb} {word}", "negation")


def unnegate(shape: Shape, order: list[Piece], article: Article) -> Rewrite | None:
    """The one "ikke" of the main clause taken away, where nothing else depends on it."""
    words = article.grammar.statements
    tokens = shape.sentence.tokens
    found = [t for t in tokens if t.text.lower() in words.negatives]
    if len(found) != 1 or found[0].text.lower() != words.negation:
        return None
    neg = found[0]
    if neg.head not in (shape.root, shape.finite) or neg.i not in order or neg.i == 0:
        return None
    lower = {t.text.lower() for t in tokens}
    after = tokens[neg.i + 1] if neg.i + 1 < len(tokens) else None
    if lower & words.scope_words or (after and after.pos in ("ADV", "ADJ", "DET", "NUM")):
        return None
    kept = [i for i in order if i != neg.i]
    text = render(shape.sentence, kept, names(shape.sentence))
    before = tokens[neg.i - 1].text
    return Rewrite(text, f"{before} {neg.text} → {before}", "negation")
