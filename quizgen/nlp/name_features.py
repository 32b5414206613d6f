"""The ``NAME`` lexicon column: what a token's form says about it being a name.

The NER's gap on unseen text is new names (training/RESULTS.md): a capitalised word
the NER never saw is a name or a sentence's first word, and Stavekontrolden knows
which forms are common words and which only proper names.  The value joins three
things the NER's own encoder cannot see in a hashed ``NORM``:

* the lexicon's verdict on the form: ``name`` (listed only as a proper name),
  ``name+word`` (both), ``word`` (listed, never as a name), ``part`` (known only as
  a compound of known words), ``known`` (a number or abbreviation the speller
  accepts), ``unknown``;
* the capitalisation: ``lower``, ``Title``, ``UPPER``, ``mixed``, ``none`` (no letters);
* sentence-initial or not, judged from the previous token so that training (no
  sentence splitter) and the pipeline read it alike: a capital there says nothing.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.tokens import Doc

from quizgen.lang.da.lexicon import lexicon

# After these a capital letter is expected whatever the word is.
_OPENERS = frozenset(
    {
        ".",
        "!",
        "?",
        ":",
        "…",
        '"',
        "«",
        "»",
        "\u201c",
        "\u201d",
        "\u201e",
        "\u2013",
        "\u2014",
        "-",
        "(",
    }
)


def name_status(text: str) -> str:
    """The lexicon's verdict on a form: name, name+word, word, part, known or unknown."""
    lex = lexicon()
    listed = {a.pos for a in lex.analyses(text, compounds=False)}
    if text.lower() != text:
        listed |= {a.pos for a in lex.analyses(text.lower(), compounds=False)}
    if listed:
        if "PROPN" not in listed:
            return "word"
        return "name+word" if listed - {"PROPN"} else "name"
    if lex.analyses(text):
        return "part"
    return "known" if lex.knows(text) else "unknown"


def capitalisation(text: str) -> str:
    """lower, Title, UPPER (two or more capitals, no small letter), mixed or none."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "none"
    if all(c.islower() for c in letters):
        return "lower"
    if all(c.isupper() for c in letters):
        return "UPPER" if len(letters) > 1 else "Title"
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return "Title"
    return "mixed"


def name_value(text: str, initial: bool) -> str:
    """The column's value for a form: "Title|start|name", "lower|mid|word", ..."""
    where = "start" if initial else "mid"
    return f"{capitalisation(text)}|{where}|{name_status(text)}"


def sentence_initial(doc: Doc, i: int) -> bool:
    """First token, or after sentence punctuation, an opening quote, a dash or a line break."""
    if i == 0:
        return True
    previous = doc[i - 1]
    return previous.is_space or previous.text in _OPENERS


def initial_flags(doc: Doc) -> list[bool]:
    """``sentence_initial`` of every token at once: array look-ups, no Token objects
    (the column is computed for every token the NER reads)."""
    if not len(doc):
        return []
    columns = doc.to_array([ORTH, IS_SPACE]).reshape((len(doc), 2))
    openers = numpy.array([doc.vocab.strings[o] for o in _OPENERS], dtype="uint64")
    after = numpy.isin(columns[:-1, 0], openers) | (columns[:-1, 1] == 1)
    return [True, *after.tolist()]
