"""The analysis of an article as one JSON-ready document (``quizgen inspect --json``)."""

from __future__ import annotations

import dataclasses
from typing import Any

from quizgen.analysis import Analysis, Sentence, Token
from quizgen.export.anki.guids import article_identity, note_guid
from quizgen.generate.codec import item_to_json

SCHEMA_VERSION = 1


def token_json(token: Token) -> dict[str, Any]:
    return {
        "text": token.text,
        "lemma": token.lemma,
        "pos": token.pos,
        "morph": token.morph,
        "dep": token.dep,
        "head": token.head,
        "ent": f"{token.ent_iob}-{token.ent_type}" if token.ent_type else "O",
    }


def sentence_json(sentence: Sentence) -> dict[str, Any]:
    return {
        "index": sentence.index,
        "paragraph": sentence.paragraph,
        "text": sentence.text,
        "tokens": [token_json(t) for t in sentence.tokens],
    }


def analysis_document(analysis: Analysis) -> dict[str, Any]:
    article = analysis.article
    return {
        "schema": SCHEMA_VERSION,
        "article": {
            "id": article.id,
            "title": article.title,
            "date": article.date,
            "source": article.source,
            "language": article.language,
            "origin": article.origin,
        },
        "pipeline": {
            "name": analysis.pipeline.name,
            "version": analysis.pipeline.version,
            "degraded": analysis.pipeline.degraded,
            "components": list(analysis.pipeline.components),
        },
        "sentences": [sentence_json(s) for s in analysis.sentences],
        "entities": [dataclasses.asdict(e) for e in analysis.entities],
    }


def result_document(analysis: Analysis, generated: Any) -> dict[str, Any]:
    """The analysis plus what was generated from it: vocabulary, facts, items, report."""
    document = analysis_document(analysis)
    document["vocabulary"] = [dataclasses.asdict(v) for v in generated.vocabulary]
    document["facts"] = [dataclasses.asdict(f) for f in generated.facts]
    article = analysis.article
    identity = article_identity(article.given_id, article.title, article.source)
    # Each item's Anki note GUID, as `quizgen build` writes it.
    document["items"] = [
        item_to_json(i) | {"anki_guid": note_guid(identity, i)} for i in generated.items
    ]
    document["report"] = dataclasses.asdict(generated.report)
    return document
