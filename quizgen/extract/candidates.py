"""Which words of an article can be vocabulary, and which of them form one unit with
a neighbour: particle verbs (``sætte ind``), reflexive verbs (``forskanse sig``) and
adjective + noun terms (``humanitær korridor``)."""

from __future__ import annotations

from quizgen.analysis import Analysis, Sentence, Token
from quizgen.extract.lemmas import normal_lemma
from quizgen.extract.levels import word_zipf
from quizgen.extract.syntax import kids
from quizgen.lang import Language, get_language

COMMON_ADJECTIVE_ZIPF = 4.6  # ADJ + NOUN is a unit only when the adjective is this rare


def is_candidate(token: Token, stoplist: frozenset[str], language: Language | None = None) -> bool:
    language = language or get_language()
    grammar = language.grammar
    if token.ent_type:
        return False
    if not token.pos:
        # No tagger (the degraded fallback pipeline): lower-case words only, so that
        # names stay out; function words and the level band still apply.
        if not (token.text.isalpha() and token.text.islower() and len(token.text) > 3):
            return False
    elif token.pos not in grammar.vocabulary.word_classes:
        return False
    if token.dep in ("case", "fixed", "mark", "cc"):
        return False  # "på grund af", "forud for": parts of fixed expressions
    if token.dep == "flat" and token.pos != "NOUN":
        return False
    lemma = normal_lemma(token, language)
    lowered = lemma.lower()
    if lowered in grammar.vocabulary.function_words or lowered in stoplist:
        return False
    if lowered in grammar.pronouns.personal or len(lemma) < 3:
        return False
    if any(c.isdigit() for c in token.text) or not any(c.isalpha() for c in token.text):
        return False
    # A word capitalised mid-sentence is a name the tagger missed.
    return not (token.i > 0 and token.text[:1].isupper() and "-" not in token.text)


def unit_at(
    sentence: Sentence, token: Token, terms: frozenset[str], language: Language
) -> tuple[str, str, tuple[int, ...]] | None:
    """A multi-word unit headed by ``token``: (lemma, kind, token ids)."""
    if token.pos == "VERB":
        return _verb_unit(sentence, token, language)
    if token.pos == "NOUN" and not token.ent_type:
        return _term_unit(sentence, token, terms, language)
    return None


def _verb_unit(
    sentence: Sentence, token: Token, language: Language
) -> tuple[str, str, tuple[int, ...]] | None:
    """``sætte ind`` (a particle verb) or ``forskanse sig`` (a reflexive one)."""
    particles = kids(sentence, token.i, ("compound:prt",))
    if particles:
        ids = (token.i, *(p.i for p in particles))
        words = " ".join(p.text.lower() for p in particles)
        return f"{normal_lemma(token, language)} {words}", "particle_verb", ids
    reflexive_word = language.grammar.pronouns.reflexive
    reflexive = [
        t
        for t in kids(sentence, token.i, ("obj", "expl", "iobj"))
        if t.text.lower() == reflexive_word
    ]
    if reflexive:
        lemma = f"{normal_lemma(token, language)} {reflexive_word}"
        return lemma, "reflexive", (token.i, reflexive[0].i)
    return None


def _term_unit(
    sentence: Sentence, token: Token, terms: frozenset[str], language: Language
) -> tuple[str, str, tuple[int, ...]] | None:
    """A rare adjective right before its noun, when the article repeats the pair or the
    writer flags it as a term."""
    function_words = language.grammar.vocabulary.function_words
    for adj in kids(sentence, token.i, ("amod",)):
        if adj.i == token.i - 1 and adj.pos == "ADJ" and not adj.ent_type:
            lemma = normal_lemma(adj, language)
            common = word_zipf(lemma, code=language.code) > COMMON_ADJECTIVE_ZIPF
            if lemma in function_words or common:
                continue
            if adj.feature("Degree") not in ("", "Pos") or adj.feature("VerbForm"):
                continue
            unit = f"{lemma} {normal_lemma(token, language)}"
            marker = language.grammar.clauses.term_marker
            if unit in terms or _marked_as_term(sentence, adj, marker):
                return unit, "multiword", (adj.i, token.i)
    return None


def _marked_as_term(sentence: Sentence, adj: Token, marker: str) -> bool:
    """``en såkaldt humanitær korridor``: the writer flags a fixed expression."""
    return any(
        t.lemma.lower().startswith(marker) or t.text.lower().startswith(marker)
        for t in sentence.tokens[max(0, adj.i - 2) : adj.i]
    )


def repeated_pairs(analysis: Analysis, language: Language) -> frozenset[str]:
    """Adjective + noun pairs that occur more than once: the article's own terms."""
    seen: dict[str, int] = {}
    for sentence in analysis.sentences:
        for token in sentence.tokens:
            if token.pos != "NOUN":
                continue
            for adj in kids(sentence, token.i, ("amod",)):
                if adj.i == token.i - 1 and adj.pos == "ADJ":
                    pair = f"{normal_lemma(adj, language)} {normal_lemma(token, language)}"
                    seen[pair] = seen.get(pair, 0) + 1
    return frozenset(pair for pair, count in seen.items() if count > 1)
