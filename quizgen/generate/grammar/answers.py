"""What a question's answer is: the phrase to give back, its kind, and whether it asks
``hvem`` or ``hvad``."""

from __future__ import annotations

from quizgen.analysis import Sentence, Token
from quizgen.extract.syntax import (
    entity_span,
    grammar_or_default,
    ids_text,
    is_agent_like,
    is_person_noun,
    kids,
    starts_capitalised_only_by_position,
    subtree_ids,
    word_bases,
)
from quizgen.generate.grammar.word_order import tidy
from quizgen.lang.grammar import Grammar


def answer_core(sentence: Sentence, i: int, grammar: Grammar | None = None) -> set[int]:
    """A noun phrase without appositions, relative clauses and focus adverbs:
    ``Mustafa Bali`` (not ``..., talsmand fra SDF``), ``Frigodan`` (not ``kun Frigodan``)."""
    ids = subtree_ids(sentence, i)
    head = sentence.tokens[i]
    if head.pos == "PROPN":
        # A name answers with the name alone ("Mustafa Bali", "Roglic"), whatever the
        # parser hung on it.
        span = entity_span(sentence, i)
        name = set(range(*span)) if span else {i}
        return (name | {c.i for c in kids(sentence, i, ("flat",))}) & ids or {i}
    if head.ent_type != "PER":
        # "den danske cykelrytter Jonas Vingegaard": the name is the answer
        for child in kids(sentence, i, ("appos", "flat", "nmod")):
            # not a name in a list or behind a preposition ("et maleri af ham selv, den
            # lille Ida og ..."): what the phrase is, is not that name
            listed = (
                kids(sentence, child.i, ("conj", "case")) or sentence.tokens[child.i].dep == "conj"
            )
            if child.ent_type == "PER" and child.i > i and not listed:
                span = entity_span(sentence, child.i)
                if span is not None:
                    return set(range(*span))
    focus_adverbs = grammar_or_default(grammar).clauses.focus_adverbs
    for child in sentence.children(i):
        focus = child.dep == "advmod" and child.text.lower() in focus_adverbs
        # "de kurdisk ledede SDF-styrker": a participle before stays; so does a bare one
        # after ("150 ansatte"); "fyldt med civile syrere" goes
        after = child.i > i and bool(sentence.children(child.i))
        first = min(subtree_ids(sentence, child.i))
        # "Mustafa Bali, talsmand fra SDF": an apposition after a comma goes; the name in
        # "byen Baghouz" stays.
        after_comma = sentence.tokens[first].text == "," or (
            first > 0 and sentence.tokens[first - 1].text == ","
        )
        comma_appos = child.dep == "appos" and after_comma
        if (
            child.dep in ("acl:relcl", "punct", "parataxis")
            or comma_appos
            or focus
            or (child.dep == "acl" and after)
        ):
            ids -= subtree_ids(sentence, child.i)
    return ids


def answer_label(sentence: Sentence, i: int) -> str:
    token = sentence.tokens[i]
    if token.ent_type:
        return token.ent_type
    if token.pos == "NUM":
        return "number"
    return token.pos.lower()


MAX_ANSWER_WORDS = 9  # longer answers are rarely one phrase, and hard to give back


CLAUSE_DEPS = frozenset(
    {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:tmod", "advcl", "ccomp", "xcomp"}
)


def holds_a_clause(s: Sentence, ids: set[int]) -> bool:
    """An answer phrase with a subject or object inside it: the parser joined two phrases
    ("den militante gruppe enorme territorier")."""
    if not ids:
        return False
    inside = set(ids)
    head = next((i for i in sorted(ids) if s.tokens[i].head not in inside), min(ids))
    return any(
        s.tokens[i].dep in CLAUSE_DEPS and s.tokens[i].pos in ("NOUN", "PROPN", "VERB", "PRON")
        for i in inside - {head}
    )


def time_only(s: Sentence, ids: set[int], grammar: Grammar | None = None) -> bool:
    """``tirsdag aften``, ``i 2017``, ``tre år forinden``; not ``onsdag til nyhedsbureauet``."""
    time_nouns = grammar_or_default(grammar).time.nouns
    nouns = [s.tokens[i] for i in ids if s.tokens[i].pos in ("NOUN", "PROPN")]
    return all(t.lemma.lower() in time_nouns or t.text.lower() in time_nouns for t in nouns)


def bare_noun(s: Sentence, token: Token) -> bool:
    """A singular common noun with nothing before it: ``stik`` in ``holde stik``."""
    if token.pos != "NOUN" or token.feature("Number") != "Sing":
        return False
    return token.feature("Definite") != "Def" and not [
        c for c in s.children(token.i) if c.i < token.i
    ]


def asks_who(
    s: Sentence, token: Token, names: frozenset[str] = frozenset(), grammar: Grammar | None = None
) -> bool:
    """``hvem`` or ``hvad``: hvem for people (a person's name, a word the word lists or
    the lexicon call a person, a group of people), also when named in an apposition;
    hvad for places, things and the names of organisations ("Hvad skal gøre
    undervisningen bedre? - AI")."""
    g = grammar_or_default(grammar)
    if token.pos == "PROPN":
        # "Roglic" untagged here, "Primoz Roglic" tagged elsewhere
        return token.text in names or is_person_noun(token, g)
    if token.pos == "NOUN" and _place_word(token, g):
        return False  # "Byen Baghouz", "Limfjordsregionen": a place, whatever the tagger says
    if token.pos == "NUM":  # "150 ansatte": the counted word decides
        return any(is_person_noun(c, g) for c in s.children(token.i))
    if is_agent_like(token, g):
        return True
    if token.pos == "NOUN" and g.nouns.kind_of(token.lemma) == "thing":
        return False  # "bogen Anna": the noun says what, whatever the name tagger says
    if token.pos == "NOUN":
        # "appen Safe Delivery": a common noun that names no person says what the name
        # is, whatever the name tagger says (review: "Hvem kan give hjælp ...?")
        return g.nouns.kind_of(token.lemma) == "person"
    named = kids(s, token.i, ("appos", "flat"))
    return any(c.ent_type == "PER" or is_person_noun(c, g) for c in named)


def _place_word(token: Token, g: Grammar) -> bool:
    """A place noun, or a compound ending in one (``limfjordsregion``)."""
    return any(
        base == place or (len(place) > 3 and base.endswith(place))
        for base in word_bases(token, g)
        for place in g.nouns.place
    )


def who_or_what(
    s: Sentence, token: Token, names: frozenset[str] = frozenset(), grammar: Grammar | None = None
) -> str | None:
    """``who``, ``what``, or None when a wrong question word is likely: the word lists and
    the lexicon say whether a noun names people (``en betjent``, ``brugeren``); a word
    they cannot place that may name a doer (``læseren``, ``de dømte``), and a bare
    quantifier (``mange``), are not asked about."""
    g = grammar_or_default(grammar)
    counted = _counted(s, token, g)
    if counted is not None:
        # "Flertallet af bekendtskabskredsen står ...": hvem, as for the circle itself
        return who_or_what(s, counted, names, g)
    if home_of_person(s, token, g):
        return None  # "Hanne fra Tarm, der er 52 år": the relative clause is of Hanne
    if asks_who(s, token, names, g):
        return "who"
    if token.ent_type or token.pos in ("PROPN", "NUM", "PRON"):
        return "what"
    nominal = token.pos == "NOUN" or bool(kids(s, token.i, ("det",)))
    if not nominal:
        return None  # "mange regner ham for ...": many what?
    # "En betjent" tagged a verb, lemma "betjene": the word as written is the noun
    kind = g.nouns.kind_of(token.lemma if token.pos == "NOUN" else token.text)
    if kind == "person":
        return "who"
    if kind == "thing" and token.pos == "NOUN":
        return "what"
    # a participle or adjective made a noun ("den dømte"), or a doer's "-er"
    doer = token.lemma.lower().endswith(g.nouns.agent_endings)
    return None if token.pos != "NOUN" or doer else "what"


def home_of_person(s: Sentence, token: Token, grammar: Grammar | None = None) -> bool:
    """``Tarm`` in ``Hanne fra Tarm``: a name behind a place preposition right after a
    person is where that person comes from or lives, whatever the name tagger made of
    it; what is said of the phrase is said of the person, not of the place."""
    g = grammar_or_default(grammar)
    marks = [t for t in kids(s, token.i, ("case",)) if t.i < token.i]
    if token.pos != "PROPN" or not marks:
        return False
    if " ".join(t.text.lower() for t in marks) not in g.clauses.place_prepositions:
        return False
    before = s.tokens[marks[0].i - 1] if marks[0].i > 0 else None
    return before is not None and (before.pos == "PROPN" or is_person_noun(before, g))


def _counted(s: Sentence, token: Token, g: Grammar) -> Token | None:
    """What a part of a whole counts: ``bekendtskabskredsen`` of ``flertallet af ...``."""
    if token.pos != "NOUN" or token.lemma.lower() not in g.nouns.partitive:
        return None
    return next((c for c in kids(s, token.i, ("nmod",)) if c.i > token.i), None)


def case_text(s: Sentence, i: int) -> str:
    return " ".join(t.text.lower() for t in kids(s, i, ("case",)) if t.i < i)


def phrase_text(sentence: Sentence, ids: set[int], grammar: Grammar | None = None) -> str:
    """A phrase as an answer: sentence-initial capital lowered, edges without punctuation."""
    g = grammar_or_default(grammar)
    adverbs = g.clauses.sentence_adverbs
    chosen = sorted(ids)
    while chosen and sentence.tokens[chosen[-1]].is_punct:
        chosen.pop()
    while chosen and sentence.tokens[chosen[0]].is_punct:
        chosen.pop(0)
    # A sentence adverb the parser hung on the noun ("300 IS-krigere fortsat") is no part
    # of the answer.
    while len(chosen) > 1 and (
        sentence.tokens[chosen[-1]].pos in ("CCONJ", "SCONJ")
        or sentence.tokens[chosen[-1]].text.lower() in adverbs
    ):
        chosen.pop()
    while len(chosen) > 1 and sentence.tokens[chosen[0]].text.lower() in {*adverbs, g.clauses.so}:
        chosen.pop(0)  # "nu civile", "så store skibe"
    if not chosen:
        return ""
    span = range(chosen[0], chosen[-1] + 1)
    if all(k in chosen or sentence.tokens[k].is_punct for k in span):
        chosen = list(span)  # "mænd, kvinder og børn": keep the commas inside
    text = ids_text(sentence, chosen)
    if starts_capitalised_only_by_position(sentence.tokens[chosen[0]], g):
        text = text[0].lower() + text[1:]
    return tidy(text)
