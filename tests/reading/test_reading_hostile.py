"""Issue 12: hostile, odd and large articles give one clear InputError or an article, fast."""

from __future__ import annotations

import io
import sys
import time
import warnings

import pytest

from quizgen.errors import InputError
from quizgen.reading.article import derive_title, parse_article, read_article
from quizgen.reading.decoding import ReadingWarning, decode_text
from quizgen.reading.header import split_header
from quizgen.reading.markup import markdown_blocks

LIMIT = 5_000_000
SENTENCE = "Byen Baghouz ligger i det østlige Syrien, og der bor mange mennesker. "


def _front_matter(yaml_text: str) -> bytes:
    return f"---\n{yaml_text}\n---\n{SENTENCE}\n".encode()


def _fast(seconds: float, work: object) -> None:
    start = time.perf_counter()
    assert callable(work)
    work()
    assert time.perf_counter() - start < seconds


def test_header_front_matter_aliases_are_refused() -> None:
    laughs = "\n".join(
        [
            'a: &a ["x","x","x","x","x","x","x","x","x"]',
            "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
            "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
            "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
            "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
            "title: [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
        ]
    )
    with pytest.raises(InputError) as caught:
        parse_article(_front_matter(laughs), "x.md")
    assert "aliases" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_header_impossible_date_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        parse_article(_front_matter("date: 2019-02-30"), "x.md")
    message = str(caught.value)
    assert "2019-02-30" in message and "line 2" in message and "\n" not in message


def test_header_quoted_impossible_date_is_kept_as_text() -> None:
    assert parse_article(_front_matter('date: "2019-02-30"'), "x.md").date == "2019-02-30"


def test_header_5000_digit_number_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        parse_article(_front_matter("title: " + "7" * 5000), "x.md")
    assert "too many digits" in str(caught.value)
    assert len(str(caught.value)) < 300


def test_header_deeply_nested_front_matter_is_an_input_error() -> None:
    with pytest.raises(InputError):
        parse_article(_front_matter("title: " + "[" * 5000 + "]" * 5000), "x.md")


def test_header_long_runs_of_spaces_are_linear() -> None:
    spaces = " " * 200_000
    _fast(2, lambda: split_header(f"title: a{spaces}b\nTekst.", "x.txt"))
    _fast(2, lambda: split_header(f"title a{spaces}b{spaces}\nTekst.", "x.txt"))


def test_header_title_words_stop_at_the_next_header_word() -> None:
    header, body = split_header("title Byen  falder   source dr.dk Tekst her.", "x.txt")
    assert (header.title, header.source, body) == ("Byen falder", "dr.dk", "Tekst her.")


def test_markup_repeated_unclosed_strong_is_fast() -> None:
    # The old inline regexes took 58 s and 1.3 GB on this.
    text = "**a " * 16_000
    _fast(5, lambda: markdown_blocks(text))
    assert markdown_blocks(text)[0][1].startswith("**a **a")


def test_markup_indented_paragraphs_are_prose_not_code() -> None:
    assert markdown_blocks("    Dette er et indrykket afsnit.") == [
        ("paragraph", "Dette er et indrykket afsnit.")
    ]


def test_markup_html_and_comments_leave_their_text_only() -> None:
    text = "<!-- note -->\n\n<div>\nByen er <b>stor</b>.\n</div>\n\nSlut &amp; farvel."
    blocks = markdown_blocks(text)
    assert blocks == [("paragraph", "Byen er stor."), ("paragraph", "Slut & farvel.")]


def test_markup_code_fences_and_rules_are_dropped() -> None:
    blocks = markdown_blocks("Før.\n\n```\nkode\n```\n\n---\n\nEfter.")
    assert blocks == [("paragraph", "Før."), ("paragraph", "Efter.")]


def test_article_title_of_a_run_of_dots_is_fast() -> None:
    _fast(2, lambda: derive_title("Hej" + "." * 300_000 + "x"))
    _fast(2, lambda: derive_title("a. " * 300_000))


def test_article_stdin_markdown_clues_are_linear() -> None:
    data = b"Tekst." + b"\n" * 1_000_000 + b"x"
    _fast(3, lambda: read_article("-", max_bytes=LIMIT, stdin=io.BytesIO(data)))


def test_article_closed_stdin_is_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError) as caught:
        read_article("-", max_bytes=LIMIT)
    assert "closed" in str(caught.value)
    assert caught.value.exit_code == 2


def test_decoding_stray_byte_in_utf8_is_replaced_with_a_warning() -> None:
    data = ("Byen i det østlige Syrien.\nDer bor mange på øen ").encode() + b"\xff" + b" i dag."
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = decode_text(data, "x.txt")
    assert text == "Byen i det østlige Syrien.\nDer bor mange på øen \ufffd i dag."
    (warning,) = caught
    assert issubclass(warning.category, ReadingWarning)
    assert "byte 51" in str(warning.message) and "line 2" in str(warning.message)


def test_decoding_legacy_file_is_still_windows_1252() -> None:
    text = "Byen i det østlige Syrien \u2013 på Ærø."
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert decode_text(text.encode("cp1252"), "x.txt") == text


def test_article_two_megabytes_are_read_quickly() -> None:
    data = (SENTENCE * (2_000_000 // len(SENTENCE))).encode()
    _fast(10, lambda: parse_article(data, "x.txt"))
    _fast(20, lambda: parse_article(data, "x.md"))


def test_article_one_sentence_of_200k_characters_is_read_quickly() -> None:
    data = ("ord " * 50_000).encode()
    _fast(5, lambda: parse_article(data, "x.txt"))
    _fast(10, lambda: parse_article(data, "x.md"))
