"""``Sentence.children`` and ``subtree`` read an index built once; they must say exactly
what a scan of every token says, whatever the parse (broken trees included)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizgen.analysis import Sentence, Token


def _scan_children(sentence: Sentence, head: int) -> tuple[Token, ...]:
    return tuple(t for t in sentence.tokens if t.head == head and t.i != head)


def _scan_subtree(sentence: Sentence, i: int) -> tuple[Token, ...]:
    keep = {i}
    changed = True
    while changed:
        changed = False
        for t in sentence.tokens:
            if t.i not in keep and t.head in keep and t.head != t.i:
                keep.add(t.i)
                changed = True
    return tuple(t for t in sentence.tokens if t.i in keep)


@st.composite
def sentences(draw: st.DrawFn) -> Sentence:
    size = draw(st.integers(min_value=1, max_value=12))
    # Any head, in range or not, self-loops and cycles too: parsers make such trees.
    heads = draw(st.lists(st.integers(-1, size), min_size=size, max_size=size))
    tokens = tuple(Token(i, f"w{i}", f"w{i}", "X", head=h) for i, h in enumerate(heads))
    return Sentence(0, " ".join(t.text for t in tokens), tokens)


@given(sentences(), st.integers(-1, 13))
def test_analysis_tree_index_matches_a_scan(sentence: Sentence, i: int) -> None:
    assert sentence.children(i) == _scan_children(sentence, i)
    assert sentence.subtree(i) == _scan_subtree(sentence, i)


def test_analysis_tree_index_does_not_change_equality() -> None:
    tokens = (Token(0, "Hun", "hun", "PRON", head=1), Token(1, "kom", "komme", "VERB", head=1))
    assert Sentence(0, "Hun kom", tokens) == Sentence(0, "Hun kom", tokens)
    assert hash(Sentence(0, "Hun kom", tokens)) == hash(Sentence(0, "Hun kom", tokens))
