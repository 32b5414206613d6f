"""Whether a sentence makes sense on its own, and what to print before it when not.

A cloze or gap-choice prompt is one sentence of the article. "Men der er [...] på
fødegangen" or "Hendes mand [...] hende ind i bilen" lean on the sentence before: out
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
    ""), with its first ``cut`` characters left out (a leading "Og ")."""

    context: str = ""
    cut: int = 0

    @property
    def penalty(self) -> float:
        return CONTEXT_PENALTY if self.context else 0.0

    def text(self, text: str) -> str:
        """``text`` (the sentence, or the sentence with a gap) as the prompt prints it."""
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
    head = sentence.tokens[token.head]
    possessive = "Poss=Yes" in token.morph
    if not possessive and head.i > token.i and head.pos in ("NOUN", "PROPN", "ADJ"):
        return False  # "de kurdiske styrker", "den store by": an article, not a pronoun
    return not _antecedent_before(sentence, token, grammar)


def _antecedent_before(sentence: Sentence, token: Token, grammar: Grammar) -> bool:
    """A word earlier in the sentence that the pronoun can stand for: a name for "han"
    and "hun"; for the others a noun or name that is a subject or object. A noun inside
    an adverbial ("Efter festen kørte de") is seldom what "de" stands for."""
    before = sentence.tokens[: token.i]
    if token.text.lower() in grammar.pronouns.person_pronouns:
        return any(t.pos == "PROPN" for t in before)
    # "mange unge": an adjective standing as a noun
    return any(t.pos in ("NOUN", "PROPN", "ADJ") and t.dep in ARGUMENT_DEPS for t in before)


def standalone(
    analysis: Analysis,
    sentence: Sentence,
    headings: frozenset[int],
    grammar: Grammar,
    keep: int = -1,
) -> Standalone | None:
    """How the sentence stands alone as a prompt, or None when it cannot: a fragment,
    a misspelt word, or leaning on a sentence before that cannot be printed. Token ``keep`` (the
    answer) is never the one left out or capitalised."""
    if not starts_whole(sentence) or misspelt(sentence, grammar):
        return None
    if not leans_back(sentence, grammar):
        return Standalone()
    tokens = sentence.tokens
    conjunction_first = tokens[0].pos == "CCONJ" and len(tokens) > 1 and keep not in (0, 1)
    if conjunction_first and not leans_back(sentence, grammar, start=1):
        return Standalone(cut=tokens[1].idx)
    index = sentence.index - 1
    if index < 0 or index in headings:
        return None
    before = analysis.sentences[index]
    if len(before.tokens) > MAX_CONTEXT_TOKENS or not starts_whole(before):
        return None
    if misspelt(before, grammar):
        return None
    return Standalone(context=before.text)
