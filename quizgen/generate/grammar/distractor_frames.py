"""Words the text uses in the answer's frame: with the same modifier, the same
complement or under the same content word (``den nye ordning for de lokale skoler``
beside ``reglerne for de lokale skoler``).

An article word that the text puts in the answer's company may be said of the same
thing, so a reader cannot rule it out as a wrong option. The frame is read from the
parse: the content words (nouns, names, adjectives, verbs) that govern a word or
depend on it, light verbs (``være``, ``have``, ``få``) left out: they go with anything.
"""

from __future__ import annotations

from quizgen.analysis import Analysis, Sentence, Token
from quizgen.extract.levels import zipf
from quizgen.generate.article_memo import per_article

_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
_LINKS = frozenset({"det", "case", "cc", "punct", "cop", "aux", "mark", "conj"})
# Verbs this frequent (Zipf: være 6.5, have 6.2, få 6.3, blive 6.0) go with any noun.
LIGHT_ZIPF = 5.9


def frame(sentence: Sentence, token: Token, code: str = "da") -> frozenset[str]:
    """The content lemmas around ``token``: its head and its dependents."""
    near = [t for t in sentence.children(token.i) if t.dep not in _LINKS]
    if token.head != token.i and token.dep not in ("conj", "ROOT", "root"):
        near.append(sentence.tokens[token.head])
    return frozenset(
        t.lemma.lower()
        for t in near
        if t.pos in _CONTENT and not (t.pos == "VERB" and zipf(t.lemma, code) >= LIGHT_ZIPF)
    )


def article_frames(analysis: Analysis) -> dict[str, frozenset[str]]:
    """Each noun's and adjective's lemma with the frame words of all its uses."""

    def build() -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        code = analysis.article.language
        for sentence, token in analysis.tokens:
            if token.pos in ("NOUN", "ADJ"):
                words = frame(sentence, token, code)
                found.setdefault(token.lemma.lower(), set()).update(words)
                found.setdefault(token.text.lower(), set()).update(words)
        return {lemma: frozenset(words) for lemma, words in found.items()}

    return per_article(analysis, "distractor_frames", build)


def shares_frame(word: str, lemma: str, answer: frozenset[str], analysis: Analysis) -> bool:
    """The text uses ``word`` (of ``lemma``) beside a word of the answer's frame."""
    frames = article_frames(analysis)
    used = frames.get(lemma.lower(), frozenset()) | frames.get(word.lower(), frozenset())
    return bool(used & answer)
