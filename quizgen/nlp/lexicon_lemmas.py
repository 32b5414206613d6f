"""``quizgen_lexicon_lemmas``: the lexicon's lemma where the model's is not one of them.

The edit-tree lemmatizer and the lookup table invent lemmas for forms they never
saw (``elitesvømmerne`` -> ``Elitesvømmer``, ``computermanden`` unchanged).
Stavekontrolden lists every form's readings; for a NOUN or VERB token (not in capitals) whose
form the lexicon knows in the tagged class (directly or through its compound
head), this component keeps the model's lemma when it is one of the lexicon's,
lower-cases it when only its case differs, and otherwise takes the lexicon's
lemma when there is exactly one.  Forms the lexicon does not know in that class
keep the model's lemma.  Adjectives are left alone: UD's adjective lemmas follow
their own conventions (see ``DEFAULT_POS``).

Registered as a spaCy factory (also through the ``spacy_factories`` entry point).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from quizgen.lang.da.lexicon import lexicon

FACTORY = "quizgen_lexicon_lemmas"
# Not ADJ: UD's adjective lemmas follow other conventions than Stavekontrolden's
# (flere -> mange, mere -> meget, sidste -> sidste, participles -> the verb).
DEFAULT_POS = ("NOUN", "VERB")


def lexicon_lemma(text: str, pos: str, lemma: str) -> str:
    """The lemma to keep for a token (``text`` tagged ``pos``, model lemma ``lemma``)."""
    listed = {a.lemma.lower() for a in lexicon().analyses(text) if a.pos == pos}
    if not listed or lemma in listed:
        return lemma
    if lemma.lower() in listed:
        return lemma.lower()
    return next(iter(listed)) if len(listed) == 1 else lemma


class LexiconLemmas:
    """Replace the lemmas the lexicon contradicts (see the module docstring)."""

    def __init__(self, name: str = FACTORY, pos: Iterable[str] = DEFAULT_POS) -> None:
        self.name = name
        self.pos = frozenset(pos)
        # (form, class, model lemma) -> lemma: the pipeline's speed is a target, and
        # a text repeats its words
        self._memo: dict[tuple[str, str, str], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            pos = tok.pos_
            # all capitals: an abbreviation (IS, EU), not the common noun it spells
            if pos not in self.pos or not tok.text.isalpha() or tok.text.isupper():
                continue
            key = (tok.text, pos, tok.lemma_)
            lemma = self._memo.get(key)
            if lemma is None:
                lemma = self._memo[key] = lexicon_lemma(*key)
            if lemma != key[2]:
                tok.lemma_ = lemma
        return doc


@Language.factory(
    FACTORY,
    default_config={"pos": list(DEFAULT_POS)},
    assigns=["token.lemma"],
    requires=["token.pos"],
)
def make_lexicon_lemmas(nlp: Language, name: str, pos: list[str]) -> LexiconLemmas:
    return LexiconLemmas(name, pos)
