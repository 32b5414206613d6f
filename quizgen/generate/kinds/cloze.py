"""The ``cloze`` kind: an article sentence with one vocabulary word left out
(generator ``cloze.v1``), shown in Anki as a cloze deletion."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from quizgen.analysis import Sentence, Token
from quizgen.config import anki_templates as tpl
from quizgen.extract.cardforms import describe
from quizgen.extract.levels import compound_zipf
from quizgen.extract.lexical import plain_international
from quizgen.extract.vocabulary import VocabEntry
from quizgen.generate.context import Candidate, GenerationContext
from quizgen.generate.fieldhtml import GAP_LINE, cloze_text, escape, markdown
from quizgen.generate.grammar.clauses import quotes
from quizgen.generate.grammar.distractor_slots import possessive_slip
from quizgen.generate.grammar.gap_forms import also_right, gap_reading
from quizgen.generate.grammar.standalone import standalone
from quizgen.generate.kinds.base import (
    CardSlot,
    FieldContext,
    KindSpec,
    NoteType,
    QualityRules,
    with_context,
    without_context,
)
from quizgen.generate.kinds.registry import register_kind
from quizgen.generate.registry import register
from quizgen.generate.wordmatch import occurs_as_word
from quizgen.items import CLOZE_GAP, Item, KindData
from quizgen.lang import Language
from quizgen.lang.cards import CardWords
from quizgen.lang.da.lexicon import lexicon
from quizgen.lang.grammar import Grammar

# Classes whose form the hint names: a noun's number and definiteness, a verb's tense.
FORM_CLASSES = frozenset({"NOUN", "VERB", "AUX"})
QUOTED_PENALTY = 0.2
_FORM_FEATURES = ("Definite", "Number", "Tense", "VerbForm", "Voice", "Mood")


@dataclass(frozen=True, slots=True)
class ClozeData(KindData):
    pos: str = ""  # UPOS of the left-out word
    gloss: str = ""  # its meaning, shown after the answer
    forms: str = ""  # its other forms, for "right word, wrong form"
    entity: str = ""  # entity type, when the word is a name
    note: str = ""  # shown after the answer when there is no gloss
    context: str = ""  # the sentence before, printed first when this one leans on it


@dataclass(frozen=True)
class ClozeSpec(KindSpec[ClozeData]):
    def note_type(self, words: CardWords) -> NoteType:
        return NoteType(
            "quizgen cloze v1",
            1098128874,
            tpl.NOTE_FIELDS["cloze"],
            (CardSlot("cloze", "Cloze"),),
            cloze=True,
            templates={"cloze": (tpl.CLOZE_FRONT, tpl.CLOZE_BACK)},
        )

    def from_legacy(self, extra: Mapping[str, str]) -> ClozeData:
        # The old "extra" key was what the Extra field showed when there is no gloss.
        return dataclasses.replace(super().from_legacy(extra), note=str(extra.get("extra", "")))

    def anki_fields(self, item: Item, ctx: FieldContext) -> dict[str, str]:
        data = self.data(item)
        context = escape(data.context) + " " if data.context else ""
        text = cloze_text(item, gapped=self.own_prompt(item))
        return {"Text": context + text, "Extra": escape(data.gloss or data.note)}

    def own_prompt(self, item: Item) -> str:
        return without_context(item.prompt, self.data(item).context)

    def csv_front(self, item: Item, words: CardWords) -> str:
        if item.hint and CLOZE_GAP in item.prompt:
            return f"{item.prompt} ({item.hint})"
        return item.prompt

    def worksheet_task(self, item: Item, words: CardWords) -> list[str]:
        before, _, after = item.prompt.partition(CLOZE_GAP)
        hint = f" ({markdown(item.hint)})" if item.hint else ""
        return [f"{markdown(before)}{GAP_LINE}{hint}{markdown(after)}"]


CLOZE = register_kind(
    ClozeSpec(
        "cloze",
        ClozeData,
        label="Fill the gap",
        instruction="Type the missing word, then Enter.",
        default_count=15,
        worksheet_position=4,
        quality=QualityRules(answer_hidden=True, one_gap=True),
    )
)


def hint_for(entry: VocabEntry, answer: str, style: str) -> str:
    """The configured hint, never one that gives the answer away."""
    word_class = entry.word_class
    if style == "lemma":
        # A lemma no dictionary knows ("vunde" for "vundet") would mislead, and a word
        # class alone makes a guessing game: no hint, and so no item (``make_cloze``).
        known = all(compound_zipf(w) > 0 or "-" in w for w in entry.lemma.split())
        same = entry.lemma.lower() == answer.lower()
        return entry.lemma if known and not same else ""
    if style == "word_class":
        return word_class
    if style == "first_letter":
        return answer[:1] + "…" if len(answer) > 3 else word_class
    if style == "gloss":
        return entry.gloss or word_class
    return ""


def with_form(hint: str, token: Token, grammar: Grammar) -> str:
    """The lemma and the form the gap wants: "gradbøje [...]" takes ``etik`` and
    ``etikken`` alike, "(etik, bestemt ental)" only one of them."""
    if token.pos not in FORM_CLASSES or not _lexicon_agrees(token):
        return hint  # a form the tagger may have got wrong would mislead
    form = describe(token, grammar)
    return f"{hint}, {form}" if form and form != grammar.vocabulary.form_names.get("") else hint


def _lexicon_agrees(token: Token) -> bool:
    """The lexicon reads the word in the tagger's class with the tagger's form."""
    said = {k: v for k, v in token.features.items() if k in _FORM_FEATURES}
    pos = "VERB" if token.pos == "AUX" else token.pos
    return any(
        r.pos == pos and all(r.feature(k) in (None, v) for k, v in said.items())
        for r in lexicon().analyses(token.text)
    )


def spelled_otherwise(answer: str, lemma: str, pos: str) -> tuple[str, ...]:
    """The answer's other spellings in the same form, which a learner may type and be
    right: the lexicon's doublets (``nævnede``/``nævnte``) and, for a noun in ``-um``,
    the forms on its stem (``centrummet``/``centret``, ``magtcentret``)."""
    lex = lexicon()
    entry = lex.entry(lemma.lower(), pos)
    if entry is None or " " in answer:
        return ()
    word = answer.lower()
    wanted = {f.features for f in entry.forms if f.text == word}
    found = [f.text for f in entry.forms if f.features in wanted and f.text != word]
    if pos == "NOUN" and lemma.lower().endswith("um") and wanted:
        stem = lemma.lower()[: -len("um")]
        for feats in wanted:
            said = dict(feats)
            endings = _STEM_ENDINGS.get((said.get("Definite", ""), said.get("Number", "")), ())
            found += [stem + e for e in endings if _is_noun_form(stem + e, said)]
    shaped = (f[:1].upper() + f[1:] if answer[:1].isupper() else f for f in found)
    return tuple(dict.fromkeys(f for f in shaped if f != answer))


# The endings a noun in -um may take on its stem: "centr-et", "centr-e", "centr-ene".
_STEM_ENDINGS = {
    ("Def", "Sing"): ("et",),
    ("Ind", "Plur"): ("er", "e"),
    ("Def", "Plur"): ("erne", "ene"),
}


def _is_noun_form(text: str, said: dict[str, str]) -> bool:
    return any(
        r.pos == "NOUN" and all(r.feature(k) == v for k, v in said.items() if k != "Gender")
        for r in lexicon().analyses(text)
    )


def trivial_form_drill(lemma: str, answer: str, pos: str, language: Language) -> bool:
    """A plain international noun or verb with a regular ending (``kommentar`` ->
    ``kommentarer``): a reader of English fills it in without learning anything. A
    doubled consonant (``teknik`` -> ``teknikker``) is a thing to learn."""
    if pos not in FORM_CLASSES or not plain_international(lemma, language, pos):
        return False
    base, word = lemma.lower(), answer.lower()
    if not word.startswith(base):
        return False
    ending = word[len(base) :]
    return not (ending and base and ending[0] == base[-1])


def occurs_elsewhere(word: str, text: str) -> bool:
    return occurs_as_word(word, text)


def _accepted(
    entry: VocabEntry, answer: str, sentence: Sentence, ids: tuple[int, ...]
) -> tuple[str, ...]:
    """Other spellings and other forms that fill the gap as well."""
    if len(ids) != 1:
        return ()
    spelled = spelled_otherwise(answer, entry.lemma, entry.pos)
    return tuple(dict.fromkeys((*spelled, *also_right(sentence.tokens[ids[0]], sentence))))


def _other_class_form(token_pos: str, entry_pos: str) -> bool:
    """The tagger reads the gap as a word of another class whose form the hint would
    name: "små og [glatte]" tagged as the verb's infinitive under the adjective "glat"."""
    token_class, entry_class = (("VERB" if p == "AUX" else p) for p in (token_pos, entry_pos))
    return token_class in FORM_CLASSES and token_class != entry_class


def _score(base: float, sentence: Sentence, first: int) -> float:
    n_tokens = len(sentence.tokens)
    score = base - (0.4 if n_tokens < 7 or n_tokens > 35 else 0.0)
    score -= 0.3 if first == 0 else 0.0  # a capitalised first word is a giveaway
    # Speech may carry the speaker's slips: a sentence of the writer's comes first.
    return score - (QUOTED_PENALTY if quotes(sentence) else 0.0)


@register("cloze.v1", kind="cloze")
def make_cloze(ctx: GenerationContext) -> list[Candidate]:
    out: list[Candidate] = []
    style = ctx.config.generation.hint
    grammar = ctx.language.grammar
    time = grammar.time
    calendar = frozenset(time.months) | frozenset(time.weekdays)
    for entry in ctx.vocabulary:
        for occurrence in entry.occurrences:
            sentence = ctx.sentence(occurrence.sentence)
            ids = occurrence.tokens
            if sentence.index in ctx.headings or list(ids) != list(range(ids[0], ids[-1] + 1)):
                continue
            if possessive_slip(sentence):
                continue  # "sin position ... med dens institutioner": a source error
            first, last = sentence.tokens[ids[0]], sentence.tokens[ids[-1]]
            start, end = first.idx, last.idx + len(last.text)
            answer = sentence.text[start:end]
            if answer != occurrence.text:
                continue
            read = gap_reading(first, sentence) if len(ids) == 1 else first
            if read is None or _other_class_form(read.pos, entry.pos):
                continue  # "mens holdet [gæster] byen": the class is in doubt
            hint = hint_for(entry, answer, style)
            if not hint and style == "lemma":
                continue  # the learner would have to guess the word
            if style == "lemma" and len(ids) == 1:
                hint = with_form(hint, read, grammar)
            if entry.pos in ("PROPN", "NUM") or entry.lemma.lower() in calendar:
                continue  # names, numbers, months and weekdays test no vocabulary
            if trivial_form_drill(entry.lemma, answer, entry.pos, ctx.language):
                continue
            shown = standalone(ctx.analysis, sentence, ctx.headings, grammar, keep=ids[0])
            if shown is None:
                continue  # a fragment, or it leans on a sentence that cannot be printed
            gapped = shown.text(sentence.text[:start] + CLOZE_GAP + sentence.text[end:])
            prompt = with_context(shown.context, gapped)
            accepted = _accepted(entry, answer, sentence, ids)
            if hint.split(",")[0].lower() in {a.lower() for a in accepted}:
                continue  # the hint itself fills the gap ("de er [berettiget]")
            if any(occurs_elsewhere(word, prompt) for word in (answer, *accepted)):
                continue  # the answer must not be readable in its own prompt
            score = _score(entry.score, sentence, ids[0]) - shown.penalty
            item = Item(
                id=ctx.item_id("cloze", sentence.text, answer, str(start)),
                kind="cloze",
                prompt=prompt,
                answer=answer,
                accepted=accepted,
                source=sentence.text,
                article_id=ctx.article_id,
                level=entry.level,
                tags=("cloze", entry.pos.lower()),
                hint=hint,
                answer_start=start,
                lemma=entry.lemma,
                sentence_index=sentence.index,
                data=ClozeData(pos=entry.pos, gloss=entry.gloss, context=shown.context),
            )
            out.append(Candidate(item, round(score, 3), entry.lemma))
    return out
