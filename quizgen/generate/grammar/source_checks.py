"""Text sentences that are no prompt: captions, fragments and the source's own errors.

A cloze, gap choice, question or true/false statement prints a sentence of the article
(or words copied from it). A photo caption ("Billedet er taget ..."), a line that leads
into a missing screenshot ("... skrive alle søgeord:"), a verbless lede ("En båd, der
ikke kan synke.") or a sentence with an unclosed quotation is no sentence to read out
of its text; an error of the source ("havde kunne", "og køre hjem", "mere præcis en
den") would be taught as Danish, and a distractor might be "right" beside it. Each
check reads the parse and the lexicon only, and names the rule it failed, so that the
rules can be measured one by one.
"""

from __future__ import annotations

from collections.abc import Callable

from quizgen.analysis import Sentence, Token
from quizgen.lang.grammar import Grammar
from quizgen.lang.source_words import SourceWords

PAIRS = (("»", "«"), ("(", ")"), ("[", "]"))
STRAIGHT_QUOTES = ('"', "“", "”", "„")
AUXILIARY_DEPS = frozenset({"aux", "aux:pass", "cop"})
# The words a capital after a word without a full stop marks as a new sentence.
CLOSED_CLASSES = frozenset({"PRON", "CCONJ", "SCONJ", "AUX", "DET"})
CLAUSE_ENDS = frozenset({"PUNCT", "CCONJ", "SCONJ", "ADP"})
SEGMENT_MARKS = frozenset(
    {",", ":", ";", "-", "\u2013", "(", ")", "!", "?", "»", "«", '"', "”", "“"}
)


def _lower(sentence: Sentence) -> list[str]:
    return [t.text.lower() for t in sentence.tokens]


def _words(sentence: Sentence) -> list[Token]:
    return [t for t in sentence.tokens if t.pos != "PUNCT"]


def lead_in(sentence: Sentence, words: SourceWords) -> bool:
    """It ends in a colon: it introduces a list, quote or picture that is not shown."""
    return bool(sentence.tokens) and sentence.tokens[-1].text == ":"


def caption(sentence: Sentence, words: SourceWords) -> bool:
    """A credit line ("Foto: ...", "... leveret af X") or a sentence about the picture
    ("Fotoet er taget i ...")."""
    text = sentence.text.lower()
    if any(mark in text for mark in words.credit_marks):
        return True
    for token in sentence.tokens:
        head = sentence.tokens[token.head]
        subject = token.dep.startswith("nsubj") and token.text.lower() in words.caption_nouns
        if subject and head.lemma.lower() in words.caption_verbs:
            return True
    return False


def verbless(sentence: Sentence, words: SourceWords) -> bool:
    """No finite verb outside a clause that opens with a subordinator or relative after
    a comma ("En båd, der ikke kan synke."): a lede or a heading, not a sentence. The
    parser's tree is not trusted here: it often makes such a fragment's noun the root
    and a real sentence's verb a noun; the tags and the lexicon are read instead. A
    question, exclamation or a short line is left to the other checks."""
    tokens = sentence.tokens
    if not tokens or tokens[-1].text in ("?", "!") or len(_words(sentence)) < 3:
        return False
    segments: list[list[Token]] = [[]]
    for token in tokens:
        if token.text in SEGMENT_MARKS:
            segments.append([])
        else:
            segments[-1].append(token)
    segments = [s for s in segments if s]
    return not any(
        any(_finite(t, words) for t in segment) and not _subordinate(segment, n, words)
        for n, segment in enumerate(segments)
    )


def _subordinate(segment: list[Token], position: int, words: SourceWords) -> bool:
    first = next((t for t in segment if t.pos != "CCONJ"), segment[0])
    if position == 0:
        return False  # "Da hun kom, ...": the main clause follows; with none, it is the one
    return first.pos == "SCONJ" or first.text.lower() in words.relatives


def _finite(token: Token, words: SourceWords | None = None) -> bool:
    if "VerbForm=Fin" in token.morph or "Mood=Imp" in token.morph:
        return True
    # "understøtter" tagged as a noun: the lexicon knows a finite verb form
    return words is not None and token.pos != "PROPN" and "Fin" in words.verb_forms(token.text)


def unbalanced(sentence: Sentence, words: SourceWords) -> bool:
    """An opening quote or bracket without its close, or the other way round: a quote
    the sentence splitter cut, or stray marks of the source."""
    texts = [t.text for t in sentence.tokens]
    if any(texts.count(a) != texts.count(b) for a, b in PAIRS):
        return True
    return sum(texts.count(q) for q in STRAIGHT_QUOTES) % 2 == 1


def bracketed_data(sentence: Sentence, words: SourceWords) -> bool:
    """A bracket holding a colon or two numbers: statistics ("(indbyggere: 8.312
    1. januar 2020)"), not prose."""
    depth, numbers, colon = 0, 0, False
    for token in sentence.tokens:
        if token.text == "(":
            depth, numbers, colon = depth + 1, 0, False
        elif token.text == ")" and depth:
            if colon or numbers >= 2:
                return True
            depth -= 1
        elif depth:
            numbers += token.pos == "NUM"
            colon = colon or token.text == ":"
    return False


def perfect_infinitive(sentence: Sentence, words: SourceWords) -> bool:
    """A form of "have" whose next verb is an infinitive ("havde kunne følge", "har
    gøre"): the perfect takes a participle ("kunnet")."""
    tokens = sentence.tokens
    for token in tokens:
        if token.lemma.lower() != words.perfect_auxiliary or token.pos not in ("AUX", "VERB"):
            continue
        chain = sorted(
            (t for t in tokens if t.i > token.i and (t.i == token.head or _same_head(t, token))),
            key=lambda t: t.i,
        )
        verbs = [t for t in chain if t.pos in ("AUX", "VERB")]
        candidates = [*verbs[:1], _next_verb(sentence, token, words)]
        if any(v is not None and _infinitive_only(v, words) for v in candidates):
            return True
    return False


def _next_verb(sentence: Sentence, token: Token, words: SourceWords) -> Token | None:
    """The first verb after ``token`` in its clause, past an inverted subject ("havde
    naboerne kunne"): the parser may hang the verbs elsewhere."""
    for t in sentence.tokens[token.i + 1 : token.i + 6]:
        if t.pos in ("AUX", "VERB"):
            return t
        if t.pos in CLAUSE_ENDS or t.text.lower() == words.infinitive_mark:
            return None
    return None


def _same_head(token: Token, auxiliary: Token) -> bool:
    return token.head == auxiliary.head and token.dep in AUXILIARY_DEPS


def _infinitive_only(token: Token, words: SourceWords) -> bool:
    forms = words.verb_forms(token.text)
    return token.text.islower() and forms == {"Inf"}


def infinitive_coordination(sentence: Sentence, words: SourceWords) -> bool:
    """A finite verb and a bare infinitive joined by "og" ("vi sætter os ind og køre
    hjem"): the second verb should be finite too."""
    tokens = sentence.tokens
    for token in tokens:
        if token.dep != "conj" or token.pos != "VERB" or not _infinitive_only(token, words):
            continue
        head = tokens[token.head]
        own = [t for t in tokens if t.head == token.i and t.i < token.i]
        if any(t.dep in AUXILIARY_DEPS or t.text.lower() == words.infinitive_mark for t in own):
            continue  # "og vil køre", "og at køre"
        head_aux = [t for t in tokens if t.head == head.i and t.dep in AUXILIARY_DEPS]
        between = tokens[head.i + 1 : token.i]
        joined = any(t.pos == "CCONJ" and t.head == token.i for t in between)
        if any(t.text.lower() == words.infinitive_mark for t in between) or not joined:
            continue  # "at komme hjem og smække benene op": two infinitives
        if _finite(head) and not head_aux and head.pos == "VERB":
            return True
    return False


def than_misspelt(sentence: Sentence, words: SourceWords) -> bool:
    """ "en" for "end" after a comparative ("større en huset"): an article there
    would be followed by its noun."""
    tokens = sentence.tokens
    for token in tokens[1:-1]:
        if token.text.lower() != words.than_misspelt:
            continue
        before = tokens[token.i - 1 : token.i]
        two_back = tokens[max(0, token.i - 2) : token.i - 1]
        comparative = any(
            "Degree=Cmp" in t.morph or t.text.lower() in words.comparatives for t in before
        ) or any(t.text.lower() in ("mere", "mindre") for t in two_back)
        after = tokens[token.i + 1]
        if comparative and after.pos in ("PRON", "DET", "PROPN", "NUM", "ADP", "SCONJ"):
            return True
    return False


def expletive_adjective(sentence: Sentence, words: SourceWords) -> bool:
    """Formal "der er" before an adjective and an infinitive ("fordi der er let at
    ..."): the formal subject there is "det". A relative "der" after its noun or a
    comma is a real subject and is left alone."""
    tokens = sentence.tokens
    for a, b, c, d in zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False):
        if a.text.lower() != "der" or b.text.lower() not in words.expletive_verbs:
            continue
        if c.pos != "ADJ" or c.text.lower() in words.quantifiers:
            continue
        previous = tokens[a.i - 1] if a.i else None
        relative = previous is not None and (
            previous.text == "," or previous.pos in ("NOUN", "PROPN", "PRON", "NUM")
        )
        if d.text.lower() == words.infinitive_mark and not relative:
            return True
    return False


def missing_stop(sentence: Sentence, words: SourceWords) -> bool:
    """A capitalised personal pronoun or conjunction right after a word and before a
    lower-case one ("... nu hedder Ghana Hun rejste ..."): two sentences run together
    without a full stop. The polite "De" and a name's "Den"/"Det" are capitals of
    their own."""
    tokens = sentence.tokens
    for before, token, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
        personal = token.pos == "PRON" and "PronType=Prs" in token.morph
        if not (personal or token.pos in ("CCONJ", "SCONJ")) or token.ent_type:
            continue
        if token.text.lower() in words.capitalised_pronouns or not token.text[:1].isupper():
            continue
        if token.text.isupper() or not before.text[-1:].isalnum():
            continue
        if after.text[:1].islower():
            return True
    return False


def participle_adjective(sentence: Sentence, words: SourceWords) -> bool:
    """ "værende" as an adjective ("værende hovedsæde for ..."), an anglicism; "som
    værende" is Danish."""
    lowered = _lower(sentence)
    return any(
        word in words.participle_misuse
        and (n == 0 or lowered[n - 1] not in words.participle_allowed_after)
        for n, word in enumerate(lowered)
    )


def adjective_agreement(sentence: Sentence, words: SourceWords) -> bool:
    """An adjective in its bare form right before a plural noun, or a bare "-ende" one
    ("europæisk rejsende" for "europæiske rejsende"): the source's agreement error."""
    tokens = sentence.tokens
    for t in tokens[:-1]:
        noun = tokens[t.i + 1]
        if t.pos != "ADJ" or t.dep != "amod" or t.head != noun.i or t.feature("Degree") == "Cmp":
            continue
        plural = words.adjective_plural(t.text)
        if not plural or plural == t.text.lower() or not t.text.isalpha():
            continue
        bare_ende = noun.text.lower().endswith("ende") and not any(
            c.dep == "det" for c in sentence.children(noun.i)
        )
        if noun.feature("Number") == "Plur" or bare_ende:
            return True
    return False


Check = Callable[[Sentence, SourceWords], bool]
CHECKS: tuple[tuple[str, Check], ...] = (
    ("lead-in", lead_in),
    ("caption", caption),
    ("verbless", verbless),
    ("unbalanced", unbalanced),
    ("bracketed-data", bracketed_data),
    ("perfect-infinitive", perfect_infinitive),
    ("infinitive-coordination", infinitive_coordination),
    ("than-misspelt", than_misspelt),
    ("expletive-adjective", expletive_adjective),
    ("missing-stop", missing_stop),
    ("participle-adjective", participle_adjective),
    ("adjective-agreement", adjective_agreement),
)


def source_flaws(sentence: Sentence, grammar: Grammar) -> tuple[str, ...]:
    """The names of the checks the sentence fails: () when it may be a prompt."""
    words = grammar.sources
    return tuple(name for name, check in CHECKS if check(sentence, words))
