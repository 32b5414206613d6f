"""Who said it: ``"Vi har aldrig set noget lignende," siger Mustafa Bali.`` ->
``Hvem siger: »Vi har aldrig set noget lignende«?`` (answer: Mustafa Bali), also for
``Mustafa Bali siger: "..."``. Only short quotes, said by a named person."""

from __future__ import annotations

from quizgen.analysis import Sentence, Token
from quizgen.extract.syntax import SUBJECT_DEPS, entity_span, kids
from quizgen.generate.grammar.clauses import QUOTES
from quizgen.generate.grammar.word_order import capitalise
from quizgen.generate.questions.draft import QuestionDraft
from quizgen.generate.questions.variants import variants
from quizgen.lang.grammar import Grammar

QUOTE_WORDS = (3, 15)  # shorter says nothing, longer is no question to read


def said_drafts(sentence: Sentence, phrasing: str, g: Grammar) -> list[QuestionDraft]:
    marks = [t.i for t in sentence.tokens if t.text in QUOTES or t.text == "'"]
    if len(marks) != 2:
        return []  # no quote, or more than one: which words are whose is unclear
    start, end = marks
    verb = next(
        (
            t
            for t in sentence.tokens
            if t.lemma.lower() in g.clauses.speech_verbs
            and (t.i > end or t.i < start)
            and t.pos in ("VERB", "AUX")
        ),
        None,
    )
    if verb is None:
        return []
    speaker = _speaker(sentence, verb, (start, end))
    quote = [t for t in sentence.tokens[start + 1 : end]]
    words = [t for t in quote if not t.is_punct]
    if speaker is None or not QUOTE_WORDS[0] <= len(words) <= QUOTE_WORDS[1]:
        return []
    text = sentence.span_text(start + 1, end).strip().rstrip(",.:;").strip()
    if not text or text.endswith("?"):
        return []
    prompt = phrasing.format(verb=verb.text.lower(), quote=capitalise(text))
    name = sentence.span_text(*speaker)
    return [
        QuestionDraft(
            capitalise(prompt),
            name,
            variants(name, (), "PER", g),
            "said",
            sentence.index,
            tuple(range(*speaker)),
            "PER",
            1.15,
        )
    ]


def _speaker(sentence: Sentence, verb: Token, quote: tuple[int, int]) -> tuple[int, int] | None:
    """The named person who is the subject of the verb of speech, outside the quote."""
    for subj in kids(sentence, verb.i, SUBJECT_DEPS):
        if quote[0] <= subj.i <= quote[1]:
            continue
        span = entity_span(sentence, subj.i)
        if span and subj.ent_type == "PER":
            return span
    return None
