"""Who said it: ``"Vi har aldrig set noget lignende," siger Mustafa Bali.`` ->
``Hvem siger: »Vi har aldrig set noget lignende«?`` (answer: Mustafa Bali), also for
``Mustafa Bali siger: "..."``. Only short quotes, said by a named person; an
interview's quote without marks (``- Vi er klar, siger Lene Holm.``) too."""

from __future__ import annotations

from quizgen.analysis import Sentence, Token
from quizgen.extract.syntax import SUBJECT_DEPS, entity_span, kids
from quizgen.generate.grammar.clauses import QUOTES
from quizgen.generate.grammar.word_order import capitalise
from quizgen.generate.questions.draft import QuestionDraft
from quizgen.generate.questions.variants import variants
from quizgen.lang.grammar import Grammar

QUOTE_WORDS = (3, 15)  # shorter says nothing, longer is no question to read
# without marks, a short quote is mostly a reply that needs its question ("Ja, det
# ville vi gerne")
MIN_UNMARKED_WORDS = 5
SCORE = 1.15
# who said an interview's words asks about a person a question of content may ask
# about too ("Hvorfor valgte Lene Holm ...?"): that one goes first
UNMARKED_SCORE = 0.6


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
    if speaker is None:
        return []
    return _said(sentence, verb, (start + 1, end), speaker, phrasing, g)


def _speaker(sentence: Sentence, verb: Token, quote: tuple[int, int]) -> tuple[int, int] | None:
    """The named person who is the subject of the verb of speech, outside the quote."""
    for subj in kids(sentence, verb.i, SUBJECT_DEPS):
        if quote[0] <= subj.i <= quote[1]:
            continue
        span = entity_span(sentence, subj.i)
        if span and subj.ent_type == "PER":
            return span
    return None


DASHES = frozenset({"-", "\u2013", "\u2014"})  # an interview's quote opens with a dash, not a mark
MAX_ROLE_WORDS = 7  # "formand for klubben," between the verb and the name


def attributed_drafts(sentence: Sentence, phrasing: str, g: Grammar) -> list[QuestionDraft]:
    """``Vi er klar, siger Lene Holm.`` (also ``- Vi er klar, siger formand for klubben,
    Lene Holm, til avisen.``) -> ``Hvem siger: »Vi er klar«?``: the words before a
    comma and a verb of speech whose subject, named after it, says them. Read off the
    words: parsers hang such a quote and its speaker every which way."""
    tokens = sentence.tokens
    marks = [t for t in tokens if t.text in QUOTES or t.text == "'"]
    if len(marks) > 1:
        return []  # a quote in marks: ``said_drafts``
    for verb in tokens:
        if verb.lemma.lower() not in g.clauses.speech_verbs or verb.i < 2:
            continue
        if tokens[verb.i - 1].text != "," or verb.feature("VerbForm") != "Fin":
            continue
        speaker = _named_after(sentence, verb.i)
        start = _quote_start(sentence)
        if speaker is None or start is None or start >= verb.i - 1:
            return []
        first = tokens[start]
        if first.pos == "SCONJ" or first.text.lower() in g.clauses.ambiguous_reason_marks:
            return []  # "Da han kom hjem, fortalte Per ...": a clause put first, no quote
        if _goes_on(sentence, speaker[1], g):
            return []  # "Efter kampen, sagde Per, var alle trætte": the quote goes on
        quote = (start, verb.i - 1)
        return _said(
            sentence, verb, quote, speaker, phrasing, g, MIN_UNMARKED_WORDS, UNMARKED_SCORE
        )
    return []


def _goes_on(sentence: Sentence, end: int, g: Grammar) -> bool:
    """A finite verb after the speaker's name, not in a clause about the speaker
    (``..., der bor i Ribe, til avisen``): the sentence, and the quote, go on."""
    for token in sentence.tokens[end:]:
        if token.text.lower() in g.clauses.relative_pronouns:
            return False
        if token.feature("VerbForm") == "Fin":
            return True
    return False


def _quote_start(sentence: Sentence) -> int | None:
    """The first word of the quote: after an opening dash or a stray mark, if any."""
    i = 0
    tokens = sentence.tokens
    while i < len(tokens) and (tokens[i].text in DASHES or tokens[i].text in QUOTES):
        i += 1
    return i if i < len(tokens) else None


def _named_after(sentence: Sentence, verb: int) -> tuple[int, int] | None:
    """The named person right after the verb (``siger Lene Holm``), or after a role in
    front of the name (``siger general Lene Holm``, ``siger formand for X, Lene Holm``);
    None for a pronoun or a noun (``siger hun``, ``siger lægerne``)."""
    tokens = sentence.tokens
    for i in range(verb + 1, min(len(tokens), verb + 2 + MAX_ROLE_WORDS)):
        token = tokens[i]
        if token.ent_type == "PER" and token.ent_iob != "I":
            span = entity_span(sentence, i)
            after = tokens[span[1]] if span and span[1] < len(tokens) else None
            # a role before the name starts in lower case and holds no clause
            role = tokens[verb + 1 : i]
            if role and (not role[0].text[:1].islower() or role[0].pos == "PRON"):
                return None
            if any(t.text in ".:;?!" or t.pos == "SCONJ" for t in role):
                return None
            # "siger Lene Holm med et smil", not "og Per Hansen" (two speakers) or
            # "fortalte Per sin kone ..." (after "Da han kom hjem,": no quote)
            if after is not None and not (after.is_punct or after.pos == "ADP"):
                return None
            return span
        if token.is_punct and token.text != ",":
            return None
    return None


def _said(
    sentence: Sentence,
    verb: Token,
    quote: tuple[int, int],
    speaker: tuple[int, int],
    phrasing: str,
    g: Grammar,
    least: int = QUOTE_WORDS[0],
    score: float = SCORE,
) -> list[QuestionDraft]:
    end = quote[1]
    quote = _opening(sentence, quote)
    words = [t for t in sentence.tokens[quote[0] : quote[1]] if not t.is_punct]
    if not least <= len(words) <= QUOTE_WORDS[1]:
        return []
    text = sentence.span_text(*quote).strip().rstrip(",.:;").strip()
    if quote[1] < end:
        text += " …"
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
            score,
        )
    ]


def _opening(sentence: Sentence, quote: tuple[int, int]) -> tuple[int, int]:
    """A long quote's words up to its first comma after a whole clause (``To dage er
    kort tid, det er mindre end ...``), when they are enough to recognise it by; the
    whole quote otherwise."""
    words = [t for t in sentence.tokens[quote[0] : quote[1]] if not t.is_punct]
    if len(words) <= QUOTE_WORDS[1]:
        return quote
    count = 0
    for token in sentence.tokens[quote[0] : quote[1]]:
        # (a verb before it: "To dage er kort tid", not "Mest af alt kage")
        before = sentence.tokens[quote[0] : token.i]
        verb = any(t.feature("VerbForm") == "Fin" for t in before)
        cut = token.text == "," and count >= MIN_UNMARKED_WORDS and verb
        if cut and _new_clause(sentence, token.i):
            return quote[0], token.i
        count += 0 if token.is_punct else 1
    return quote


def _new_clause(sentence: Sentence, comma: int) -> bool:
    """After the comma a main clause starts: ``, men ...``, ``, jeg ville ...`` (not ``,
    at ...``, ``, om ...`` or ``i det, de helst vil``: the clause before goes on)."""
    rest = sentence.tokens[comma + 1 : comma + 3]
    if not rest:
        return False
    if rest[0].pos == "CCONJ":
        return True
    return len(rest) == 2 and rest[0].pos == "PRON" and rest[1].feature("VerbForm") == "Fin"
