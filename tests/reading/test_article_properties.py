"""Properties of article parsing that must hold for any input."""

from __future__ import annotations

import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.errors import InputError
from quizgen.reading.article import parse_article

DANISH_LETTERS = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ"
words = st.text(alphabet=DANISH_LETTERS, min_size=1, max_size=12)
sentences = st.lists(words, min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")
paragraphs = st.lists(sentences, min_size=1, max_size=4).map(" ".join)
articles = st.lists(paragraphs, min_size=1, max_size=4).map("\n\n".join)


@settings(max_examples=60, deadline=None)
@given(articles)
def test_article_id_same_in_every_encoding(text: str) -> None:
    encodings = [
        text.encode("utf-8"),
        codecs.BOM_UTF8 + text.encode("utf-8"),
        codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        text.replace("\n", "\r\n").encode("cp1252"),
    ]
    parsed = [parse_article(data, "a.txt") for data in encodings]
    assert len({a.id for a in parsed}) == 1
    assert len({a.text for a in parsed}) == 1


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_article_any_bytes_give_an_article_or_an_input_error(data: bytes) -> None:
    try:
        article = parse_article(data, "a.txt")
    except InputError as error:
        assert str(error).startswith("a.txt: ")
    else:
        assert article.text.strip()
        assert "\r" not in article.text
        assert len(article.id) == 16
        assert article.title.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_article_any_text_gives_an_article_or_an_input_error(text: str) -> None:
    try:
        article = parse_article(text.encode("utf-8", "surrogatepass"), "a.md")
    except InputError:
        return
    assert article.text == article.text.strip()
    assert "\n\n\n" not in article.text
    assert article.title.strip()
