"""``cloze.v1``: an article sentence with one vocabulary word left out."""

from __future__ import annotations

from quizgen.extract.levels import compound_zipf
from quizgen.extract.vocabulary import VocabEntry
from quizgen.generate.context import Candidate, GenerationContext
from quizgen.generate.registry import register
from quizgen.generate.wordmatch import occurs_as_word
from quizgen.items import CLOZE_GAP, Item


def hint_for(entry: VocabEntry, answer: str, style: str) -> str:
    """The configured hint, never one that gives the answer away."""
    word_class = entry.word_class
    if style == "lemma":
        # A lemma no dictionary knows ("vunde" for "vundet") would mislead: word class then.
        known = all(compound_zipf(w) > 0 or "-" in w for w in entry.lemma.split())
        same = entry.lemma.lower() == answer.lower()
        return entry.lemma if known and not same else word_class
    if style == "word_class":
        return word_class
    if style == "first_letter":
        return answer[:1] + "…" if len(answer) > 3 else word_class
    if style == "gloss":
        return entry.gloss or word_class
    return ""


def occurs_elsewhere(word: str, text: str) -> bool:
    return occurs_as_word(word, text)


@register("cloze.v1", kind="cloze")
def make_cloze(ctx: GenerationContext) -> list[Candidate]:
    out: list[Candidate] = []
    style = ctx.config.generation.hint
    for entry in ctx.vocabulary:
        for occurrence in entry.occurrences:
            sentence = ctx.sentence(occurrence.sentence)
            ids = occurrence.tokens
            if sentence.index in ctx.headings or list(ids) != list(range(ids[0], ids[-1] + 1)):
                continue
            first, last = sentence.tokens[ids[0]], sentence.tokens[ids[-1]]
            start, end = first.idx, last.idx + len(last.text)
            answer = sentence.text[start:end]
            if answer != occurrence.text:
                continue
            prompt = sentence.text[:start] + CLOZE_GAP + sentence.text[end:]
            if occurs_elsewhere(answer, prompt):
                continue  # the answer must not be readable in its own prompt
            n_tokens = len(sentence.tokens)
            score = entry.score - (0.4 if n_tokens < 7 or n_tokens > 35 else 0.0)
            score -= 0.3 if ids[0] == 0 else 0.0  # a capitalised first word is a giveaway
            item = Item(
                id=ctx.item_id("cloze", sentence.text, answer, str(start)),
                kind="cloze",
                prompt=prompt,
                answer=answer,
                source=sentence.text,
                article_id=ctx.article_id,
                level=entry.level,
                tags=("cloze", entry.pos.lower()),
                hint=hint_for(entry, answer, style),
                answer_start=start,
                lemma=entry.lemma,
                sentence_index=sentence.index,
                extra={"pos": entry.pos, "gloss": entry.gloss},
            )
            out.append(Candidate(item, round(score, 3), entry.lemma))
    return out
