"""Generation's random choices hang off the article's identity and each item's own
anchor, never off the body hash: correcting one word redraws nothing elsewhere."""

from __future__ import annotations

import dataclasses

from analysis_builders import analysis_from_file

from quizgen.analysis import Analysis, Article
from quizgen.config.schema import Config
from quizgen.generate import generate
from quizgen.generate.context import Candidate, GenerationContext
from quizgen.generate.kinds.choice import _item as choice_item
from quizgen.generate.quality import select
from quizgen.items import Item
from quizgen.lang.da import DANISH


def _article(article_id: str, **changes: str) -> Analysis:
    analysis = analysis_from_file("bundled_article.analysis", article_id=article_id)
    return dataclasses.replace(analysis, article=dataclasses.replace(analysis.article, **changes))


def _ctx(analysis: Analysis) -> GenerationContext:
    return GenerationContext(analysis, (), (), Config())


def _draws(ctx: GenerationContext, salt: str, *anchor: str) -> list[float]:
    rng = ctx.rng(salt, *anchor)
    return [rng.random() for _ in range(3)]


def test_context_rng_ignores_the_article_body_hash() -> None:
    one, other = _ctx(_article("aaaa")), _ctx(_article("bbbb"))
    assert _draws(one, "truefalse:3") == _draws(other, "truefalse:3")


def test_context_rng_depends_on_identity_salt_and_anchor() -> None:
    ctx = _ctx(_article("aaaa"))
    base = _draws(ctx, "choice", "En sætning.", "hvem")
    assert _draws(ctx, "choice", " en  SÆTNING. ", "Hvem") == base  # compared normalised
    assert _draws(ctx, "choice", "En anden sætning.", "hvem") != base
    assert _draws(ctx, "truefalse", "En sætning.", "hvem") != base
    assert _draws(
        _ctx(_article("aaaa", given_id="artikel-7")), "choice", "En sætning.", "hvem"
    ) != (base)


def test_analysis_article_identity_is_given_id_else_title_and_source() -> None:
    article = Article(id="x", text="Brødtekst.", title="Titel", source="https://a.dk")
    assert article.identity == dataclasses.replace(article, id="y", text="Andet.").identity
    assert article.identity != dataclasses.replace(article, title="Ny titel").identity
    given = dataclasses.replace(article, given_id="a-7")
    assert given.identity == dataclasses.replace(given, title="Ny titel").identity


def test_choice_options_order_depends_on_the_item_not_the_body_or_draw_order() -> None:
    one, other = _ctx(_article("aaaa")), _ctx(_article("bbbb"))
    first = choice_item(one, "Hvem [...]?", "AP", ["DR", "Reuters", "AFP"], 2, "who")
    again = choice_item(other, "Hvem [...]?", "AP", ["AFP", "DR", "Reuters"], 2, "who")
    assert first.id != again.id  # the practice store's key still follows the body
    assert first.choices == again.choices


def test_choice_items_keep_their_options_when_the_body_hash_changes() -> None:
    def choices(article_id: str) -> dict[tuple[str, str], tuple[str, ...]]:
        items = generate(_article(article_id), Config()).items
        return {(i.prompt, i.answer): i.choices for i in items if i.kind == "choice"}

    before, after = choices("aaaa"), choices("bbbb")
    assert before and before == after


def _candidate(item_id: str, sentence: int, target: str) -> Candidate:
    item = Item(item_id, "cloze", f"Sætning {sentence} med [...].", f"ord{sentence}", "s")
    return Candidate(dataclasses.replace(item, sentence_index=sentence), 1.0, target)


def test_quality_select_breaks_ties_by_the_item_not_its_id() -> None:
    def picked(first_id: str, second_id: str) -> int:
        pair = [_candidate(first_id, 1, "ord"), _candidate(second_id, 2, "ord")]
        kept, _, _ = select(pair, 1, 1, DANISH)
        return kept[0].item.sentence_index

    # The ids hash the whole body: swapping them must not change which item wins.
    assert picked("0000", "ffff") == picked("ffff", "0000")
