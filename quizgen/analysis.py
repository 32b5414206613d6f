"""Plain, frozen data that describes an article and its linguistic analysis.

Only ``quizgen.nlp`` touches spaCy; it turns a spaCy ``Doc`` into these values,
and everything downstream (extraction, generation, export, practice) works on
them. Unit tests can build them by hand.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

_PLAIN = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2039": "'", "\u203a": "'",
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00ad": None,
    }
)  # fmt: skip


def normalise(text: str) -> str:
    """``text`` with the differences a reader would not call a change taken out:
    Unicode NFKC, typographic quotes and dashes made plain, soft hyphens dropped,
    case and runs of white space ignored."""
    text = unicodedata.normalize("NFKC", text).translate(_PLAIN).casefold()
    return " ".join(text.split())


def article_identity(given_id: str, title: str, source: str) -> str:
    """What makes an article the same article after it is corrected: the ``id`` its
    front matter gives, else its title and source, normalised; never its body. Anki
    GUIDs and generation's random choices both hang off it, so a corrected word
    changes neither outside its own sentence."""
    if given_id.strip():
        return "id:" + normalise(given_id)
    return "title:" + normalise(title) + "\x1fsource:" + normalise(source)


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read from a file or stdin, before analysis."""

    id: str  # stable id from the content (see quizgen.reading.article)
    text: str  # body text only: metadata headers removed, paragraphs separated by "\n\n"
    title: str
    date: str = ""
    source: str = ""
    origin: str = ""  # where it was read from: a path, or "<stdin>"
    language: str = "da"  # detected language code
    language_confidence: float = 1.0
    given_id: str = ""  # an ``id`` from the header: the article's identity in Anki GUIDs

    @property
    def identity(self) -> str:
        """See ``article_identity``: unlike ``id``, it survives an edit of the body."""
        return article_identity(self.given_id, self.title, self.source)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(p for p in self.text.split("\n\n") if p.strip())


@functools.lru_cache(maxsize=4096)
def _parsed_features(morph: str) -> dict[str, str]:
    """Never handed out (``Token.features`` copies it). Generation asks for features
    ~2,000 times an article and a text has a few hundred distinct morphology strings,
    so each is parsed once."""
    pairs = (part.split("=", 1) for part in morph.split("|") if "=" in part)
    return {key: value for key, value in pairs}


@dataclass(frozen=True, slots=True)
class Token:
    """One token. ``i`` and ``head`` are indices within the sentence."""

    i: int
    text: str
    lemma: str
    pos: str  # Universal POS tag (NOUN, VERB, PROPN, ...)
    morph: str = ""  # UD FEATS string, e.g. "Definite=Def|Gender=Com|Number=Plur"
    dep: str = ""  # UD relation (nsubj, obj, obl, ...); "ROOT" for the root
    head: int = 0  # index of the head token in the sentence; the root points to itself
    ent_type: str = ""  # PER, ORG, LOC, MISC or "" outside an entity
    ent_iob: str = "O"  # "B", "I" or "O"
    whitespace: str = " "  # text that follows the token ("" or " ")
    idx: int = 0  # character offset of the token within its sentence text
    tag: str = ""  # fine-grained tag, when the pipeline has one

    @property
    def features(self) -> dict[str, str]:
        """The morphology as a dict: ``{"Gender": "Com", "Number": "Plur"}`` (a copy:
        the caller may change it)."""
        return dict(_parsed_features(self.morph))

    def feature(self, name: str) -> str:
        return _parsed_features(self.morph).get(name, "")

    @property
    def is_punct(self) -> bool:
        return self.pos == "PUNCT"


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity span: tokens ``start`` to ``end`` (exclusive) of one sentence."""

    text: str
    label: str  # PER, ORG, LOC, MISC
    sentence: int  # sentence index in the analysis
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with its tokens. ``start`` is its character offset in the article text."""

    index: int
    text: str
    tokens: tuple[Token, ...]
    paragraph: int = 0
    start: int = 0
    # Each head's dependents: generation asks for children and subtrees thousands of
    # times per sentence, and scanning every token each time made it grow with the
    # square of a sentence's length.
    _children: Mapping[int, tuple[Token, ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        below: dict[int, list[Token]] = {}
        for t in self.tokens:
            if t.head != t.i:  # the root's self-loop
                below.setdefault(t.head, []).append(t)
        object.__setattr__(self, "_children", {h: tuple(ts) for h, ts in below.items()})

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)

    def children(self, head: int) -> tuple[Token, ...]:
        """Tokens whose head is ``head`` (the root's self-loop excluded)."""
        return self._children.get(head, ())

    def subtree(self, i: int) -> tuple[Token, ...]:
        """Token ``i`` and everything below it, in sentence order."""
        keep = {i}
        todo = [i]
        while todo:
            for child in self._children.get(todo.pop(), ()):
                if child.i not in keep:
                    keep.add(child.i)
                    todo.append(child.i)
        return tuple(t for t in self.tokens if t.i in keep)

    def span_text(self, start: int, end: int) -> str:
        """Text of tokens ``start`` to ``end`` (exclusive), with original spacing."""
        parts = self.tokens[start:end]
        if not parts:
            return ""
        return "".join(t.text + t.whitespace for t in parts[:-1]) + parts[-1].text


@dataclass(frozen=True, slots=True)
class PipelineInfo:
    """Which NLP pipeline produced an analysis."""

    name: str  # e.g. "da_quizgen", "da_core_news_sm", "blank:da"
    version: str = ""
    degraded: bool = False  # True for the fallback without tagger/parser/NER
    components: tuple[str, ...] = ()
    warning: str = ""  # what is missing, for a degraded pipeline


@dataclass(frozen=True, slots=True)
class Analysis:
    """An article with its sentences and entities."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...] = ()
    pipeline: PipelineInfo = field(default_factory=lambda: PipelineInfo(name="unknown"))

    @property
    def tokens(self) -> Iterator[tuple[Sentence, Token]]:
        for sentence in self.sentences:
            for token in sentence.tokens:
                yield sentence, token
