"""Header metadata, Markdown, paragraphs, titles and the stable id."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.errors import InputError
from quizgen.reading.article import derive_title, parse_article, read_article

ARTICLES = Path(__file__).parents[1] / "data" / "articles"
LIMIT = 5_000_000


def test_article_header_words_on_the_first_line_are_metadata() -> None:
    article = parse_article(
        b" date 2019-02 Byen Baghouz ligger i Syrien. Den er lille.\n\nMere tekst.",
        "seed.txt",
    )
    assert article.date == "2019-02"
    assert article.text == "Byen Baghouz ligger i Syrien. Den er lille.\n\nMere tekst."


def test_article_header_words_title_source_and_date() -> None:
    article = parse_article(
        b"title Byen falder source dr.dk date 2019-02-13 Byen Baghouz er faldet.", "x.txt"
    )
    assert (article.title, article.source, article.date) == ("Byen falder", "dr.dk", "2019-02-13")
    assert article.text == "Byen Baghouz er faldet."


def test_article_header_word_alone_on_its_line() -> None:
    article = parse_article(b"date 2019-02\nByen Baghouz er faldet.", "x.txt")
    assert article.date == "2019-02"
    assert article.text == "Byen Baghouz er faldet."


def test_article_header_word_without_a_date_is_text() -> None:
    article = parse_article(b"date night er et engelsk udtryk.", "x.txt")
    assert article.date == ""
    assert article.text == "date night er et engelsk udtryk."


def test_article_header_key_value_lines() -> None:
    article = read_article(ARTICLES / "key_value.txt", max_bytes=LIMIT)
    assert article.title == "Civile forlader Baghouz"
    assert article.date == "20. februar 2019"
    assert article.source == "DR Nyheder"
    assert article.text.startswith("Byen Baghouz")
    assert "Kilde" not in article.text


def test_article_header_front_matter_and_markdown() -> None:
    article = read_article(ARTICLES / "front_matter.md", max_bytes=LIMIT)
    assert article.title == "Civile forlader Baghouz"
    assert article.date == "2019-02-20"
    assert article.source == "https://www.dr.dk/nyheder"
    assert article.paragraphs == (
        "Byen Baghouz i det østlige Syrien er den sidste lomme af land, som Islamisk Stat "
        "har kontrol over. Det fortæller Reuters.",
        "Konvojen kører i dag.",
    )


def test_article_header_broken_front_matter_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        parse_article(b"---\ntitle: [oops\n---\nTekst her.", "x.md")
    assert "front matter between the '---' lines is not valid YAML" in str(caught.value)


def test_article_markdown_heading_is_the_title() -> None:
    article = read_article(ARTICLES / "heading.md", max_bytes=LIMIT)
    assert article.title == "Kurdiske styrker evakuerer civile"
    assert article.paragraphs == (
        "Byen Baghouz ligger i det østlige Syrien.",
        "Konvojen",
        "Mindst ti lastbiler forlader området via en korridor.",
        "mænd",
        "kvinder og børn",
    )


def test_article_markdown_inline_markup_is_removed() -> None:
    article = parse_article(
        b"Det er **fed**, *kursiv*, `kode`, ~~streg~~ og et ![billede](a.png)"
        b" [link](https://x.dk) med\n__to__ linjer, men snake_case_ord bliver.",
        "x.md",
    )
    assert article.text == (
        "Det er fed, kursiv, kode, streg og et billede link med to linjer, "
        "men snake_case_ord bliver."
    )


def test_article_plain_text_is_not_treated_as_markdown() -> None:
    article = parse_article(b"Prisen er 5 * 3 kroner, ikke *mere*.", "x.txt")
    assert article.text == "Prisen er 5 * 3 kroner, ikke *mere*."


def test_article_paragraph_lines_are_joined() -> None:
    article = parse_article(b"En linje\nog en til.\n\n\n\nNy   afsnit\there.", "x.txt")
    assert article.paragraphs == ("En linje og en til.", "Ny afsnit here.")
    assert article.text == "En linje og en til.\n\nNy afsnit here."


def test_article_headline_line_is_the_title() -> None:
    article = parse_article(b"Kurdere evakuerer civile\n\nByen Baghouz er her.", "x.txt")
    assert article.title == "Kurdere evakuerer civile"
    assert article.text == "Byen Baghouz er her."


def test_article_title_derived_from_first_sentence_at_a_clause() -> None:
    article = read_article(
        Path(__file__).parents[2] / "seeds" / "000_0ea3d618a2e44150.txt", max_bytes=LIMIT
    )
    assert article.title == "Byen Baghouz i det østlige Syrien er den sidste lomme af land…"


def test_article_title_short_sentence_is_kept_whole() -> None:
    assert derive_title("Solen skinner i dag. Det er varmt.") == "Solen skinner i dag"


def test_article_title_cut_at_a_word_boundary() -> None:
    body = "Ordene " + " ".join(["meget"] * 30) + " lange."
    title = derive_title(body, limit=40)
    assert title.endswith("…")
    assert len(title) <= 41
    assert title[:-1].split()[-1] == "meget"


def test_article_title_skips_abbreviations() -> None:
    assert derive_title("Han kom ca. kl. 10 til byen. Så gik han.") == "Han kom ca. kl. 10 til byen"


def test_article_id_is_stable_across_whitespace_and_line_endings() -> None:
    one = parse_article(b"Solen skinner.\n\nDet er varmt.\n", "a.txt")
    two = parse_article(b"  Solen skinner.  \r\n\r\n\r\nDet er varmt.   \r\n\r\n", "b.txt")
    assert one.id == two.id
    assert len(one.id) == 16
    int(one.id, 16)


def test_article_id_changes_with_the_text() -> None:
    one = parse_article(b"Solen skinner.", "a.txt")
    two = parse_article(b"Solen skinner ikke.", "a.txt")
    assert one.id != two.id


def test_article_id_ignores_metadata() -> None:
    plain = parse_article(b"Solen skinner.", "a.txt")
    with_header = parse_article(b"title: Vejret\ndate: 2024\n\nSolen skinner.", "b.txt")
    assert plain.id == with_header.id


def test_article_title_falls_back_to_the_file_name() -> None:
    assert parse_article(b"...", "noter/uge 7.txt").title == "uge 7"
    assert parse_article(b"!!!", "<stdin>").title == "Artikel"
