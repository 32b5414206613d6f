"""The article reader on random Unicode, Markdown and front matter (issue 12): an article
or one of quizgen's documented input errors, never anything else, and in bounded time."""

from __future__ import annotations

import functools
import time
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.errors import InputError
from quizgen.reading.article import parse_article

SECONDS_PER_ARTICLE = 5.0  # generous: CI machines are busy; the old regexes took minutes

markdown_pieces = st.sampled_from(
    [
        "**", "*", "_", "__", "~~", "`", "```\n", "[", "]", "(", ")", "![", "](", "<", ">",
        "<b>", "</b>", "<!--", "-->", "# ", "## ", "\n", "\n\n", "- ", "1. ", "> ", "---\n",
        "===\n", "    ", "\\", "&amp;", "&#", "http://x.dk", "Byen", " ", "ord", "æøå", ".",
    ]
)  # fmt: skip
markdown = st.lists(st.one_of(markdown_pieces, st.text(max_size=8)), max_size=80).map("".join)

yaml_scalars = st.one_of(
    st.sampled_from(
        [
            "2019-02-30", "2019-02-20", "1" * 5000, "~", "null", "yes", "[a, b]", "{a: 1}",
            "&a x", "*a", "!!binary x", "!!python/object:os.system x", "'quoted'", "\"x",
            "[[[[", ".inf", "0x1F", "1e999", "2019-02-20 10:00:00", "|\n  a\n  b",
        ]
    ),
    st.text(max_size=20),
)  # fmt: skip
yaml_keys = st.sampled_from(["title", "date", "source", "tags", "dato", "x", "? a", "- a", ""])
front_matter = st.lists(st.tuples(yaml_keys, yaml_scalars), max_size=6).map(
    lambda pairs: "---\n" + "\n".join(f"{k}: {v}" for k, v in pairs) + "\n---\n"
)


@functools.cache
def _warm_up() -> None:
    parse_article(b"Byen er stor.", "warm.txt")  # loads the language model once, untimed


def _read(text: str, origin: str) -> None:
    _warm_up()
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            article = parse_article(text.encode("utf-8", "surrogatepass"), origin)
        except InputError as error:
            assert str(error).startswith(f"{origin}: ")
            assert "\n" not in str(error)
        else:
            assert article.text.strip() and article.title.strip()
    assert time.perf_counter() - start < SECONDS_PER_ARTICLE


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_article_random_unicode_is_read_or_refused(text: str) -> None:
    _read(text, "a.txt")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown)
def test_markup_random_markdown_is_read_or_refused(text: str) -> None:
    _read(text, "a.md")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front_matter, st.sampled_from(["Byen er stor.", "# Titel\n\nTekst her.", ""]))
def test_header_random_front_matter_is_read_or_refused(header: str, body: str) -> None:
    _read(header + body, "a.md")
