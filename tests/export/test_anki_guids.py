"""Note GUIDs from the article's identity and each item's anchor (issue 18)."""

from __future__ import annotations

import dataclasses

from anki_support import S1, S2, sample_items, sample_source

from quizgen.export.anki.guids import article_identity, item_anchor, normalise, note_guid
from quizgen.reading.article import article_from_text


def test_anki_guids_normalise_ignores_case_space_and_typography() -> None:
    typeset = "  \u00abHej\u00bb\u00a0\u2013  VERDEN\u2019s\n"
    assert normalise(typeset) == normalise('"hej" - verden\'s')
    assert normalise("Hej verden") != normalise("Hej verdén")


def test_anki_guids_identity_prefers_the_given_id() -> None:
    assert article_identity("art-7", "Titel", "https://a") == article_identity(
        " ART-7 ", "Anden titel", ""
    )
    assert article_identity("", "Titel", "https://a") != article_identity("", "Titel", "https://b")
    assert article_identity("", "Titel", "") == article_identity("", " titel ", "")


def test_anki_guids_typo_in_one_sentence_changes_only_its_items() -> None:
    identity = sample_source().identity
    items = sample_items()
    fixed = S2.replace("nyhedsbureauet", "nyhedsbureauet")  # the same sentence
    retyped = S1.replace("østlige", "ostlige")
    changed = tuple(
        dataclasses.replace(i, source=retyped, prompt=i.prompt.replace("østlige", "ostlige"))
        if i.source == S1 and i.kind != "vocab" else i
        for i in items
    )  # fmt: skip
    assert fixed == S2
    for old, new in zip(items, changed, strict=True):
        same = note_guid(identity, old) == note_guid(identity, new)
        assert same == (old.source != S1 or old.kind == "vocab"), old


def test_anki_guids_word_card_is_its_word_not_its_sentence() -> None:
    word = next(i for i in sample_items() if i.kind == "vocab")
    moved = dataclasses.replace(word, source="En helt anden sætning.")
    assert item_anchor(word) == item_anchor(moved)
    assert item_anchor(word) != item_anchor(dataclasses.replace(word, lemma="lomme2"))


def test_anki_guids_article_body_is_not_part_of_the_guid() -> None:
    first = sample_source()
    edited = dataclasses.replace(first, article_id="another-body-hash")
    item = first.items[0]
    assert note_guid(first.identity, item) == note_guid(edited.identity, item)
    retitled = dataclasses.replace(first, title="Ny titel")
    assert note_guid(first.identity, item) != note_guid(retitled.identity, item)


def test_anki_guids_front_matter_id_reaches_the_article() -> None:
    article = article_from_text("---\nid: uge-12\ntitle: T\n---\nHan går hjem.\n", "a.md")
    assert article.given_id == "uge-12" and article.title == "T"
    assert article_from_text("Han går hjem.\n", "a.txt").given_id == ""


def test_anki_guids_inspect_json_shows_each_items_note_guid() -> None:
    from analysis_builders import analysis_from_file

    from quizgen.config.schema import Config
    from quizgen.export.anki import DeckSource, build_package
    from quizgen.export.document import result_document
    from quizgen.generate import generate

    analysis = analysis_from_file("bundled_article.analysis")
    generated = generate(analysis, Config())
    document = result_document(analysis, generated)
    article = analysis.article
    source = DeckSource(article.id, article.title, "s", tuple(generated.items), article.source)
    package = build_package([source], Config().anki)
    written = [note.guid for deck in package.decks for note in deck.notes]
    assert [i["anki_guid"] for i in document["items"]] == written
