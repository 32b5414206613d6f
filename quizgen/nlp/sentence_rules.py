"""``quizgen_sentence_rules``: typographic repairs of the statistical sentence splitter.

The senter learns boundaries from treebank text whose quotation marks and
headlines were reconstructed, so it errs in a few typographic patterns that
rules settle for certain:

* an opening quotation mark belongs to the sentence it opens
  (``… sagen. "Rapporten …``), never to the end of the previous one;
* a closing quotation mark belongs to the sentence it closes, and a capital
  after ``."`` starts a new sentence (``… en hund." Han …``);
* a headline in capitals run into the body (``… resultat. NEDSAT MOMS "Jeg …``)
  is a sentence of its own;
* a numbered item (``… disfavør. 2) I bekræftende fald …``) starts with its number.

It runs between the senter and the parser; the parser keeps the boundaries it
is given.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

FACTORY = "quizgen_sentence_rules"
QUOTES = frozenset({'"', "“", "”", "„", "»", "«"})
FINAL = frozenset({".", "!", "?", "…", ":"})
MIN_HEADLINE_LETTERS = 6  # shorter capitals are likely acronyms (SDF, NATO)


def is_opening_quote(token: Token) -> bool:
    before = token.i == 0 or bool(token.doc[token.i - 1].whitespace_)
    return token.text in QUOTES and before and not token.whitespace_


def is_closing_quote(token: Token) -> bool:
    after = token.i == len(token.doc) - 1 or bool(token.whitespace_)
    glued = token.i > 0 and not token.doc[token.i - 1].whitespace_
    return token.text in QUOTES and glued and after


def starts_sentence_like(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit() or is_opening_quote(token)


def is_capital_word(token: Token) -> bool:
    return token.is_alpha and token.is_upper and len(token.text) > 1


def ends_sentence(doc: Doc, i: int) -> bool:
    """Does token ``i`` end a sentence typographically (``.``, or ``."``)?"""
    if i < 0:
        return False
    if doc[i].text in FINAL:
        return True
    return is_closing_quote(doc[i]) and i > 0 and doc[i - 1].text in FINAL


def repair_quotes(doc: Doc) -> None:
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if is_opening_quote(token) and following.is_sent_start:
            token.is_sent_start = True
            following.is_sent_start = False
        elif is_closing_quote(token):
            after_final = token.i > 0 and doc[token.i - 1].text in FINAL
            if token.is_sent_start and token.i > 0:
                token.is_sent_start = False
                following.is_sent_start = True
            elif after_final and starts_sentence_like(following):
                following.is_sent_start = True


def repair_headlines(doc: Doc) -> None:
    i = 1
    while i < len(doc):
        if not ends_sentence(doc, i - 1) or not is_capital_word(doc[i]):
            i += 1
            continue
        end = i
        while end < len(doc) and is_capital_word(doc[end]):
            end += 1
        letters = sum(len(t.text) for t in doc[i:end])
        if end < len(doc) and letters >= MIN_HEADLINE_LETTERS:
            body = doc[end]
            if not body.is_upper and starts_sentence_like(body):
                doc[i].is_sent_start = True
                for token in doc[i + 1 : end]:
                    token.is_sent_start = False
                body.is_sent_start = True
        i = end + 1


def repair_numbered_items(doc: Doc) -> None:
    for token in doc[1:-2]:
        short_number = token.is_digit and len(token.text) <= 2
        if short_number and doc[token.i + 1].text == ")" and ends_sentence(doc, token.i - 1):
            token.is_sent_start = True
            doc[token.i + 1].is_sent_start = False
            doc[token.i + 2].is_sent_start = False


class SentenceRules:
    def __init__(self, name: str = FACTORY) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) > 1:
            repair_headlines(doc)
            repair_quotes(doc)
            repair_numbered_items(doc)
        return doc


@Language.factory(FACTORY, assigns=["token.is_sent_start"])
def make_sentence_rules(nlp: Language, name: str) -> SentenceRules:
    return SentenceRules(name)
