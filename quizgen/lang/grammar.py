"""Word lists and grammar facts that extraction and question-making read.

The code that reads a parse (``quizgen.extract``, ``quizgen.generate.grammar``) works on
Universal Dependencies labels, which are the same for every language; the words it
needs on top of them (which nouns name a time, which verbs report speech, how a noun
is inflected) come from a language's ``Grammar``. The fields are grouped by what they
are for, so that no part is a long list of unrelated words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from quizgen.lang.source_words import SourceWords

# (word, UPOS, UD features, the frequency list as a set) -> does the word look like that
# form of a word of that class? Used to pick wrong options from a frequency list.
ParadigmCheck = Callable[[str, str, Mapping[str, str], frozenset[str]], bool]
# (form in the text, its lemma, UPOS, another lemma) -> that lemma in the same form, or
# None when the form is not known or the other lemma has no single such form.
Reinflect = Callable[[str, str, str, str], "str | None"]


def _no_forms(form: str, lemma: str, pos: str, other: str) -> str | None:
    return None


# (lemma, UPOS, UD features) -> the lemma's form with those features, or None.
Inflect = Callable[[str, str, str], "str | None"]


def _no_inflection(lemma: str, pos: str, features: str) -> str | None:
    return None


@dataclass(frozen=True)
class TimeWords:
    weekdays: tuple[str, ...]  # in calendar order: wrong options swap one for another
    months: tuple[str, ...]
    dayparts: tuple[str, ...]
    nouns: frozenset[str]  # heads of time phrases: weekdays, months, dayparts, "år" ...
    adverbs: frozenset[str]  # "[tre år] forinden"
    deictic: frozenset[str]  # "i går", "i morgen": after ``deictic_preposition``
    deictic_preposition: str
    period_words: frozenset[str]  # "sidste uge", "samme dag"
    clock_words: frozenset[str]  # "klokken 14"
    units: frozenset[str] = (
        frozenset()
    )  # "[tre] år", "[20] minutter": a duration is counted in them
    phases: frozenset[str] = frozenset()  # "[i] starten [af maj]": a part of a period
    era_endings: tuple[str, ...] = ()  # "1700-tallet", "1990'erne": a century, a decade


@dataclass(frozen=True)
class NumberWords:
    words: tuple[str, ...]  # spelt-out numbers from zero on, position = value
    values: Mapping[str, int]  # every spelt-out number that is read as a number
    options: tuple[str, ...]  # spelt-out numbers offered as wrong options
    decimal_mark: str
    thousands_mark: str
    lower_bounds: tuple[str, ...]  # "mindst fem": only larger numbers are wrong
    upper_bounds: tuple[str, ...]  # "højst fem": only smaller numbers are wrong


@dataclass(frozen=True)
class NounWords:
    """Common nouns that say what kind of thing a phrase names."""

    person: frozenset[str]
    person_suffixes: tuple[str, ...]  # compounds ending in these name people
    group: frozenset[str]  # organisations and groups that act
    group_suffixes: tuple[str, ...]
    place: frozenset[str]
    institutions: tuple[str, ...]  # capitalised definite nouns ending so are names
    inflections: tuple[str, ...]  # endings cut off to find the word a compound ends in
    # lemma -> "person" (asked "hvem"), "thing" ("hvad") or "" when the language's
    # lexicon cannot tell
    kind_of: Callable[[str], str] = lambda lemma: ""
    agent_endings: tuple[str, ...] = ()  # a noun ending so may name a doer ("bruger")
    # "flertallet af ...", "halvdelen af ...": what is counted decides hvem or hvad
    partitive: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PronounWords:
    personal: frozenset[str]  # pronouns and pronoun-like words: never vocabulary or answers
    agents: frozenset[str]  # subject pronouns that stand for people ("hvem")
    subjects: frozenset[str]  # subject pronouns whose referent a question would lose
    first_person: frozenset[str]  # "jeg", "vi": nobody knows who, out of the article
    vague: frozenset[str]  # pronouns that point outside the clause
    light: frozenset[str]  # unstressed object pronouns that move before adverbials
    reflexive: str  # "sig": of reflexive verbs, never a subject
    reflexive_possessives: frozenset[str]  # "sin første prøve": whose, out of its sentence?
    # "han", "ham" -> "" and "hans" -> "s": pronouns a named person can stand for, with
    # the ending the name takes in their place
    person_pronouns: Mapping[str, str]
    pointing: frozenset[str]  # pronouns and possessives that need an antecedent
    # "enhver", "ingen", "alle": determiners of no one thing ("enhver intervention, som ...")
    generic: frozenset[str] = frozenset()
    second_person: frozenset[str] = frozenset()  # "du", "din": the reader, or a quoted someone


@dataclass(frozen=True)
class ClauseWords:
    """Function words that give a clause or phrase its structure."""

    speech_verbs: frozenset[str]  # verbs that report: "skriver AP"
    sentence_adverbs: frozenset[str]  # "ikke", "fortsat": the adverbial field
    focus_adverbs: frozenset[str]  # "kun Frigodan": no part of an answer
    expletive: str  # "der" as a formal subject
    relative_pronouns: frozenset[str]  # relative-clause subjects that can be asked about
    so: str  # "så": resumptive after a fronted part, "so that", and "så store"
    purpose_marks: tuple[str, ...]  # "for at": a purpose clause
    attribution: str  # "ifølge Reuters"
    place_prepositions: frozenset[str]  # before a place phrase: "i", "i udkanten af"
    locative_prepositions: frozenset[str]  # before a place name (distractors)
    name_particles: frozenset[str]  # "Tour de France": lower-case words inside names
    role_stop: frozenset[str]  # words and marks that end an apposition's role
    definition_opening: tuple[str, ...]  # "Der er tale om": a definition follows
    indefinite_articles: frozenset[str]
    term_marker: str  # "såkaldt": the writer flags a term (a prefix of its forms)
    fixed_phrases: Mapping[str, str]  # noun -> next word of a fixed phrase: "tale om"
    # Linking and sentence adverbs that tie a sentence to the one before ("dog", "derfor",
    # "imidlertid"): a question leaves them out.
    linking_adverbs: frozenset[str] = frozenset()
    imperatives: frozenset[str] = frozenset()  # "brug", "husk": an instruction opens so
    reason_marks: frozenset[str] = frozenset()  # "fordi", "idet": a reason clause
    ambiguous_reason_marks: frozenset[str] = frozenset()  # "da": reason, or a time
    reason_prepositions: tuple[tuple[str, ...], ...] = ()  # "på grund af": a reason phrase
    since: str = ""  # "siden 1902": asked "Siden hvornår", not "Hvornår"
    therefore: str = ""  # "derfor": the sentence before gives the reason
    because: str = ""  # "fordi": a reason given as an answer
    # "mens de voksne ...": a clause set beside the statement, left out of a question
    side_marks: frozenset[str] = frozenset()
    # "også", "desuden": a sentence that adds one more point, so that a "derfor" after it
    # may rest on more than that sentence
    additive_adverbs: frozenset[str] = frozenset()
    # "i alt", "i dag": a preposition that is part of the expression, never cut off
    fixed_adverbials: frozenset[str] = frozenset()
    # "Sådan", "Dengang": a first word that points at the sentence before, which a
    # prompt of this sentence alone would lose
    anaphoric_openers: frozenset[str] = frozenset()
    # "især", "helt konkret", "alene": stance and focus words, never a phrase asked about
    stance_adverbs: frozenset[str] = frozenset()
    # "ud over X", "foruden X": what else, besides X, is the vague thing they ask
    additive_prepositions: frozenset[str] = frozenset()
    another: frozenset[str] = frozenset()  # "en anden X": other than one named before
    # "såsom", "f.eks.", ":": the concrete things a general phrase stands for follow
    example_marks: frozenset[str] = frozenset()
    # "forskellige", "mange": a general phrase ("forskellige ting") the text may spell out
    vague_quantifiers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class WordForms:
    """Inflection and word formation."""

    noun_endings: Mapping[tuple[str, str], tuple[str, ...]]  # (Definite, Number) -> endings
    gender_endings: tuple[tuple[str, str], ...]  # definite singular ending -> UD gender
    gender_articles: Mapping[str, str]  # UD gender -> indefinite article
    compound_links: tuple[str, ...]  # linking letters between compound parts
    unit_particles: frozenset[str]  # light words of multi-word units ("forskanse sig")
    infinitive_ending: str
    plural_endings: tuple[str, ...]  # a "verb" ending so may be a mistagged plural noun
    paradigm_fits: ParadigmCheck


@dataclass(frozen=True)
class VocabularyWords:
    function_words: frozenset[str]  # never vocabulary
    word_classes: Mapping[str, str]  # UPOS -> the learner's name for the class
    unknown_word_class: str
    form_names: Mapping[str, str]  # UD "Feature=Value" -> the learner's name; "" = base form


# --- true/false statements (the truefalse kind) ---------------------------------------
@dataclass(frozen=True)
class StatementWords:
    """What rewording a sentence into a true or false statement needs to know."""

    linking_adverbs: frozenset[str] = frozenset()  # "derfor", "dog": dropped from a statement
    negation: str = ""  # "ikke": the word that negates a clause
    negatives: frozenset[str] = frozenset()  # a clause with one of these is not negated again
    # Words whose meaning an added or removed negation would twist: "heller", "kun", "alle".
    scope_words: frozenset[str] = frozenset()
    modals: frozenset[str] = frozenset()  # "må ikke" is not "ikke må": never negated
    approximations: frozenset[str] = frozenset()  # "cirka 300": a changed number proves nothing
    # Subordinators whose clause can be left out without changing the truth of the rest.
    droppable_marks: frozenset[str] = frozenset()
    cause_marks: frozenset[str] = frozenset()  # "fordi": cause and effect can be swapped
    # Pronouns whose referent is outside the sentence unless a name before them in it fits.
    outside_pronouns: frozenset[str] = frozenset()
    person_pronouns: frozenset[str] = frozenset()  # resolved by a person named before them
    agent_preposition: str = ""  # "af": the agent of a passive
    # Prepositions of time and place adverbials, which can stand first or last.
    adverbial_prepositions: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()  # "nu", "dag": a short time adverbial before "ikke"
    # (lemma, UPOS) -> a synonym that means the same in every context.
    synonyms: Mapping[tuple[str, str], str] = field(default_factory=dict)
    reinflect: Reinflect = _no_forms
    # Words a statement is rebuilt with: a cleft "Det var X, der/at ...", a passive
    # "X blev V-et af Y", an apposition "X er Y".
    cleft_pronoun: str = ""  # "det"
    copulas: tuple[str, str] = ("", "")  # present, past: "er", "var"
    relative_subject: str = ""  # "der": the subject of a relative clause
    complementizer: str = ""  # "at"
    relative_pronouns: frozenset[str] = frozenset()  # "der", "som"
    passive_auxiliary: str = ""  # "blive": its lemma
    passive_forms: tuple[str, str] = ("", "")  # present, past: "bliver", "blev"
    no_passive: frozenset[str] = frozenset()  # "have", "få": verbs with no passive
    countries: frozenset[str] = frozenset()  # a country is never swapped for a town
    fraction_nouns: frozenset[str] = frozenset()  # "tre fjerdedele": no number to change
    clock_words: frozenset[str] = frozenset()  # "klokken 23": an hour of the day
    reference_nouns: frozenset[str] = frozenset()  # "kapitel 8": a number that is a name
    according_to: str = ""  # "ifølge": a report said with its source
    time_heads: frozenset[str] = frozenset()  # "forud for X", "kort efter X": a time
    report_form: str = ""  # "oplyser": "Ifølge X ..." said as "X oplyser, at ..."
    report_verbs: frozenset[str] = frozenset()  # "fortælle", "skrive": they report facts
    still_more: str = ""  # "endnu": "endnu stærkere" compares with a sentence before
    measure: Callable[[str], bool] = lambda lemma: False  # "grad", "meter", "kr.": a unit
    attributions: frozenset[str] = frozenset()  # "ifølge": what follows is someone's claim
    inflect: Inflect = _no_inflection


@dataclass(frozen=True)
class Grammar:
    time: TimeWords
    numbers: NumberWords
    nouns: NounWords
    pronouns: PronounWords
    clauses: ClauseWords
    forms: WordForms
    vocabulary: VocabularyWords
    fallback_entities: Mapping[str, tuple[str, ...]]  # entity label -> well-known names
    statements: StatementWords = StatementWords()  # the truefalse kind
    sources: SourceWords = field(default_factory=SourceWords)  # which text sentences can be prompts
    # Spelling check of one lower-case word: a listed form, a compound of known parts.
    # A language without a word list accepts every word.
    spelled: Callable[[str], bool] = lambda word: True
