"""What the article is about: a question whose answer is that (``Hvad kan leve i 40
år?`` -> ``skildpadden`` in an article about the turtle) tests nothing."""

from __future__ import annotations

from collections import Counter

from quizgen.analysis import Analysis, Sentence

MIN_MENTIONS = 4  # fewer, and the word is one of several things the text is about
SHARE_OF_TOP = 0.75  # words mentioned nearly as often as the most mentioned one count too


def topic_words(analysis: Analysis) -> frozenset[str]:
    """The most mentioned noun or name lemmas, and the words of a title that is a heading
    of its own (not the first words of the text cut short)."""
    counts: Counter[str] = Counter()
    for s in analysis.sentences:
        counts.update({_key(s, t.i) for t in s.tokens if t.pos in ("NOUN", "PROPN")})
    top = max(counts.values(), default=0)
    found = {w for w, n in counts.items() if n >= MIN_MENTIONS and n >= SHARE_OF_TOP * top}
    title = analysis.article.title.rstrip("…").strip()
    first = analysis.sentences[0].text if analysis.sentences else ""
    if title and not first.startswith(title):  # a title of its own, not the opening cut
        # three letters, for "bog" in a title like "Min bog om haver"
        found |= {w.lower().strip(".,:;!?()\"'") for w in title.split() if len(w) >= 3}
    return frozenset(w for w in found if w)


def lead_words(analysis: Analysis, skip: frozenset[int] = frozenset()) -> frozenset[str]:
    """Who or what the opening sentence is about (its subject; a name it opens with when
    the parser found no clause): the person or thing the text follows, guessed without
    reading by any later question that has it as its answer ("Hvem var venlig over for
    europæiske rejsende?" -> "Mzilikazi", in the article on him)."""
    first = next((s for s in analysis.sentences if s.index not in skip), None)
    if first is None or not first.tokens:
        return frozenset()
    root = next((t for t in first.tokens if t.head == t.i or t.dep.upper() == "ROOT"), None)
    if root is None:
        return frozenset()
    found = {
        _key(first, t.i)
        for t in first.children(root.i)
        if t.dep in ("nsubj", "nsubj:pass") and t.pos in ("NOUN", "PROPN")
    }
    opening = first.tokens[0]
    if not found and opening.i == root.i and opening.pos == "PROPN":
        found.add(_key(first, opening.i))
    return frozenset(found)


def _key(s: Sentence, i: int) -> str:
    token = s.tokens[i]
    return (token.text if token.pos == "PROPN" else token.lemma).lower()


def about_topic(s: Sentence, answer: tuple[int, ...], topic: frozenset[str]) -> bool:
    """The answer's head word is one of the article's topic words."""
    inside = set(answer)
    heads = [i for i in answer if s.tokens[i].head not in inside or s.tokens[i].head == i]
    return any(_key(s, i) in topic or s.tokens[i].text.lower() in topic for i in heads)
