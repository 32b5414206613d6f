"""Articles in every encoding an editor is likely to save Danish text in."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from quizgen.errors import InputError
from quizgen.reading.article import parse_article, read_article
from quizgen.reading.decoding import decode_text

ARTICLES = Path(__file__).parents[1] / "data" / "articles"
LIMIT = 5_000_000
EXPECTED_START = "Æbletræerne på Ærø står i blomst, og børnene på øen glæder sig til sommeren."
EXPECTED_QUOTE = "„Vi får flere gæster hvert år“, siger borgmesteren \u2013 og han smiler."

ENCODED = [
    "danish_utf8.txt",
    "danish_utf8_bom.txt",
    "danish_utf16le_bom.txt",
    "danish_utf16be_bom.txt",
    "danish_cp1252.txt",
    "danish_crlf_trailing_space.txt",
]


@pytest.mark.parametrize("name", ENCODED)
def test_article_encoding_keeps_danish_letters(name: str) -> None:
    article = read_article(ARTICLES / name, max_bytes=LIMIT)
    assert article.paragraphs[0].startswith(EXPECTED_START)
    assert article.paragraphs[1] == EXPECTED_QUOTE
    assert "\ufeff" not in article.text
    assert "\r" not in article.text


def test_article_encoding_does_not_change_the_id() -> None:
    ids = {read_article(ARTICLES / name, max_bytes=LIMIT).id for name in ENCODED}
    assert len(ids) == 1


def test_article_encoding_cp1252_curly_quotes_and_dash() -> None:
    # 0x84, 0x93 and 0x96 are „ “ and an en dash in Windows-1252, control codes in Latin-1.
    assert decode_text(b"\x84Hej\x93 \x96 \xe6\xf8\xe5", "x") == "„Hej“ \u2013 æøå"


def test_article_encoding_utf16_without_bom_is_recognised() -> None:
    data = "Det er en tekst om Ærø og Åbenrå.".encode("utf-16-le")
    assert decode_text(data, "x") == "Det er en tekst om Ærø og Åbenrå."


def test_article_encoding_broken_utf16_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        decode_text(codecs.BOM_UTF16_LE + b"H\x00\x00\xd8", "x.txt")
    assert "not valid UTF-16-LE" in str(caught.value)
    assert "save it again as UTF-8" in str(caught.value)


def test_article_encoding_nul_bytes_are_binary() -> None:
    with pytest.raises(InputError) as caught:
        parse_article(b"Hej\x00\x00\x00\x01\x02 med dig\x00\xff", "x.txt")
    assert "binary data" in str(caught.value)


def test_article_encoding_control_characters_are_binary() -> None:
    data = bytes(range(1, 9)) * 50 + b"Hej med dig"
    with pytest.raises(InputError):
        decode_text(data, "x.txt")


def test_article_encoding_decomposed_letters_are_composed() -> None:
    composed = parse_article("Vi bor på Ærø.".encode(), "a.txt")
    decomposed = parse_article("Vi bor pa\u030a Ærø.".encode(), "b.txt")
    assert decomposed.text == composed.text
    assert decomposed.id == composed.id
