"""A small hand-built deck with every item kind, for the practice and TUI tests."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from quizgen.config.practice import PracticeConfig
from quizgen.generate.kinds.cloze import ClozeData
from quizgen.generate.kinds.truefalse import TrueFalseData
from quizgen.generate.kinds.vocab import VocabData
from quizgen.items import CLOZE_GAP, Item, stable_id
from quizgen.lang import get_language
from quizgen.practice.records import Deck
from quizgen.practice.store import Store

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
ARTICLE_ID = "a1b2c3d4e5f60718"
S1 = "Familien Jensen købte huset ved søen i 2019."
S2 = "Børnene bader hver sommer i det kolde vand."
S3 = "Om vinteren fryser søen til, og naboerne går på skøjter."
S4 = "Mette Jensen arbejder på et hospital i Aarhus."
TEXT = f"{S1} {S2} {S3}\n\n{S4} Hun kører hjem hver fredag."
DECK = Deck(id=ARTICLE_ID, title="Huset ved søen", text=TEXT, origin="huset.txt")
# Settings that make runs reproducible: no random interval fuzz. The deck has nine
# cards from four sentences, so the tests that walk through all of them in one sitting
# turn sibling burying off; BURYING (the default) has tests of its own.
CONFIG = PracticeConfig(fuzz_intervals=False, bury_siblings=False)
BURYING = PracticeConfig(fuzz_intervals=False)


def _cloze(sentence: str, answer: str, lemma: str, forms: str = "") -> Item:
    start = sentence.index(answer)
    return Item(
        id=stable_id(ARTICLE_ID, "cloze", sentence, answer),
        kind="cloze",
        prompt=sentence[:start] + CLOZE_GAP + sentence[start + len(answer) :],
        answer=answer,
        source=sentence,
        article_id=ARTICLE_ID,
        answer_start=start,
        lemma=lemma,
        hint=lemma,
        data=ClozeData(forms=forms) if forms else None,
    )


CLOZE_HOUSE = _cloze(S1, "huset", "hus", "hus, huset, huse, husene")
CLOZE_LAKE = _cloze(S3, "søen", "sø")
CLOZE_BATHE = _cloze(S2, "bader", "bade")
QUESTION = Item(
    id=stable_id(ARTICLE_ID, "question", S4),
    kind="question",
    prompt="Hvor arbejder Mette Jensen?",
    answer="på et hospital",
    source=S4,
    article_id=ARTICLE_ID,
    accepted=("på et hospital i Aarhus", "et hospital", "hospital"),
    asks="where",
    answer_start=S4.index("på et hospital"),
)
VOCAB_COLD = Item(
    id=stable_id(ARTICLE_ID, "vocab", "kold"),
    kind="vocab",
    prompt="cold (adjective)",
    answer="kold",
    source=S2,
    article_id=ARTICLE_ID,
    lemma="kold",
    answer_start=S2.index("kolde"),
    data=VocabData(pos="ADJ", forms="kold, koldt, kolde", gloss="cold", example=S2),
)
VOCAB_NEIGHBOUR = Item(
    id=stable_id(ARTICLE_ID, "vocab", "nabo"),
    kind="vocab",
    prompt="neighbour (noun)",
    answer="nabo",
    source=S3,
    article_id=ARTICLE_ID,
    lemma="nabo",
    data=VocabData(
        pos="NOUN",
        gender="common",
        article="en",
        forms="en nabo, naboen, naboer, naboerne",
        gloss="neighbour",
        example=S3,
    ),
)
CHOICE = Item(
    id=stable_id(ARTICLE_ID, "choice", S1),
    kind="choice",
    prompt="Hvornår købte familien huset?",
    answer="i 2019",
    source=S1,
    article_id=ARTICLE_ID,
    choices=("i 2009", "i 2019", "i 2021", "i 1999"),
    answer_start=S1.index("i 2019"),
)
TRUEFALSE = Item(
    id=stable_id(ARTICLE_ID, "truefalse", S4),
    kind="truefalse",
    prompt="Mette Jensen arbejder på en skole i Aarhus.",
    answer=get_language().cards.false_answer,
    source=S4,
    article_id=ARTICLE_ID,
    data=TrueFalseData(feedback=S4, changed="et hospital → en skole"),
)
# A word card as the generator makes them: the front shows the word, nothing to type.
VOCAB_HOUSE = Item(
    id=stable_id(ARTICLE_ID, "vocab", "hus"),
    kind="vocab",
    prompt="hus (substantiv, intetkøn: et hus)",
    answer="house — huset (bestemt ental); huse (flertal)",
    source=S1,
    article_id=ARTICLE_ID,
    lemma="hus",
    level="A1",
    data=VocabData(
        pos="NOUN",
        word_class="substantiv",
        gender="neuter",
        article="et",
        forms="huset (bestemt ental); huse (flertal)",
        example=S1.replace("huset", "**huset**"),
        gloss="house",
    ),
)
ITEMS = (
    CLOZE_HOUSE,
    CLOZE_LAKE,
    QUESTION,
    VOCAB_COLD,
    CHOICE,
    TRUEFALSE,
    CLOZE_BATHE,
    VOCAB_NEIGHBOUR,
    VOCAB_HOUSE,
)


def stocked_store(path: Path) -> Store:
    """A store at ``path`` holding the fixture deck."""
    store = Store(path)
    store.save_deck(DECK, ITEMS, NOW)
    return store
