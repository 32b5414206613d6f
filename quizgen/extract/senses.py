"""Evidence that a thesaurus relation belongs to the sense the article uses.

The thesaurus lists a word's synonyms and hypernyms as the union of all its senses
("benytte": bruge, anvende, besøge, frekventere; "konge": hypernyms adel, kort,
officer), so a relation is only as good as the evidence that it is the article's
sense. Measured on judged cards (dev articles and CDT texts), what holds up:

- a word with few synonyms has few senses: its most frequent synonym is right about
  four times in five; with three or four, only a synonym whose thesaurus
  neighbourhood (itself, its synonyms and hyponyms) meets the article's lemmas
  (Lesk); with more than four, not even that holds up;
- a hypernym of a frequent word is as often of the wrong sense as not (polysemy
  grows with frequency); for a rare word whose hypernyms are all related (one
  sense) it is right nine times in ten;
- a compound's head is right when the thesaurus relates it to the word's hypernyms,
  or does not know the word at all; when the thesaurus knows the word and says
  otherwise ("søgemaskine": program, not maskine), the head is a figure of speech.

What did not hold up: requiring synonyms to share other synonyms with the word
(cliques are as often wrong as lone links), and Lesk on hypernyms (their
neighbourhoods are too wide to tell senses).
"""

from __future__ import annotations

from quizgen.analysis import Analysis
from quizgen.lang.da.lexicon import Lexicon

# A related word with more hyponyms than this is a catch-all ("blive", "top", "del"):
# it fits every sense and explains none.
MAX_HYPONYMS = 60
MAX_SENSES = 4  # a word with more synonyms than this has too many senses to tell apart
UNAMBIGUOUS = 2  # up to this many synonyms, no evidence from the article is needed
RARE_ZIPF = 3.5  # rarer words have few senses: their hypernyms can be trusted
CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN"})


def article_lemmas(analysis: Analysis) -> frozenset[str]:
    """The lower-cased lemmas of the article's content words: the context a sense
    is chosen in."""
    return frozenset(
        token.lemma.lower()
        for sentence in analysis.sentences
        for token in sentence.tokens
        if token.pos in CONTENT and token.lemma
    )


def neighbourhood(lex: Lexicon, word: str) -> frozenset[str]:
    """The word, its synonyms and hyponyms: what its sense is known by. Not its
    hypernyms: every sense shares the broad ones ("udtrykke"), and with them the
    evidence was right three times in four instead of every time (measured)."""
    return frozenset((word, *lex.synonyms(word), *lex.hyponyms(word)))


def in_context(lex: Lexicon, word: str, context: frozenset[str], lemma: str) -> bool:
    """The article uses the candidate or a word of its neighbourhood (not the
    headword itself)."""
    return bool((neighbourhood(lex, word) & context) - {lemma})


def synonyms_in_sense(
    lex: Lexicon, lemma: str, candidates: tuple[str, ...], context: frozenset[str]
) -> tuple[str, ...]:
    """The candidates that belong to the sense the article uses, as far as the
    evidence goes: all of them for a word of few synonyms, those the article's
    words point to for a word of a few more, none for a word of many."""
    listed = len(lex.synonyms(lemma))
    if listed > MAX_SENSES:
        return ()
    if listed <= UNAMBIGUOUS:
        return candidates
    return tuple(word for word in candidates if in_context(lex, word, context, lemma))


def groups(linked: dict[str, frozenset[str]]) -> list[tuple[str, ...]]:
    """Connected groups of words, given each word's links (kept in the given order)."""
    seen: set[str] = set()
    found = []
    for start in linked:
        if start in seen:
            continue
        group, todo = set(), [start]
        seen.add(start)
        while todo:
            word = todo.pop()
            group.add(word)
            todo.extend(other for other in linked[word] if other not in seen)
            seen.update(linked[word])
        found.append(tuple(w for w in linked if w in group))
    return found


def hypernym_groups(lex: Lexicon, candidates: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Hypernyms grouped by sense: together when one is a synonym or hypernym of the
    other, or they share a hypernym."""

    def related(a: str, b: str) -> bool:
        above_a, above_b = set(lex.hypernyms(a)), set(lex.hypernyms(b))
        near_a, near_b = above_a | set(lex.synonyms(a)), above_b | set(lex.synonyms(b))
        return b in near_a or a in near_b or bool(above_a & above_b)

    linked = {c: frozenset(o for o in candidates if o != c and related(c, o)) for c in candidates}
    return groups(linked)


def hypernyms_in_sense(
    lex: Lexicon, lemma: str, candidates: tuple[str, ...], rarity: float
) -> tuple[str, ...]:
    """The candidates when the word is rare (``rarity``: its Zipf frequency) and they
    are all of one sense; else none."""
    found = hypernym_groups(lex, candidates)
    return found[0] if rarity < RARE_ZIPF and len(found) == 1 else ()


def head_is_kind(lex: Lexicon, lemma: str, head: str) -> bool:
    """The thesaurus agrees that the compound is a kind of its head: it lists the head
    among the word's hypernyms or one level further up ("skrivebord" -> arbejdsbord
    -> bord), or the head shares a hypernym with the word ("kunsthistorie" and
    "historie" are both a fag); or it does not know the word at all. A head it
    disagrees with is a figure of speech ("søgemaskine" is a program)."""
    above = set(lex.hypernyms(lemma))
    if not above:
        return True
    two_up = set(above)
    for word in above:
        two_up.update(lex.hypernyms(word))
    return head in two_up or bool(two_up & set(lex.hypernyms(head)))
