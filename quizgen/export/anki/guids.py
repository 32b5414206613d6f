"""Note GUIDs: which card a note is, across rebuilds and corrections of the article.

Anki recognises a note on re-import by its GUID alone, so the GUID must stay the
same as long as the card is "the same card", and change when it is not. The rule:

    GUID = hash(article identity, item kind, sentence, what is asked)

- The **article identity** is the ``id`` its front matter gives, else its title
  and source (URL), normalised. Not its body: correcting a word elsewhere in the
  article must not touch this card. (A title taken from the first sentence
  changes with that sentence; an ``id:`` in the front matter avoids that.)
- The **sentence** is the item's source sentence, normalised: Unicode NFKC,
  typographic quotes and dashes made plain, soft hyphens dropped, case and runs
  of white space ignored.
- **What is asked**: the item's ``asks`` (who, where, ...) and answer when it has
  one, else its prompt and answer, normalised the same way.
- A **word card** (its kind's spec gives a ``word_card``) is the word itself:
  its lemma and word class stand for sentence and question, so a corrected
  example sentence updates the card in place.

So fixing a typo in one sentence changes at most the GUIDs of that sentence's
items: Anki adds those as new notes (the old ones stay, with their reviews), and
every other note keeps its GUID and its history. The item ids the practice store
keys progress by are a different thing and are not derived from this.
"""

from __future__ import annotations

import genanki

# The identity rule lives with the values: generation seeds its randomness from it too.
from quizgen.analysis import article_identity as article_identity
from quizgen.analysis import normalise
from quizgen.generate.kinds import kind_spec
from quizgen.items import Item

# Distinct from the 0.1.0 rule (namespace "quizgen" over the item id).
_NAMESPACE = "quizgen/anchor"


def item_anchor(item: Item) -> tuple[str, ...]:
    """The item's place in its article: kind, sentence and what is asked."""
    word = kind_spec(item.kind).word_card(item)
    if word is not None:
        return (item.kind, "word", normalise(word.lemma), word.pos)
    asked = (item.asks, item.answer) if item.asks else (item.prompt, item.answer)
    return (item.kind, normalise(item.source), *(normalise(part) for part in asked))


def note_guid(identity: str, item: Item) -> str:
    """The GUID of ``item``'s note in the article whose identity is ``identity``."""
    return str(genanki.guid_for(_NAMESPACE, identity, *item_anchor(item)))
