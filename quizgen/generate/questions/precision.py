"""Whether a question asks one thing precisely: what is kept of the clause holds one
statement (no second clause, no half of a pair), the asked phrase is an argument (not
a stance adverbial), and neither side copies a slip or a vague word from the text.
Review on unseen text: a wrong question is worse than a missing one, so each check
refuses rather than repairs."""

from __future__ import annotations

from itertools import pairwise

from quizgen.analysis import Sentence, Token
from quizgen.extract.syntax import is_finite, kids
from quizgen.generate.grammar.clauses import Clause, clause_ids
from quizgen.generate.grammar.standalone import starts_whole
from quizgen.lang.da.lexicon import lexicon
from quizgen.lang.grammar import Grammar

NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")
ARGUMENT_DEPS = ("obj", "iobj", "obl", "nsubj", "nsubj:pass")
SUBJECT_DEPS = ("nsubj", "nsubj:pass")


def _words(s: Sentence, ids: set[int]) -> list[Token]:
    return [s.tokens[i] for i in sorted(ids) if not s.tokens[i].is_punct]


def answer_head(s: Sentence, ids: set[int]) -> Token | None:
    """The answer's first token whose head lies outside it."""
    return next(
        (s.tokens[i] for i in sorted(ids) if s.tokens[i].head not in ids or s.tokens[i].head == i),
        None,
    )


def adverbial_answer(s: Sentence, ids: set[int], g: Grammar) -> bool:
    """A hvem/hvad answer that is no argument: a stance or focus phrase (``helt
    konkret``, ``især``), or a phrase opened by one (``alene de tilskuere``)."""
    words = _words(s, ids)
    head = answer_head(s, ids)
    if not words or head is None:
        return True
    # "netop", "kun" the answer leaves out (phrase_text), and they were read right
    stripped = g.clauses.sentence_adverbs | g.clauses.focus_adverbs
    stance = g.clauses.stance_adverbs | g.clauses.linking_adverbs
    if words[0].text.lower() in stance - stripped:
        return True
    if all(w.text.lower() in stance | stripped for w in words):
        return True  # "faktisk" alone, whatever the tagger called it
    if head.pos in NOMINAL:
        return head.dep == "advmod" or _degree_phrase(s, head) or _second_subject(s, head)
    # "de unge", "det nye", "civile": an adjective or participle made a noun by its
    # article or as a plural; "konkret", "især" stay adverbials
    nominal = bool(kids(s, head.i, ("det",))) or head.feature("Number") == "Plur"
    return head.pos not in ("ADJ", "VERB") or not nominal


def _degree_phrase(s: Sentence, head: Token) -> bool:
    """``helt konkret``, ``ganske enkelt`` tagged a noun: an adverb of degree before a
    word with no article or preposition, a word the lexicon knows as an adjective; a
    noun takes no "helt" (the stance phrase of a sentence, not a thing)."""
    if kids(s, head.i, ("det", "case", "nmod:poss")):
        return False
    graded = any(k.pos == "ADV" and k.i < head.i for k in kids(s, head.i, ("advmod",)))
    return graded and any(a.pos == "ADJ" for a in lexicon().analyses(head.text.lower()))


def _second_subject(s: Sentence, head: Token) -> bool:
    """The first of two subjects of one verb: in a main clause the subject stands right
    before or after the verb, so a phrase fronted before another subject is an
    adverbial the tagger read as one (``Helt konkret blev huset solgt``; ``Klokken 10
    kom bussen``: the bus stays an answer)."""
    if head.dep not in SUBJECT_DEPS:
        return False
    return any(t.i > head.i and t.head == head.head and t.dep in SUBJECT_DEPS for t in s.tokens)


def demonstrative_answer(s: Sentence, ids: set[int], g: Grammar) -> bool:
    """``det karneval`` (of "det karneval, der ..."), ``disse regler``: a demonstrative
    right before its noun points at a clause cut off or at the text before."""
    pointing = g.pronouns.pointing | g.pronouns.vague
    for i in sorted(ids):
        t = s.tokens[i]
        word = t.text.lower().replace("\u00e9", "e")  # "dén"
        possessive = t.feature("Poss") == "Yes"  # "deres": whose, not which
        if t.dep != "det" or t.head not in ids or word not in pointing or t.head <= i or possessive:
            continue
        noun = s.tokens[t.head]
        between = s.tokens[i + 1 : t.head]
        counted = noun.feature("Number") == "Plur" and all(b.pos == "NUM" for b in between)
        if noun.pos in ("NOUN", "PROPN") and (not between or counted):
            return True
    return False


def demonstrative_kept(s: Sentence, kept: set[int], g: Grammar) -> bool:
    """``Hvad skal have dén ros?``: a demonstrative left in the question, with no
    relative clause after its noun to say which one: it points at the text before."""
    for i in sorted(kept):
        t = s.tokens[i]
        if not demonstrative_answer(s, {i, t.head}, g) or t.head not in kept:
            continue
        if s.tokens[t.head].feature("Number") == "Plur":
            continue  # "ud af de byer": often an article; plural stays (counted_back)
        if not any(c.i in kept for c in kids(s, t.head, ("acl:relcl",))):
            return True
    return False


def addressed(s: Sentence, ids: set[int], g: Grammar) -> bool:
    """``din mor``: the reader, or someone a quote spoke to; nobody out of the text."""
    return any(s.tokens[i].text.lower() in g.pronouns.second_person for i in ids)


def split_pair(s: Sentence, kept: set[int], answer: set[int], g: Grammar) -> bool:
    """One half of ``ikke blot X, men også Y`` or ``både X og Y`` in the question and the
    other in the answer or cut off; or ``som muligt`` left without its ``så``."""

    def side(i: int) -> int:
        return 0 if i in kept else 1 if i in answer else 2

    tokens = s.tokens
    for t in tokens:
        low = t.text.lower()
        negated = t.i > 0 and tokens[t.i - 1].text.lower() in g.statements.negatives
        if low in g.sources.correlatives and (negated or low == "både"):
            closer = next((c for c in tokens[t.i + 1 :] if c.pos == "CCONJ"), None)
            if closer is not None and side(t.i) != side(closer.i):
                return True
    return any(_as_possible(s, i, kept, g) for i in kept)


def _as_possible(s: Sentence, i: int, kept: set[int], g: Grammar) -> bool:
    """``..., som muligt?``: the tail of "så X som muligt" kept, its "så" not."""
    tokens = s.tokens
    word = tokens[i].text.lower()
    if word not in g.clauses.relative_pronouns - {g.clauses.expletive} or i + 1 not in kept:
        return False
    after = tokens[i + 1]
    last = i + 2 >= len(tokens) or tokens[i + 2].is_punct
    so = [k for k in range(i) if tokens[k].text.lower() == g.clauses.so]
    return after.pos in ("ADJ", "ADV") and last and bool(so) and not set(so) & kept


def second_clause(clause: Clause, kept: set[int]) -> bool:
    """``..., da A skete og B skete``: a finite verb joined by og/men to another verb
    left in the question; two statements, one asked."""
    s = clause.sentence
    for i in kept:
        t = s.tokens[i]
        if i == clause.finite or i == clause.head or t.dep != "conj" or not is_finite(t):
            continue
        if s.tokens[t.head].pos in ("VERB", "AUX", "ADJ") and t.head in kept:
            return True
    return False


def vague_predicate(clause: Clause, kept: set[int], target: set[int]) -> bool:
    """``Hvad er ofte omgivet?``, ``Hvem var meget slank?``: a subject asked about a
    participle or adjective predicate with no agent, object or other phrase kept: the
    question says too little to point at one thing."""
    s = clause.sentence
    if clause.subject is None or clause.subject not in target:
        return False
    head = s.tokens[clause.head]
    if head.pos not in ("ADJ", "ADV", "VERB", "AUX") or kids(s, clause.head, ("det",)):
        return False  # "Hvad må være det afgørende?": a predicate that is a noun phrase
    perfect = any(
        a.lemma.lower() == clause.grammar.sources.perfect_auxiliary
        for a in kids(s, clause.head, ("aux",))
    )
    participle = head.feature("VerbForm") == "Part" and not perfect
    helpers = kids(s, clause.head, ("aux:pass", "cop"))
    # "blev høje", "er forankrede": the predicate hung as a complement of the verb
    complement = any(
        x.pos in ("ADJ", "ADV") or x.feature("VerbForm") == "Part"
        for x in kids(s, clause.head, ("xcomp",))
    )
    passive = head.feature("Voice") == "Pass"
    if not (head.pos in ("ADJ", "ADV") or participle or helpers or passive or complement):
        return False
    named = dict(clause.names)
    return not any(s.tokens[i].pos in ("NOUN", "PROPN", "NUM") or i in named for i in kept)


def pro_verb(clause: Clause, kept: set[int]) -> bool:
    """``Hvad gjorde det ikke?``: a pronoun for an argument and no content word left
    (a pronoun the question replaces by a name counts as a name)."""
    s = clause.sentence
    named = dict(clause.names)
    words = [t for t in _words(s, kept) if t.i not in named]
    if len(words) < len(_words(s, kept)):
        return False
    if any(t.pos in ("NOUN", "PROPN", "NUM", "ADJ") for t in words):
        return False
    return any(t.pos == "PRON" and t.dep in ARGUMENT_DEPS for t in words)


def additive(s: Sentence, kept: set[int], g: Grammar) -> bool:
    """``Hvad er ud over X Y?``: besides X, what else; the answer is a vague remainder."""
    words = [t.text.lower() for t in _words(s, kept)]
    pairs = {f"{a} {b}" for a, b in pairwise(words)}
    return bool((set(words) | pairs) & g.clauses.additive_prepositions)


def vague_answer(s: Sentence, ids: set[int], g: Grammar) -> bool:
    """``en anden overraskelse`` (other than which?), or a general phrase the text goes
    on to spell out (``flere ting, bl.a. ...``): the concrete things are the answer."""
    words = _words(s, ids)
    if any(
        t.text.lower() in g.clauses.another
        and t.i > 0
        and s.tokens[t.i - 1].text.lower() in g.clauses.indefinite_articles
        for t in words
    ):
        return True
    if not ids:
        return False
    following = [t for t in s.tokens[max(ids) + 1 :] if t.text != ","][:1]
    return bool(following) and following[0].text.lower() in g.clauses.example_marks


def subordinator_first(s: Sentence, ids: set[int], g: Grammar) -> bool:
    """An answer opened by ``idet``, ``fordi``, ``mens``: a clause, not a phrase."""
    words = _words(s, ids)
    marks = g.clauses.reason_marks | g.clauses.ambiguous_reason_marks | g.clauses.side_marks
    return bool(words) and (words[0].pos == "SCONJ" or words[0].text.lower() in marks)


def unknown_word(s: Sentence, ids: set[int], g: Grammar) -> bool:
    """A lower-case word of the question or answer the spelling check does not know,
    whatever the tagger made of it (an unknown word is often tagged a name): the
    question would copy the text's slip. Capitalised words may be names or terms
    ("Imagismen") the word list lacks, and are left."""
    return any(
        s.tokens[i].text.isalpha()
        and s.tokens[i].text.islower()
        and s.tokens[i].text not in g.clauses.name_particles
        and not g.spelled(s.tokens[i].text)
        for i in ids
    )


def imprecise(clause: Clause, asks: str, target: set[int], answer: set[int]) -> bool:
    """Any of the checks above refuses the question about ``target`` (answered by
    ``answer``); a why-question's answer is a whole clause and is left to its rules."""
    s, g = clause.sentence, clause.grammar
    kept = clause_ids(clause) - target
    if not starts_whole(s) or unknown_word(s, kept | answer, g) or addressed(s, kept | answer, g):
        return True  # "efter kommer to ...": the tail of a sentence cut in two
    if split_pair(s, kept, answer, g) or second_clause(clause, kept) or additive(s, kept, g):
        return True
    if demonstrative_kept(s, kept, g):
        return True
    if asks == "why":
        return False
    if pro_verb(clause, kept) or vague_predicate(clause, kept, target):
        return True
    if asks != "source" and fronted_pronoun(s, kept):
        return True  # "Hvem fortæller det?" asks who said what came before: it may
    if asks == "what" and object_read_as_subject(clause, kept, target):
        return True  # "hvem" reads right: the person asked for is the one who acts
    if asks in ("who", "what") and adverbial_answer(s, answer, g):
        return True
    return (
        demonstrative_answer(s, answer, g)
        or vague_answer(s, answer, g)
        or subordinator_first(s, answer, g)
    )


def fronted_pronoun(s: Sentence, kept: set[int]) -> bool:
    """``Det klarer X ved at ...`` -> ``Hvem klarer det ...?``: a pronoun object that
    stood first in its sentence takes up what the sentence before said."""
    first = next((t for t in s.tokens if not t.is_punct), None)
    return (
        first is not None
        and first.i in kept
        and first.pos == "PRON"
        and first.dep in ("obj", "iobj", "obl")
    )


def object_read_as_subject(clause: Clause, kept: set[int], target: set[int]) -> bool:
    """``Hvad vedtager de nødvendige regler?`` asked for the subject: with no auxiliary,
    a definite object right after the verb reads as the subject of an object question
    (two things, either may be the one who acts)."""
    s = clause.sentence
    if clause.subject is None or clause.subject not in target or clause.antecedent is not None:
        return False
    if clause.finite != clause.head:
        return False  # "Hvad har sat X til?": after a participle, X is no subject
    after = [
        s.tokens[i]
        for i in sorted(kept)
        if i > clause.finite and s.tokens[i].pos not in ("ADV", "PART", "PUNCT")
    ]
    if not after:
        return False
    phrase_head = s.tokens[after[0].head] if after[0].dep == "det" else after[0]
    if phrase_head.dep != "obj" or phrase_head.pos not in ("NOUN", "PROPN"):
        return False
    definite = phrase_head.feature("Definite") == "Def" or phrase_head.pos == "PROPN"
    return definite or bool(kids(s, phrase_head.i, ("det",)))
