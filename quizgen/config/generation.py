"""``generation`` and ``questions`` sections: what items are made, and how questions read."""

from __future__ import annotations

import itertools
import string
from typing import Annotated, Literal, get_args

from pydantic import ConfigDict, Field, field_validator, model_validator

from quizgen.config.anki import format_spec_problem
from quizgen.config.base import Section
from quizgen.config.kinds import BUILTIN_KINDS

Level = Literal["A1", "A2", "B1", "B2", "C1", "C2"]
LEVELS: tuple[Level, ...] = ("A1", "A2", "B1", "B2", "C1", "C2")
HintStyle = Literal["none", "lemma", "word_class", "first_letter", "gloss"]


# Today's kinds, with how many items of each to keep and which generator makes
# them. Only defaults: counts and generators are keyed by kind name, so a kind
# added later needs no change here (its spec brings its own defaults), and
# names are checked against the kinds that exist (``quizgen.config.kinds``).
DEFAULT_COUNTS = {"cloze": 15, "vocab": 25, "question": 12, "choice": 6, "truefalse": 4}
DEFAULT_GENERATORS = {kind: f"{kind}.v1" for kind in DEFAULT_COUNTS}
Count = Annotated[int, Field(ge=0, le=1000)]


class Counts(Section):
    """How many items of each kind to keep: ``counts.cloze: 15``."""

    model_config = ConfigDict(extra="allow", frozen=True)
    __pydantic_extra__: dict[str, Count]

    def by_kind(self) -> dict[str, int]:
        return dict(self.__pydantic_extra__ or {})

    def get(self, kind: str) -> int | None:
        return self.by_kind().get(kind)


class LevelBand(Section):
    min: Level = "B1"
    max: Level = "C2"

    @model_validator(mode="after")
    def _ordered(self) -> LevelBand:
        if LEVELS.index(self.min) > LEVELS.index(self.max):
            raise ValueError(f"min ({self.min}) is harder than max ({self.max})")
        return self


class ZipfLevels(Section):
    """Lowest word frequency (wordfreq Zipf scale) for each level; rarer words are C2.

    Zipf 6 is a word met once per thousand words, 3 once per million."""

    A1: float = Field(default=5.5, ge=0, le=8)
    A2: float = Field(default=5.0, ge=0, le=8)
    B1: float = Field(default=4.5, ge=0, le=8)
    B2: float = Field(default=4.0, ge=0, le=8)
    C1: float = Field(default=3.3, ge=0, le=8)

    @model_validator(mode="after")
    def _descending(self) -> ZipfLevels:
        values = [self.A1, self.A2, self.B1, self.B2, self.C1]
        if any(a < b for a, b in itertools.pairwise(values)):
            raise ValueError("each level needs a frequency at least as high as the next one")
        return self


class Generators(Section):
    """Which registered generator makes each kind, as ``name.vN``: ``generators.cloze:
    cloze.v1``. Names are checked where the generators are known: when generation
    runs, and when a config file is loaded (``quizgen config check``)."""

    model_config = ConfigDict(extra="allow", frozen=True)
    __pydantic_extra__: dict[str, str]

    def by_kind(self) -> dict[str, str]:
        return dict(self.__pydantic_extra__ or {})

    def get(self, kind: str) -> str | None:
        return self.by_kind().get(kind)


MeaningSource = Literal["glossary", "dictionary", "thesaurus"]
NounForm = Literal["definite", "plural", "definite_plural"]
VerbForm = Literal["present", "past", "participle", "passive"]
AdjectiveForm = Literal["neuter", "definite", "comparative", "superlative"]


def _no_repeats(values: tuple[str, ...]) -> tuple[str, ...]:
    repeated = sorted({v for v in values if values.count(v) > 1})
    if repeated:
        raise ValueError(f"lists {', '.join(repeated)} more than once")
    return values


class AskedForms(Section):
    """Which form a word card asks for when the text has the word in its base form:
    the first of these that the lexicon knows (the form in the text, when it is
    another, is always asked first)."""

    noun: tuple[NounForm, ...] = ("definite", "plural")
    verb: tuple[VerbForm, ...] = ("past", "participle", "present")
    adjective: tuple[AdjectiveForm, ...] = ("neuter", "definite", "comparative")

    _unique = field_validator("noun", "verb", "adjective")(_no_repeats)


class VocabularyConfig(Section):
    """Word cards: where meanings come from, and what a card asks."""

    meanings: tuple[MeaningSource, ...] = ("glossary", "dictionary", "thesaurus")
    danish_explanations: bool = True
    asked_forms: AskedForms = AskedForms()

    _unique = field_validator("meanings")(_no_repeats)


class GenerationConfig(Section):
    kinds: tuple[str, ...] = BUILTIN_KINDS
    counts: Counts = Counts.model_validate(DEFAULT_COUNTS)
    level: LevelBand = LevelBand()
    levels: ZipfLevels = ZipfLevels()
    hint: HintStyle = "lemma"
    seed: int = 0
    glossary: dict[str, str] = Field(default_factory=dict)
    # "auto": glosses from FreeDict's Danish-English dictionary when it is installed;
    # "none": no dictionary; or the path of a dictd ".index" file.
    dictionary: str = "auto"
    stoplist: tuple[str, ...] = ()
    vocabulary: VocabularyConfig = VocabularyConfig()
    items_per_target: int = Field(default=1, ge=1, le=10)
    generators: Generators = Generators.model_validate(DEFAULT_GENERATORS)


QuestionKind = Literal[
    "who",
    "what",
    "where",
    "when",
    "how_many",
    "how_long",
    "source",
    "role",
    "definition",
    "why",
    "said",
]
QUESTION_KINDS: tuple[QuestionKind, ...] = get_args(QuestionKind)


class Phrasings(Section):
    """Question words; ``{role}``, ``{term}``, ``{verb}`` and ``{quote}`` are filled in
    from the article."""

    who: str = Field(default="Hvem", min_length=1)
    what: str = Field(default="Hvad", min_length=1)
    where: str = Field(default="Hvor", min_length=1)
    when: str = Field(default="Hvornår", min_length=1)
    since_when: str = Field(default="Siden hvornår", min_length=1)
    how_many: str = Field(default="Hvor mange", min_length=1)
    how_long: str = Field(default="Hvor længe", min_length=1)
    source: str = Field(default="Ifølge hvem", min_length=1)
    why: str = Field(default="Hvorfor", min_length=1)
    role: str = "Hvem er {role}?"
    definition: str = "Hvad er {term}?"
    said: str = "Hvem {verb}: »{quote}«?"

    @field_validator("role")
    @classmethod
    def _has_role(cls, text: str) -> str:
        if "role" not in _checked_placeholders(text, ("role",)):
            raise ValueError("must contain {role}, where the role from the article goes")
        return text

    @field_validator("definition")
    @classmethod
    def _has_term(cls, text: str) -> str:
        if "term" not in _checked_placeholders(text, ("term",)):
            raise ValueError("must contain {term}, where the word being explained goes")
        return text

    @field_validator("said")
    @classmethod
    def _has_quote(cls, text: str) -> str:
        if "quote" not in _checked_placeholders(text, ("quote", "verb")):
            raise ValueError("must contain {quote}, where the quoted words go")
        return text


def _checked_placeholders(text: str, allowed: tuple[str, ...]) -> set[str]:
    """The names ``text`` fills in, if they are all ``allowed`` with bounded widths.

    ``{role:>300000000}`` would build a question of gigabytes from every fact.
    """
    try:
        fields = [(n, spec) for _, n, spec, _ in string.Formatter().parse(text) if n is not None]
    except ValueError as error:
        raise ValueError(f"{error}; write {{{{ }}}} for a literal brace") from None
    names = " and ".join("{" + name + "}" for name in allowed)
    for name, spec in fields:
        if name not in allowed:
            raise ValueError(f"only {names} can be filled in, not {{{name}}}")
        problem = format_spec_problem(spec or "")
        if problem:
            raise ValueError(f"{{{name}:{spec}}} {problem}")
    return {name for name, _ in fields}


class QuestionsConfig(Section):
    # Which kinds of question to ask; leave one out to never ask it.
    kinds: tuple[QuestionKind, ...] = QUESTION_KINDS
    phrasings: Phrasings = Phrasings()
    max_words: int = Field(default=28, ge=5, le=200)


# --- truefalse ------------------------------------------------------------------------
Paraphrase = Literal[
    "voice",
    "cleft",
    "relative",
    "subclause",
    "source",
    "apposition",
    "synonym",
    "number",
    "word_order",
    "reduce",
]
Falsification = Literal["entity", "number", "negation"]


class TrueFalseConfig(Section):
    """How true/false statements are made. A true statement is the sentence said
    another way (never copied); a false one changes one thing the text settles."""

    # The share of false statements among those kept (0 = all true, 1 = all false).
    false_share: float = Field(default=0.5, ge=0, le=1)
    # How a true statement may differ from its sentence: the other voice, a cleft, a
    # relative or adverbial clause said as a clause of its own, a report said with its
    # source ("Ifølge X ..."), and on top of these a word replaced by a synonym (never
    # alone: that would be a near copy). Off unless listed: apposition (the question
    # kind asks that fact: "Hvem er talsmand fra SDF?") and the older word_order and
    # reduce (a reordered or shortened copy). A statement is kept only when a synonym
    # or a number said as a bound ("number": "mere end tre" for "fire") is in it.
    paraphrases: tuple[Paraphrase, ...] = (
        "voice",
        "cleft",
        "relative",
        "subclause",
        "source",
        "synonym",
        "number",
    )
    # How a false statement may differ: another name of the same kind from the
    # article, another number, a negation added or taken away.
    falsifications: tuple[Falsification, ...] = ("entity", "number", "negation")

    @field_validator("paraphrases", "falsifications")
    @classmethod
    def _no_repeats(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(values)) != len(values):
            raise ValueError("lists a transformation twice")
        return values
