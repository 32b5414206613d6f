"""The NLP layer: the only package that imports spaCy.

It chooses and loads a pipeline once per process and turns spaCy ``Doc``s into
the plain values of ``quizgen.analysis``; nothing downstream sees spaCy.

Pipeline choice, in order: the pipeline named in config (an installed package
such as ``da_core_news_sm``, or a folder); else the Danish pipeline shipped
inside quizgen; else a clearly labelled degraded fallback (blank Danish
tokenizer, rule-based sentence splitting, lookup lemmas). Nothing is ever
downloaded.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from quizgen.analysis import Analysis, Article, Entity, PipelineInfo, Sentence, Token
from quizgen.config.nlp import NlpConfig
from quizgen.errors import ModelError

# Importing registers the shipped pipeline's own components with spaCy.
from quizgen.nlp import entity_vote as entity_vote
from quizgen.nlp import half_weights as half_weights
from quizgen.nlp import lemma_lookup as lemma_lookup
from quizgen.nlp import lexicon_features as lexicon_features
from quizgen.nlp import lexicon_lemmas as lexicon_lemmas
from quizgen.nlp import news_sources as news_sources
from quizgen.nlp import sentence_rules as sentence_rules

SHIPPED_PIPELINE_DIR = Path(__file__).parent.parent / "models" / "da_quizgen"
# Limits that keep the work bounded whatever the input (issue 12): extraction and
# generation look at pairs of tokens in a sentence, so a 50 000-word "sentence" would
# run for hours. A paragraph is given to spaCy in pieces of at most MAX_CHUNK_CHARS,
# cut at a sentence end where there is one; a sentence of more than
# MAX_SENTENCE_TOKENS tokens (a list or a text without full stops, not one a learner
# reads) is left out of the analysis. The article text itself keeps everything.
MAX_CHUNK_CHARS = 10_000
MAX_SENTENCE_TOKENS = 150
# Only the start of a longer article is analysed (a reading text is 2-20 000 characters;
# a 2 MB one would take minutes): the build says so in one warning.
MAX_ANALYSED_CHARS = 100_000


@dataclass(frozen=True)
class Pipeline:
    """A loaded spaCy pipeline and what it is."""

    nlp: Language
    info: PipelineInfo
    batch_size: int = 8

    def analyze(self, articles: Sequence[Article]) -> list[Analysis]:
        return analyze(articles, self)


def load_pipeline(config: NlpConfig) -> Pipeline:
    """Load the pipeline ``config`` asks for (cached: loaded once per process)."""
    nlp, info = _load_cached(config.model)
    return Pipeline(nlp=nlp, info=info, batch_size=config.batch_size)


@functools.lru_cache(maxsize=4)
def _load_cached(requested: str) -> tuple[Language, PipelineInfo]:
    notes: list[str] = []
    if requested:
        try:
            nlp = spacy.load(requested)
        # Anything can fail in a module that is not a pipeline ("rich": AttributeError).
        except (OSError, ImportError, ValueError, AttributeError, TypeError, KeyError) as error:
            notes.append(
                f"spaCy pipeline '{requested}' from config nlp.model could not be loaded "
                f"({_first_line(error)}); install it with pip or fix nlp.model"
            )
        else:
            return _ensure_sentences(nlp), _info(nlp, warning="; ".join(notes))
    if SHIPPED_PIPELINE_DIR.joinpath("meta.json").exists():
        try:
            nlp = spacy.load(SHIPPED_PIPELINE_DIR)
        except (OSError, ValueError) as error:
            notes.append(f"the shipped Danish pipeline is broken ({_first_line(error)})")
        else:
            return _ensure_sentences(nlp), _info(nlp, warning="; ".join(notes))
    else:
        notes.append(f"the shipped Danish pipeline is missing at {SHIPPED_PIPELINE_DIR}")
    nlp = _degraded_pipeline()
    notes.append(
        "using a degraded fallback: tokens, sentences and lookup lemmas only; no parts of "
        "speech, morphology, dependency parse or named entities, so few items can be made. "
        "Reinstall quizgen or install a Danish spaCy pipeline (e.g. da_core_news_sm) and set "
        "nlp.model"
    )
    info = _info(nlp, warning="; ".join(notes))
    return nlp, replace(info, name="blank:da", degraded=True)


def _degraded_pipeline() -> Language:
    nlp = spacy.blank("da")
    nlp.add_pipe("sentencizer")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            nlp.initialize()
    except (OSError, ValueError, ImportError) as error:
        raise ModelError(
            f"no Danish pipeline could be loaded, not even the fallback ({_first_line(error)})",
            "Reinstall quizgen with `pip install --force-reinstall quizgen`.",
        ) from error
    return nlp


def _ensure_sentences(nlp: Language) -> Language:
    # A pipeline without parser or senter gives no sentence boundaries.
    if not {"parser", "senter", "sentencizer"} & set(nlp.pipe_names):
        nlp.add_pipe("sentencizer", first=True)
    return nlp


def _info(nlp: Language, warning: str = "") -> PipelineInfo:
    meta: dict[str, Any] = nlp.meta
    lang = str(meta.get("lang", "da"))
    name = str(meta.get("name", "pipeline"))
    full_name = name if name.startswith(f"{lang}_") else f"{lang}_{name}"
    return PipelineInfo(
        name=full_name,
        version=str(meta.get("version", "")),
        components=tuple(nlp.pipe_names),
        warning=warning,
    )


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:160] if text else type(error).__name__


def analyze(articles: Sequence[Article], pipeline: Pipeline) -> list[Analysis]:
    """Analyse several articles with one ``nlp.pipe`` pass over all their paragraphs.

    Paragraphs are processed separately so that no sentence crosses a paragraph break.
    """
    jobs = [
        (article_index, paragraph_index, offset, paragraph)
        for article_index, article in enumerate(articles)
        for paragraph_index, offset, paragraph in _paragraphs(article.text[:MAX_ANALYSED_CHARS])
    ]
    docs = pipeline.nlp.pipe((job[3] for job in jobs), batch_size=pipeline.batch_size)
    sentences: list[list[Sentence]] = [[] for _ in articles]
    entities: list[list[Entity]] = [[] for _ in articles]
    for (article_index, paragraph_index, offset, _), doc in zip(jobs, docs, strict=True):
        found, spans = doc_sentences(
            doc, first_index=len(sentences[article_index]), paragraph=paragraph_index, offset=offset
        )
        sentences[article_index].extend(found)
        entities[article_index].extend(spans)
    return [
        Analysis(
            article=article,
            sentences=tuple(sentences[n]),
            entities=tuple(entities[n]),
            pipeline=_cut_note(pipeline.info, article),
        )
        for n, article in enumerate(articles)
    ]


def _cut_note(info: PipelineInfo, article: Article) -> PipelineInfo:
    if len(article.text) <= MAX_ANALYSED_CHARS:
        return info
    note = (
        f"{article.origin or article.title}: only the first {MAX_ANALYSED_CHARS:,} of "
        f"{len(article.text):,} characters were analysed; split the text into several articles"
    )
    return replace(info, warning="; ".join(filter(None, (info.warning, note))))


def _paragraphs(text: str) -> Iterable[tuple[int, int, str]]:
    """Non-blank paragraphs, numbered, with their character offsets in ``text``; a
    paragraph over ``MAX_CHUNK_CHARS`` comes in several pieces with the same number."""
    offset, number = 0, 0
    for chunk in text.split("\n\n"):
        stripped = chunk.strip()
        if stripped:
            for start, piece in _pieces(offset + chunk.index(stripped), stripped):
                yield number, start, piece
            number += 1
        offset += len(chunk) + 2


def _pieces(offset: int, text: str) -> Iterable[tuple[int, str]]:
    """``text`` cut into pieces of at most ``MAX_CHUNK_CHARS``: after the last full stop
    (or ! or ?) in the window, else at the last space, else anywhere."""
    while len(text) > MAX_CHUNK_CHARS:
        window = text[:MAX_CHUNK_CHARS]
        cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? ")) + 1
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = MAX_CHUNK_CHARS
        piece = text[:cut].rstrip()
        rest = text[cut:].lstrip()
        if piece:
            yield offset, piece
        offset += len(text) - len(rest)
        text = rest
    if text:
        yield offset, text


def doc_sentences(
    doc: Doc, *, first_index: int = 0, paragraph: int = 0, offset: int = 0
) -> tuple[list[Sentence], list[Entity]]:
    """The sentences and entities of one paragraph's ``Doc`` as plain values.

    ``offset`` is the paragraph's character offset in the article text.
    """
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    for sent in doc.sents:
        if len(sent) > MAX_SENTENCE_TOKENS:
            continue
        index = first_index + len(sentences)
        sentences.append(_sentence(sent, index, paragraph, offset))
        entities.extend(_entities(doc, sent, index))
    return sentences, entities


def _sentence(sent: SpacySpan, index: int, paragraph: int, offset: int) -> Sentence:
    start = sent.start
    tokens = tuple(
        Token(
            i=tok.i - start,
            text=tok.text,
            lemma=tok.lemma_ or tok.text.lower(),
            pos=tok.pos_,
            morph=str(tok.morph),
            dep=tok.dep_,
            # A head outside the sentence would be a dangling index: treat it as a root.
            head=tok.head.i - start if sent.start <= tok.head.i < sent.end else tok.i - start,
            ent_type=tok.ent_type_,
            ent_iob=tok.ent_iob_ or "O",
            whitespace=tok.whitespace_,
            idx=tok.idx - sent.start_char,
            tag=tok.tag_,
        )
        for tok in sent
    )
    if tokens:
        tokens = (*tokens[:-1], replace(tokens[-1], whitespace=""))
    return Sentence(
        index=index,
        text=sent.text,
        tokens=tokens,
        paragraph=paragraph,
        start=offset + sent.start_char,
    )


def _entities(doc: Doc, sent: SpacySpan, index: int) -> list[Entity]:
    return [
        Entity(
            text=ent.text,
            label=ent.label_,
            sentence=index,
            start=max(ent.start, sent.start) - sent.start,
            end=min(ent.end, sent.end) - sent.start,
        )
        for ent in doc.ents
        if ent.start < sent.end and ent.end > sent.start
    ]
