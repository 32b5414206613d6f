"""Capitalisation copies of training docs, for the edit-tree lemmatizer.

An edit tree that turns "Journalisterne" into "journalist" has to replace
the literal "J" by "j", so each initial letter needs its own tree and most
of them are too rare to be learned: capitalised words (sentence starts,
headlines) kept their case in the lemma.  Copies in which some words are
capitalised (lemma, UPOS, FEATS and sentence starts unchanged; no parse or NER
annotation, so those components treat them as missing) make the trees
frequent enough.
"""

from __future__ import annotations

import random

from spacy.tokens import Doc

RATE = 0.2  # share of eligible words capitalised in a copy
SKIP_POS = {"PROPN", "PUNCT", "SYM", "X", "NUM"}


def capitalised_copy(doc: Doc, rng: random.Random) -> Doc:
    words = []
    for t in doc:
        eligible = t.text[:1].islower() and t.lemma_[:1].islower() and t.pos_ not in SKIP_POS
        words.append(
            t.text[:1].upper() + t.text[1:] if eligible and rng.random() < RATE else t.text
        )
    return Doc(
        doc.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in doc],
        pos=[t.pos_ for t in doc],
        morphs=[str(t.morph) for t in doc],
        lemmas=[t.lemma_ for t in doc],
        # without explicit sentence starts spaCy's senter reads "no sentence starts here"
        sent_starts=[bool(t.is_sent_start) for t in doc],
    )


def capitalised_copies(docs: list[Doc], seed: int = 0) -> list[Doc]:
    rng = random.Random(seed)
    # every second doc: enough trees, at half the extra training time
    return [capitalised_copy(d, rng) for d in docs[::2]]
