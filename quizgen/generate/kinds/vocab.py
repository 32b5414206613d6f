"""The ``vocab`` kind: word cards (generator ``vocab.v1``). Front: the word, its
class and gender. Back: the forms seen in the article, an example sentence with
the word marked, and a gloss."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.config import anki_templates as tpl
from quizgen.extract.meanings import ASK_MEANING, LABELS
from quizgen.extract.vocabulary import VocabEntry
from quizgen.generate.checking import normalize
from quizgen.generate.context import Candidate, GenerationContext
from quizgen.generate.fieldhtml import GAP_LINE, escape, markdown, marked_source
from quizgen.generate.kinds.base import (
    AnswerMode,
    CardSlot,
    FieldContext,
    KindSpec,
    NoteType,
    QualityRules,
    WordCard,
)
from quizgen.generate.kinds.registry import register_kind
from quizgen.generate.registry import register
from quizgen.items import Item, KindData
from quizgen.lang import get_language
from quizgen.lang.cards import CardWords


@dataclass(frozen=True, slots=True)
class VocabData(KindData):
    """The word itself is ``Item.lemma``, its level ``Item.level``."""

    pos: str = ""  # UPOS
    word_class: str = ""  # as a grammar book names it ("substantiv")
    gender: str = ""  # common / neuter
    article: str = ""  # en / et
    forms: str = ""  # "huset (bestemt ental); huse (flertal)"
    example: str = ""  # the source sentence with the word in **
    gloss: str = ""
    entity: str = ""
    asked: str = ""  # the form the card asks for ("kongen"); "" when it asks the meaning
    gloss_source: str = ""  # glossary, dictionary, synonym or hypernym


@dataclass(frozen=True)
class VocabSpec(KindSpec[VocabData]):
    def note_type(self, words: CardWords) -> NoteType:
        return NoteType(
            "quizgen vocab v1",
            2076318940,
            tpl.NOTE_FIELDS["vocab"],
            (
                CardSlot("vocab", words.word_to_meaning),
                CardSlot("vocab_reversed", words.meaning_to_word, only_if="Reverse"),
            ),
            templates={
                "vocab": (tpl.VOCAB_FRONT, tpl.VOCAB_BACK),
                "vocab_reversed": (tpl.VOCAB_REVERSED_FRONT, tpl.VOCAB_REVERSED_BACK),
            },
        )

    def anki_fields(self, item: Item, ctx: FieldContext) -> dict[str, str]:
        data = self.data(item)
        meaning = escape(data.gloss)
        label = meaning_label(item)
        shown = f'{meaning} <span class="qg-label">({escape(label)})</span>' if label else meaning
        return {
            # The asked form alone; a card that asks the meaning has none, and the back
            # template shows the Meaning field as its answer instead.
            "Front": escape(item.prompt),
            "Back": "" if asks_meaning(item) else escape(item.answer),
            "Meaning": shown,
            "Grammar": grammar_line(item, ctx.words),
            "Audio": ctx.audio_tag,
            "Reverse": "y" if ctx.reverse and meaning else "",
            "Source": marked_source(item.source, data.example),
        }

    def spoken_word(self, item: Item) -> str:
        """The Danish word a vocabulary card is about, with en/et for nouns."""
        word = (item.lemma or item.prompt).strip()
        article = self.data(item).article.strip()
        return f"{article} {word}" if article and not word.startswith(article + " ") else word

    def worksheet_task(self, item: Item, words: CardWords) -> list[str]:
        return [f"**{markdown(item.prompt)}**: {GAP_LINE}"]

    def worksheet_key(self, item: Item, words: CardWords) -> str:
        return markdown(item.answer)

    def csv_answer(self, item: Item, words: CardWords) -> str:
        meaning = meaning_line(item)
        return f"{item.answer}\n{meaning}" if meaning else item.answer

    def meaning(self, item: Item) -> str:
        return meaning_line(item)

    def answer_mode(self, item: Item) -> AnswerMode:
        """A word card whose front already shows the word (as the generator's vocab
        cards do): nothing to type; the learner recalls, reveals the back and grades."""
        lemma = normalize(item.lemma)
        shown = bool(lemma) and lemma in _WORDS.findall(normalize(item.prompt))
        return "self" if shown else "typed"

    def marked_example(self, item: Item) -> str:
        return self.data(item).example

    def word_card(self, item: Item) -> WordCard:
        data = self.data(item)
        return WordCard(
            item_id=item.id, lemma=item.lemma or item.answer, pos=data.pos,
            word_class=data.word_class, gloss=data.gloss, gender=data.gender,
            article=data.article, forms=data.forms, example=data.example or item.source,
            level=item.level,
        )  # fmt: skip


def asks_meaning(item: Item) -> bool:
    """The card asks what the word means (no form of it differs): its answer is the
    meaning."""
    data = VOCAB.data(item)
    return not data.asked and bool(data.gloss) and item.answer == data.gloss


def meaning_label(item: Item) -> str:
    """Where the meaning comes from ("dansk synonym"), "" for the teacher's own."""
    return LABELS.get(VOCAB.data(item).gloss_source, "")


def meaning_line(item: Item) -> str:
    """The meaning as the back shows it on a line of its own, under the answer, with
    where it comes from; "" when there is none or it is the answer already."""
    data = VOCAB.data(item)
    if not data.gloss or asks_meaning(item):
        return ""
    label = meaning_label(item)
    return f"{data.gloss} ({label})" if label else data.gloss


def grammar_line(item: Item, words: CardWords | None = None) -> str:
    """Word class, gender and forms of a vocabulary item, as one escaped line,
    leaving out what the card's front or answer already says."""
    data = VOCAB.data(item)
    words = words or get_language().cards
    parts = [
        data.word_class or words.word_classes.get(data.pos, data.pos),
        words.genders.get(data.gender, data.gender),
        data.forms,
    ]
    shown = f"{item.prompt}\n{item.answer}"
    return escape(" · ".join(p for p in parts if p and p not in shown))


_WORDS = re.compile(r"\w+(?:-\w+)*")  # "IS-kriger" is one word

VOCAB = register_kind(
    VocabSpec(
        "vocab",
        VocabData,
        label="Word",
        instruction="Type the Danish word, then Enter.",
        default_count=25,
        worksheet_position=5,
        quality=QualityRules(capitalised=False),
        wrong_form_wording="the dictionary form is",
        reversible=True,
    )
)


def front(entry: VocabEntry) -> str:
    parts = [entry.word_class]
    if entry.gender:
        gender = get_language().cards.genders[entry.gender]
        parts.append(f"{gender}: {entry.article} {entry.lemma}")
    return f"{entry.lemma} ({', '.join(parts)})"


def question(entry: VocabEntry) -> str:
    """The front: the word, and what the card asks of it (a form, else its meaning)."""
    wanted = entry.asked.description if entry.asked else ASK_MEANING
    return f"{front(entry)} → {wanted}?"


def forms_text(entry: VocabEntry) -> str:
    """The lexicon's forms of the word, else the forms the article has."""
    return "; ".join(f"{f.text} ({f.description})" for f in entry.paradigm or entry.forms)


def answer_text(entry: VocabEntry) -> str:
    """The asked form alone (review of session 21: a meaning glued on made every such
    card wrong); the meaning when the card asks it; never the headword alone."""
    return entry.asked.text if entry.asked else entry.gloss


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
        if not entry.card:
            continue
        example = marked_example(ctx, entry)
        answer = answer_text(entry)
        if not answer:
            continue  # a card that asks nothing (vocabulary keeps none; a safeguard)
        item = Item(
            id=ctx.item_id("vocab", entry.example, entry.lemma),
            kind="vocab",
            prompt=question(entry),
            answer=answer,
            source=entry.example,
            article_id=ctx.article_id,
            level=entry.level,
            tags=("vocab", entry.pos.lower()),
            lemma=entry.lemma,
            sentence_index=entry.example_sentence,
            data=VocabData(
                pos=entry.pos,
                word_class=entry.word_class,
                gender=entry.gender,
                article=entry.article,
                forms=forms_text(entry),
                example=example,
                gloss=entry.gloss,
                asked=entry.asked.text if entry.asked else "",
                gloss_source=entry.gloss_source,
            ),
        )
        out.append(Candidate(item, entry.score, entry.lemma))
    return out
