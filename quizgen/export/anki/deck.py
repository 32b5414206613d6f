"""Build Anki decks and notes from items: names, ids, GUIDs and tags.

Everything here is a pure function of the items and the config, so the same
article with the same config gives the same deck ids and note GUIDs, which is
what lets Anki update notes in place on re-import instead of duplicating them.
GUIDs follow the rule in ``quizgen.export.anki.guids``.

The deck only places a note's cards on their first import: Anki leaves cards it
already has where they are, so a learner's own deck moves and renames stay.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import genanki

from quizgen.analysis import Article
from quizgen.config.anki import AnkiConfig
from quizgen.export.anki.fields import escape, note_fields
from quizgen.export.anki.filenames import deck_filename
from quizgen.export.anki.guids import article_identity, note_guid
from quizgen.export.anki.models import build_models
from quizgen.export.anki.tags import note_tags
from quizgen.generate.kinds import kind_spec
from quizgen.items import Item


@dataclass(frozen=True)
class DeckSource:
    """One article's items, to become one deck (or one subdeck of a combined package).
    ``given_id`` (an ``id`` in the article's front matter) or else ``title`` and
    ``source`` (its URL) are the article's identity in note GUIDs."""

    article_id: str
    title: str
    slug: str
    items: tuple[Item, ...]
    source: str = ""
    given_id: str = ""

    @classmethod
    def of(cls, article: Article, items: tuple[Item, ...]) -> DeckSource:
        """The deck of ``article`` holding ``items``."""
        return cls(
            article_id=article.id,
            title=article.title,
            slug=deck_filename(article.title).removesuffix(".apkg"),
            items=items,
            source=article.source,
            given_id=article.given_id,
        )

    @property
    def identity(self) -> str:
        return article_identity(self.given_id, self.title, self.source)


@dataclass(frozen=True)
class DeckPackage:
    """Decks ready to write, with the media their notes refer to."""

    decks: tuple[genanki.Deck, ...]
    media: Mapping[str, bytes] = field(default_factory=dict)  # file name -> content
    notes_by_kind: Mapping[str, int] = field(default_factory=dict)
    cards: int = 0
    duplicates_skipped: int = 0  # items whose note GUID was already in the package

    @property
    def deck_names(self) -> tuple[str, ...]:
        return tuple(str(deck.name) for deck in self.decks)


# Given the words to pronounce, returns word -> (media file name, audio bytes).
Speaker = Callable[[Sequence[str]], Mapping[str, tuple[str, bytes]]]

_SPACE = re.compile(r"\s+")
_DECK_UNSAFE = re.compile(r'[<>"\x00-\x1f\x7f]')


def deck_name(source: DeckSource, pattern: str) -> str:
    """The deck name from the config pattern. "::" in a title would nest decks and
    Anki shows deck names as HTML in places, so those go from the title."""
    title = _DECK_UNSAFE.sub(" ", source.title).replace("::", ":")
    title = _SPACE.sub(" ", title).strip() or source.slug or "Artikel"
    return pattern.format(title=title, slug=source.slug, article_id=source.article_id)


def deck_id(name: str) -> int:
    """A deck id that depends only on the name, in the range genanki recommends."""
    digest = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big")
    return (1 << 30) + digest % (1 << 30)


def build_package(
    sources: Sequence[DeckSource],
    config: AnkiConfig,
    *,
    speaker: Speaker | None = None,
) -> DeckPackage:
    """One deck per source, with notes in item order; ``speaker`` adds vocabulary audio."""
    models = build_models(config)
    media: dict[str, bytes] = {}
    audio_tags: dict[str, str] = {}
    if speaker is not None:
        spoken = (kind_spec(i.kind).spoken_word(i) for s in sources for i in s.items)
        words = [w for w in spoken if w]
        for word, (filename, data) in speaker(list(dict.fromkeys(words))).items():
            media[filename] = data
            audio_tags[word] = f"[sound:{filename}]"
    seen: set[str] = set()
    counts: Counter[str] = Counter()
    cards = skipped = 0
    decks = []
    for source in sources:
        if not source.items:
            continue  # an empty deck would only clutter the learner's deck list
        name = deck_name(source, config.deck_name)
        deck = genanki.Deck(deck_id(name), name, description=escape(source.title))
        identity = source.identity
        for item in source.items:
            guid = note_guid(identity, item)
            if guid in seen:
                skipped += 1
                continue
            seen.add(guid)
            spec = kind_spec(item.kind)
            word = spec.spoken_word(item)
            fields = note_fields(
                item,
                source.title,
                reverse=config.reversed_vocab and spec.reversible,
                audio_tag=audio_tags.get(word, "") if word else "",
            )
            note = genanki.Note(
                model=models[item.kind],
                fields=fields,
                tags=note_tags(item, source.slug),
                guid=guid,
                due=len(seen),
            )
            deck.add_note(note)
            counts[item.kind] += 1
            cards += len(note.cards)
        decks.append(deck)
    return DeckPackage(
        decks=tuple(decks),
        media=media,
        notes_by_kind=dict(counts),
        cards=cards,
        duplicates_skipped=skipped,
    )
