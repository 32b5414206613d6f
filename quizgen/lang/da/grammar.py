"""Danish grammar for extraction and question-making."""

from __future__ import annotations

from types import MappingProxyType

from quizgen.lang.da import words as w
from quizgen.lang.da.paradigms import paradigm_fits
from quizgen.lang.da.persons import noun_kind
from quizgen.lang.da.source_words import SOURCE_WORDS
from quizgen.lang.grammar import (
    ClauseWords,
    Grammar,
    NounWords,
    NumberWords,
    PronounWords,
    StatementWords,
    TimeWords,
    VocabularyWords,
    WordForms,
)


def reinflect(form: str, lemma: str, pos: str, other: str) -> str | None:
    """``other`` in the form ``form`` has as ``lemma``: "påbegyndte" -> "begyndte"."""
    from quizgen.lang.da.lexicon import lexicon  # the tables load only when needed

    lex = lexicon()
    readings = [a for a in lex.analyses(form.lower(), compounds=False) if a.lemma == lemma]
    found = {lex.inflect(other, pos, a.features) for a in readings if a.pos == pos}
    if pos == "ADV":
        found = {other} if form.lower() == lemma else set()
    new = found.pop() if len(found) == 1 else None  # two readings the other word tells apart
    return None if new is None else (new[:1].upper() + new[1:] if form[:1].isupper() else new)


def spelled(word: str) -> bool:
    """Stavekontrolden knows the word, as a form, a compound or an abbreviation."""
    from quizgen.lang.da.lexicon import lexicon  # the tables load only when needed

    return lexicon().knows(word)


_UNIT_KINDS = frozenset({"mål", "måleenhed", "møntenhed", "pengebeløb", "kvantitet"})


def measure(lemma: str) -> bool:
    """A unit of measure or money ("grad", "meter", "dollar") or an abbreviation ("kr.")."""
    from quizgen.lang.da.lexicon import lexicon  # the tables load only when needed

    return lemma.endswith(".") or bool(_UNIT_KINDS & set(lexicon().hypernyms(lemma)))


def inflect(lemma: str, pos: str, features: str) -> str | None:
    """The lexicon's form of ``lemma`` with ``features``: "fostre" -> "fostret"."""
    from quizgen.lang.da.lexicon import lexicon  # the tables load only when needed

    return lexicon().inflect(lemma, pos, features)


GRAMMAR = Grammar(
    time=TimeWords(
        weekdays=w.WEEKDAYS,
        months=w.MONTHS,
        dayparts=w.DAYPARTS,
        nouns=w.TIME_NOUNS,
        adverbs=w.TIME_ADVERBS,
        deictic=w.DEICTIC_TIMES,
        deictic_preposition="i",
        period_words=w.PERIOD_WORDS,
        clock_words=w.CLOCK_WORDS,
        units=w.TIME_UNITS,
        phases=w.TIME_PHASES,
        era_endings=("-tallet", "'erne", "\u2019erne"),
    ),
    numbers=NumberWords(
        words=w.NUMBER_WORDS,
        values=MappingProxyType(w.NUMBER_VALUES),
        options=w.NUMBER_OPTIONS,
        decimal_mark=",",
        thousands_mark=".",
        lower_bounds=w.LOWER_BOUNDS,
        upper_bounds=w.UPPER_BOUNDS,
    ),
    nouns=NounWords(
        person=w.PERSON_NOUNS,
        person_suffixes=w.PERSON_SUFFIXES,
        group=w.GROUP_NOUNS,
        group_suffixes=w.GROUP_SUFFIXES,
        place=w.PLACE_NOUNS,
        institutions=w.INSTITUTIONS,
        inflections=w.INFLECTIONS,
        kind_of=noun_kind,
        agent_endings=("er", "ere", "erne", "ør", "ører", "ørerne"),
        partitive=w.PARTITIVE_NOUNS,
    ),
    pronouns=PronounWords(
        personal=w.PERSONAL_PRONOUNS,
        agents=w.AGENT_PRONOUNS,
        subjects=w.PERSONAL_SUBJECTS,
        first_person=w.FIRST_PERSON,
        vague=w.VAGUE_PRONOUNS,
        light=w.LIGHT_PRONOUNS,
        reflexive="sig",
        reflexive_possessives=frozenset({"sin", "sit", "sine"}),
        person_pronouns=MappingProxyType(w.PERSON_PRONOUNS),
        pointing=w.POINTING_PRONOUNS,
        generic=frozenset({"enhver", "ethvert", "hver", "hvert", "ingen", "intet", "alle"}),
        second_person=w.SECOND_PERSON,
    ),
    clauses=ClauseWords(
        speech_verbs=w.SPEECH_VERBS,
        sentence_adverbs=w.SENTENCE_ADVERBS,
        focus_adverbs=w.FOCUS_ADVERBS,
        expletive="der",
        relative_pronouns=frozenset({"som", "der"}),
        so="så",
        purpose_marks=("for", "at"),
        attribution="ifølge",
        place_prepositions=w.PLACE_PREPOSITIONS,
        locative_prepositions=w.LOCATIVE,
        name_particles=w.NAME_PARTICLES,
        role_stop=w.ROLE_STOP,
        definition_opening=w.DEFINITION_OPENING,
        indefinite_articles=w.INDEFINITE_ARTICLES,
        term_marker="såkaldt",
        fixed_phrases=MappingProxyType({"tale": "om"}),  # "der er tale om"
        linking_adverbs=w.LINKING_ADVERBS,
        imperatives=w.IMPERATIVES,
        reason_marks=frozenset({"fordi", "idet"}),
        ambiguous_reason_marks=frozenset({"da"}),
        reason_prepositions=(("på", "grund", "af"), ("som", "følge", "af"), ("pga.",)),
        since="siden",
        therefore="derfor",
        because="fordi",
        side_marks=frozenset({"mens"}),
        additive_adverbs=frozenset({"også", "desuden", "tillige", "endvidere"}),
        fixed_adverbials=w.FIXED_ADVERBIALS,
        anaphoric_openers=w.ANAPHORIC_OPENERS,
        stance_adverbs=w.STANCE_ADVERBS,
        additive_prepositions=frozenset({"ud over", "udover", "foruden", "bortset fra"}),
        another=frozenset({"anden", "andet"}),
        example_marks=frozenset({"såsom", "f.eks.", "fx", "eksempelvis", "herunder", "bl.a.", ":"}),
        vague_quantifiers=frozenset(
            {"forskellige", "diverse", "mange", "flere", "adskillige", "visse", "nogle", "andre"}
        ),
    ),
    forms=WordForms(
        noun_endings=MappingProxyType(w.NOUN_ENDINGS),
        gender_endings=w.GENDER_ENDINGS,
        gender_articles=MappingProxyType(w.GENDER_ARTICLES),
        compound_links=w.COMPOUND_LINKS,
        unit_particles=w.UNIT_PARTICLES,
        infinitive_ending="e",
        plural_endings=("er", "ere"),
        paradigm_fits=paradigm_fits,
    ),
    vocabulary=VocabularyWords(
        function_words=w.FUNCTION_WORDS,
        word_classes=MappingProxyType(w.WORD_CLASSES),
        unknown_word_class="ord",
        form_names=MappingProxyType(w.FORM_NAMES),
    ),
    fallback_entities=MappingProxyType(w.FALLBACK_ENTITIES),
    # --- true/false statements ---
    statements=StatementWords(
        linking_adverbs=w.STATEMENT_LINKING_ADVERBS,
        negation="ikke",
        negatives=w.NEGATIVES,
        scope_words=w.NEGATION_SCOPE_WORDS,
        modals=w.MODALS,
        approximations=w.APPROXIMATIONS,
        droppable_marks=w.DROPPABLE_MARKS,
        cause_marks=w.CAUSE_MARKS,
        outside_pronouns=w.OUTSIDE_PRONOUNS,
        person_pronouns=w.STATEMENT_PERSON_PRONOUNS,
        agent_preposition="af",
        adverbial_prepositions=w.ADVERBIAL_PREPOSITIONS,
        time_words=w.NEGATION_TIME_WORDS,
        synonyms=MappingProxyType(w.STATEMENT_SYNONYMS),
        reinflect=reinflect,
        cleft_pronoun="det",
        copulas=("er", "var"),
        relative_subject="der",
        complementizer="at",
        relative_pronouns=w.STATEMENT_RELATIVE_PRONOUNS,
        passive_auxiliary="blive",
        passive_forms=("bliver", "blev"),
        no_passive=w.STATEMENT_NO_PASSIVE,
        countries=w.COUNTRIES,
        fraction_nouns=w.STATEMENT_FRACTION_NOUNS,
        clock_words=w.STATEMENT_CLOCK_WORDS,
        reference_nouns=w.STATEMENT_REFERENCE_NOUNS,
        according_to="ifølge",
        report_form="oplyser",
        still_more="endnu",
        measure=measure,
        time_heads=w.STATEMENT_TIME_HEADS,
        report_verbs=w.STATEMENT_REPORT_VERBS,
        attributions=w.STATEMENT_ATTRIBUTIONS,
        inflect=inflect,
    ),
    spelled=spelled,
    sources=SOURCE_WORDS,
)
