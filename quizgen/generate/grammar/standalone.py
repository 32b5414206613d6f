"""Whether a sentence makes sense on its own, and what to print before it when not.

A cloze or gap-choice prompt is one sentence of the article. "Men der er [...] på
fødegangen" or "Hans bror [...] ham ind i huset" lean on the sentence before: out
of the text, the linking word and the pronouns point nowhere. A teacher would print
the sentence before as context, so the prompt does that; when there is no usable
sentence before, the sentence is no prompt at all. A leading "og", "men" or "eller"
is left out instead when nothing else leans back: it stands outside the clause, so
the rest keeps its word order. A sentence that starts in the middle of something (a
quote's tail, a lower-case fragment) is never a prompt, nor is a sentence with a word
the language's spelling check does not know ("den faglighe kvalitet"): the prompt
would teach the typo, and a distractor might be "right" beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.analysis import Analysis, Sentence, Token
from quizgen.generate.article_memo import per_article
from quizgen.generate.grammar.source_checks import source_flaws
from quizgen.lang.grammar import Grammar

MAX_CONTEXT_TOKENS = 35  # a longer sentence before buries the prompt
# A prompt with a sentence printed before it is longer to read and shows more words
# that may be other items' answers: a sentence that stands alone comes first.
CONTEXT_PENALTY = 0.3
OPENING_QUOTES = frozenset({"»", "«", '"', "“", "„", "(", "\u2013", "-"})
# Dependencies of a pronoun that stands for something (not "det" in "det regner").
ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "appos", "conj"})
REFERRING_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod:poss", "det:poss"})


def starts_whole(sentence: Sentence) -> bool:
    """The sentence starts as a sentence does: a capital or a digit, after any opening
    quote or dash ("' retur, ..." is the tail of a quote the splitter cut)."""
    for token in sentence.tokens:
        if token.text in OPENING_QUOTES:
            continue
        first = token.text[:1]
        return first.isupper() or first.isdigit()
    return False


@dataclass(frozen=True)
class Standalone:
    """How a sentence is printed as a prompt: after ``context`` (the sentence before, or
    ""), with its first ``cut`` characters left out (a leading "Og "), and without the
    ``drops``: middle-field linking words ("derfor", "i øvrigt") as (start, length,
    from_end) character spans, counted from the end when they follow the answer, so
    that a gap of another length before them does not move them."""

    context: str = ""
    cut: int = 0
    drops: tuple[tuple[int, int, bool], ...] = ()

    @property
    def penalty(self) -> float:
        return CONTEXT_PENALTY if self.context else 0.0

    def text(self, text: str) -> str:
        """``text`` (the sentence, or the sentence with a gap) as the prompt prints it."""
        spans = sorted(((len(text) - s if end else s), n) for s, n, end in self.drops)
        for start, length in reversed(spans):
            text = text[:start] + text[start + length :]
        rest = text[self.cut :]
        return rest[:1].upper() + rest[1:] if self.cut else rest


def misspelt(sentence: Sentence, grammar: Grammar) -> tuple[str, ...]:
    """The sentence's lower-case words the spelling check does not know; names,
    numbers, symbols and words inside a named entity are not checked."""
    return tuple(
        t.text
        for t in sentence.tokens
        if t.text.isalpha()
        and t.text.islower()
        and t.pos not in ("PROPN", "X", "SYM")
        and not t.ent_type
        and not grammar.spelled(t.text)
    )


def leans_back(sentence: Sentence, grammar: Grammar, start: int = 0) -> bool:
    """A linking word first ("Men", "Derfor", "Sådan"), or a pronoun with no word
    before it in the sentence that it could stand for; from token ``start`` on."""
    tokens = sentence.tokens[start:]
    if not tokens:
        return False
    first = tokens[0]
    openers = (
        grammar.clauses.linking_adverbs
        | grammar.statements.linking_adverbs
        | grammar.clauses.anaphoric_openers
    )
    if first.pos == "CCONJ" or first.text.lower() in openers:
        return True
    return any(_points_back(sentence, token, grammar) for token in tokens)


def _points_back(sentence: Sentence, token: Token, grammar: Grammar) -> bool:
    text = token.text.lower()
    if token.pos not in ("PRON", "DET") or token.dep == "expl":
        return False
    if text not in grammar.pronouns.pointing and not (
        text == "det" and token.dep in REFERRING_DEPS
    ):
        return False
    if text == "det" and _extraposed(sentence, token, grammar):
        return False
    head = sentence.tokens[token.head]
    possessive = "Poss=Yes" in token.morph
    if not possessive and head.i > token.i and head.pos in ("NOUN", "PROPN", "ADJ"):
        return False  # "de kurdiske styrker", "den store by": an article, not a pronoun
    return not _antecedent_before(sentence, token, grammar)


def _extraposed(sentence: Sentence, token: Token, grammar: Grammar) -> bool:
    """A subject "det" that stands for an infinitive later in the sentence ("For
    mange er det en drøm at få et barn"): it points forward, not back. Before an "at"
    clause ("Det betyder, at ...") it mostly points back, and is left so."""
    mark = grammar.sources.infinitive_mark
    tokens = sentence.tokens
    head = tokens[token.head]
    if not token.dep.startswith("nsubj"):
        return False
    for t in tokens[token.i + 1 :]:
        verb = tokens[t.head]
        if t.text.lower() != mark or t.pos != "PART" or t.i < head.i:
            continue
        if verb.dep == "csubj" or head.pos in ("ADJ", "NOUN"):  # "det er svært at ..."
            return True
    return False


def _antecedent_before(sentence: Sentence, token: Token, grammar: Grammar) -> bool:
    """A word earlier in the sentence that the pronoun can stand for: a name for "han"
    and "hun"; for the others a noun or name that is a subject or object. A noun inside
    an adverbial ("Efter festen kørte de") is seldom what "de" stands for."""
    before = sentence.tokens[: token.i]
    if token.text.lower() in grammar.pronouns.person_pronouns:
        return any(t.pos == "PROPN" for t in before)
    # "mange unge": an adjective standing as a noun
    return any(t.pos in ("NOUN", "PROPN", "ADJ") and t.dep in ARGUMENT_DEPS for t in before)


def _linking_words(sentence: Sentence, grammar: Grammar) -> list[tuple[Token, ...]]:
    """The linking words after the first one ("derfor", "i øvrigt"), one or two tokens."""
    words = grammar.sources
    tokens = sentence.tokens
    found: list[tuple[Token, ...]] = []
    for token in tokens[1:]:
        lower = token.text.lower()
        after = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
        if after is not None and f"{lower} {after.text.lower()}" in words.linking_pairs:
            found.append((token, after))
        elif lower in words.middle_linking and token.pos in ("ADV", "ADJ", "PART"):
            before = {t.text.lower() for t in tokens[: token.i]}
            if not before & words.correlatives:  # "ikke kun ..., men også ...": a pair
                found.append((token,))
    return found


def _in_middle_field(sentence: Sentence, words: tuple[Token, ...]) -> bool:
    """Right after the finite verb ("Vi vil derfor sende"), or after the subject that
    follows it ("I dag er det nemlig ..."): leaving the word out keeps the word order.
    In first place ("..., og derfor kom han") it cannot go."""
    tokens = sentence.tokens
    first, last = words[0], words[-1]
    after = tokens[last.i + 1] if last.i + 1 < len(tokens) else None
    if after is None or after.pos == "PUNCT" or not first.whitespace:
        return False
    before = tokens[first.i - 1]
    if _finite(before):
        return True
    subject = before.dep.startswith("nsubj") or before.dep == "expl"
    return subject and before.i > 0 and _finite(tokens[before.i - 1])


def _finite(token: Token) -> bool:
    return token.pos in ("VERB", "AUX") and (
        "VerbForm=Fin" in token.morph or "Mood=Imp" in token.morph
    )


def _drops(sentence: Sentence, grammar: Grammar, keep: int) -> tuple[tuple[int, int, bool], ...]:
    """The spans of the middle-field linking words to leave out. One that opens a
    clause after "og" ("..., og derfor kom han") points at that sentence's own first
    clause and stays."""
    spans: list[tuple[int, int, bool]] = []
    for words in _linking_words(sentence, grammar):
        if keep in {t.i for t in words} or not _in_middle_field(sentence, words):
            continue
        start = words[0].idx - 1  # with the space before it
        length = words[-1].idx + len(words[-1].text) - start
        after = 0 <= keep < words[0].i
        spans.append((len(sentence.text) - start if after else start, length, after))
    return tuple(spans)


def enumerated(sentence: Sentence, grammar: Grammar) -> bool:
    """It opens with a list's enumerator ("For det tredje, ..."): one point of a list."""
    lowered = [t.text.lower() for t in sentence.tokens if t.text not in OPENING_QUOTES]
    return any(lowered[: len(e.split())] == e.split() for e in grammar.sources.enumerator_openers)


def unusable(sentence: Sentence, grammar: Grammar) -> bool:
    """No sentence to print or copy: a misspelt word, a caption, a fragment, an error."""
    return bool(misspelt(sentence, grammar) or source_flaws(sentence, grammar))


def standalone(
    analysis: Analysis,
    sentence: Sentence,
    headings: frozenset[int],
    grammar: Grammar,
    keep: int = -1,
) -> Standalone | None:
    """How the sentence stands alone as a prompt, or None when it cannot: a fragment,
    a misspelt word or a source error, or leaning on a sentence before that cannot be
    printed (or that leans back itself). Token ``keep`` (the answer) is never the one
    left out or capitalised."""
    if (
        not starts_whole(sentence)
        or _unusable(analysis, sentence, grammar)
        or enumerated(sentence, grammar)
    ):
        return None
    drops = _drops(sentence, grammar, keep)
    if not leans_back(sentence, grammar):
        return Standalone(drops=drops)
    tokens = sentence.tokens
    conjunction_first = tokens[0].pos == "CCONJ" and len(tokens) > 1 and keep not in (0, 1)
    if conjunction_first and not leans_back(sentence, grammar, start=1):
        return Standalone(cut=tokens[1].idx, drops=drops)
    index = sentence.index - 1
    if index < 0 or index in headings:
        return None
    before = analysis.sentences[index]
    if len(before.tokens) > MAX_CONTEXT_TOKENS or not starts_whole(before):
        return None
    if _unusable(analysis, before, grammar):
        return None
    return _with_context(before, grammar, drops)


def _unusable(analysis: Analysis, sentence: Sentence, grammar: Grammar) -> bool:
    """``unusable``, worked out once per sentence of the article: every word of a
    sentence that may become a gap asks it again."""
    index = sentence.index
    if not 0 <= index < len(analysis.sentences) or analysis.sentences[index] is not sentence:
        return unusable(sentence, grammar)  # not the article's own sentence
    key = ("unusable", index, id(grammar))
    return per_article(analysis, key, lambda: unusable(sentence, grammar))


def _with_context(
    before: Sentence, grammar: Grammar, drops: tuple[tuple[int, int, bool], ...]
) -> Standalone | None:
    """The line printed as context must stand alone itself ("Derfor er klubben ..."
    would point further back): its leading "Men" is left out, its middle-field
    linking words too; when it still leans back, there is no prompt. (The caller has
    ruled out a ``before`` that is ``unusable``.)"""
    tokens = before.tokens
    cut = tokens[1].idx if tokens[0].pos == "CCONJ" and len(tokens) > 1 else 0
    if leans_back(before, grammar, start=1 if cut else 0):
        return None
    context = Standalone(cut=cut, drops=_drops(before, grammar, -1)).text(before.text)
    return Standalone(context=context, drops=drops)
