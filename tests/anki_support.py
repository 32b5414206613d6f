"""Hand-built items of every kind, and helpers that drive the real Anki (the
``anki`` package) to import decks, render cards and record reviews."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from quizgen.export.anki import DeckSource
from quizgen.generate.kinds.choice import ChoiceData
from quizgen.generate.kinds.cloze import ClozeData
from quizgen.generate.kinds.question import QuestionData
from quizgen.generate.kinds.truefalse import TrueFalseData
from quizgen.generate.kinds.vocab import VocabData
from quizgen.items import CLOZE_GAP, Item, stable_id
from quizgen.lang import get_language

TRUE_ANSWER = get_language().cards.true_answer
FALSE_ANSWER = get_language().cards.false_answer

ARTICLE_ID = "0ea3d618a2e44150"
TITLE = "IS' sidste bastion: Civile evakueres fra Baghouz"
SLUG = "is-sidste-bastion"

S1 = (
    "Byen Baghouz i det østlige Syrien er den sidste lomme af land, "
    "som Islamisk Stat har kontrol over."
)
S2 = "Det fortæller Mustafa Bali, talsmand fra SDF, onsdag til nyhedsbureauet Reuters."
S3 = "AP rapporterer, at man mener, at 300 IS-krigere fortsat forskanser sig i byen."


def item(kind: str, source: str, answer: str, **fields: Any) -> Item:
    """An item whose id is built like the generator's: article, kind, sentence, answer."""
    fields.setdefault("prompt", answer)
    return Item(
        id=stable_id(ARTICLE_ID, kind, source, answer),
        kind=kind,  # type: ignore[arg-type]
        answer=answer,
        source=source,
        article_id=ARTICLE_ID,
        **fields,
    )


def cloze(source: str, answer: str, **fields: Any) -> Item:
    start = source.index(answer)
    prompt = source[:start] + CLOZE_GAP + source[start + len(answer) :]
    return item("cloze", source, answer, prompt=prompt, answer_start=start, **fields)


def sample_items() -> tuple[Item, ...]:
    """Two items of every kind, with hints, accepted answers, tags and extras."""
    return (
        cloze(S1, "lomme", hint="lomme", level="B1", lemma="lomme", data=ClozeData(pos="NOUN")),
        cloze(S2, "Reuters", level="A2", data=ClozeData(entity="ORG")),
        item(
            "vocab",
            S1,
            "pocket, enclave",
            prompt="lomme",
            level="B1",
            lemma="lomme",
            data=VocabData(
                pos="NOUN",
                gender="fælleskøn",
                article="en",
                forms="lommen, lommer, lommerne",
                gloss="pocket, enclave",
                example=S1.replace("lomme", "**lomme**"),
            ),
        ),
        item(
            "vocab",
            S3,
            "entrench oneself",
            prompt="forskanse sig",
            level="C1",
            lemma="forskanse sig",
            data=VocabData(pos="VERB", gloss="entrench oneself"),
        ),
        item(
            "question",
            S2,
            "Mustafa Bali",
            prompt="Hvem fortæller det?",
            asks="who",
            accepted=("Bali",),
            hint="talsmand fra SDF",
            data=QuestionData(entity="PER"),
        ),
        item(
            "question",
            S3,
            "300",
            prompt="Hvor mange IS-krigere forskanser sig i byen?",
            asks="how_many",
            tags=("tal", "how many"),
        ),
        item(
            "choice",
            S2,
            "Reuters",
            prompt="Hvilket nyhedsbureau fortæller det?",
            choices=("AP", "Reuters", "Ritzau", "AFP"),
        ),
        item(
            "choice",
            S1,
            "Syrien",
            prompt="Hvor ligger Baghouz?",
            choices=("Irak", "Tyrkiet", "Syrien"),
            data=ChoiceData(feedback="Østlige Syrien."),
        ),
        item("truefalse", S1, TRUE_ANSWER, prompt="Baghouz ligger i det østlige Syrien."),
        item(
            "truefalse",
            S3,
            FALSE_ANSWER,
            prompt="AP rapporterer, at 3000 IS-krigere forskanser sig i byen.",
            data=TrueFalseData(feedback="Det er 300."),
        ),
    )


def sample_source(items: tuple[Item, ...] | None = None, title: str = TITLE) -> DeckSource:
    return DeckSource(ARTICLE_ID, title, SLUG, sample_items() if items is None else items)


HOSTILE = (
    'Han skrev <script>alert("x")</script> og <img src=x onerror="alert(1)"> '
    "med {{c2::skjult}} og {{Front}} }} samt [sound:evil.mp3] og \\(x\\)."
)


def hostile_items() -> tuple[Item, ...]:
    """Every kind, with script tags, event handlers and Anki syntax in every text."""
    word = "<b onmouseover=alert(1)>ord</b>"
    source = f"{HOSTILE} {word} slut."
    return (
        cloze(source, word, hint="{{hint}} <i>", data=ClozeData(gloss="<script>x</script>")),
        item(
            "vocab",
            source,
            "<script>1</script>",
            prompt="<svg onload=alert(1)>",
            lemma="{{c1::x}}",
            data=VocabData(pos="<b>", forms="}}{{", gloss="<script>g</script>"),
        ),
        item(
            "question",
            source,
            "<img onerror=alert(2)>",
            prompt=HOSTILE,
            accepted=("{{Answer}}",),
            hint="<script>",
            tags=("<script>", "a b"),
        ),
        item(
            "choice",
            source,
            "<i>b</i>",
            prompt=HOSTILE,
            choices=("<script>a</script>", "<i>b</i>", "{{c1::c}}"),
        ),
        item(
            "truefalse",
            source,
            TRUE_ANSWER,
            prompt=HOSTILE,
            data=TrueFalseData(feedback="<img src=x onerror=alert(3)>"),
        ),
    )


# --- the real Anki -------------------------------------------------------------


def new_collection(folder: Path) -> Any:
    from anki.collection import Collection

    folder.mkdir(parents=True, exist_ok=True)
    return Collection(str(folder / "collection.anki2"))


def import_apkg(col: Any, path: Path) -> Any:
    """Import as Anki's File > Import does by default: update notes and note types
    when the incoming ones are newer, never the learner's scheduling."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
    from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition as Update

    options = ImportAnkiPackageOptions(
        merge_notetypes=False,
        update_notes=Update.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        update_notetypes=Update.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        with_scheduling=False,
        with_deck_configs=False,
    )
    return col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(path), options=options)
    ).log


def counts_by_notetype(col: Any) -> tuple[Counter[str], Counter[str]]:
    """(notes, cards) per note type name."""
    notes: Counter[str] = Counter()
    cards: Counter[str] = Counter()
    for name, nid_count, cid_count in col.db.all(
        "select m.name, count(distinct n.id), count(c.id) from notes n "
        "join notetypes m on m.id = n.mid join cards c on c.nid = n.id group by m.name"
    ):
        notes[name] = nid_count
        cards[name] = cid_count
    return notes, cards


def guids(col: Any) -> set[str]:
    return set(col.db.list("select guid from notes"))


def review_first_card(col: Any, deck_name: str) -> int:
    """Answer the first card of ``deck_name`` with Good; returns the card id."""
    from anki.scheduler.v3 import CardAnswer

    col.decks.select(col.decks.id_for_name(deck_name))
    card = col.sched.getCard()
    assert card is not None, f"no card to study in {deck_name}"
    card.start_timer()
    states = col._backend.get_scheduling_states(card.id)
    col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=CardAnswer.GOOD))
    return int(card.id)
