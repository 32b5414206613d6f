"""``vocab.v1``: word cards. Front: the word, its class and gender. Back: the forms
seen in the article, an example sentence with the word marked, and a gloss."""

from __future__ import annotations

from quizgen.extract.vocabulary import VocabEntry
from quizgen.generate.context import Candidate, GenerationContext
from quizgen.generate.registry import register
from quizgen.items import Item

GENDER_LABELS = {"common": "fælleskøn", "neuter": "intetkøn"}


def front(entry: VocabEntry) -> str:
    parts = [entry.word_class]
    if entry.gender:
        parts.append(f"{GENDER_LABELS[entry.gender]}: {entry.article} {entry.lemma}")
    return f"{entry.lemma} ({', '.join(parts)})"


def forms_text(entry: VocabEntry) -> str:
    return "; ".join(f"{f.text} ({f.description})" for f in entry.forms)


def marked_example(ctx: GenerationContext, entry: VocabEntry) -> str:
    occurrence = entry.occurrences[0]
    sentence = ctx.sentence(occurrence.sentence)
    first, last = sentence.tokens[occurrence.tokens[0]], sentence.tokens[occurrence.tokens[-1]]
    start, end = first.idx, last.idx + len(last.text)
    return f"{sentence.text[:start]}**{sentence.text[start:end]}**{sentence.text[end:]}"


@register("vocab.v1", kind="vocab")
def make_vocab(ctx: GenerationContext) -> list[Candidate]:
    out: list[Candidate] = []
    for entry in ctx.vocabulary:
        example = marked_example(ctx, entry)
        answer = forms_text(entry)
        if entry.gloss:
            answer = f"{entry.gloss} — {answer}"
        item = Item(
            id=ctx.item_id("vocab", entry.example, entry.lemma),
            kind="vocab",
            prompt=front(entry),
            answer=answer,
            source=entry.example,
            article_id=ctx.article_id,
            level=entry.level,
            tags=("vocab", entry.pos.lower()),
            lemma=entry.lemma,
            sentence_index=entry.example_sentence,
            extra={
                "lemma": entry.lemma,
                "pos": entry.pos,
                "word_class": entry.word_class,
                "gender": entry.gender,
                "article": entry.article,
                "forms": forms_text(entry),
                "example": example,
                "gloss": entry.gloss,
                "level": entry.level,
            },
        )
        out.append(Candidate(item, entry.score, entry.lemma))
    return out
