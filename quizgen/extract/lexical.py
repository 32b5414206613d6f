"""Words checked against the language's lexicon before they become vocabulary.

A statistical tagger and lemmatiser are right most of the time; a card teaches the
rest as fact ("en kongedømme", "besked (verbum)", "fødegange" as a lemma). So every
word that may become a card is looked up: the lexicon's readings of the text form,
the one agreeing with the parse preferred, give the lemma, class, gender and the
form's features. Where the parse disagrees and the lexicon has one reading of the
parse's class, the lexicon wins; where no reading fits, the word is no card. A form
the lexicon does not know (and that is no compound of known parts) is a misspelling
or a name and is never a headword or an answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from quizgen.analysis import Sentence, Token
from quizgen.extract.cognates import is_cognate, spelt_as_english
from quizgen.extract.levels import zipf
from quizgen.extract.wordclass import parse_class
from quizgen.lang import Language
from quizgen.lang.da.lexicon import Analysis as Reading
from quizgen.lang.da.lexicon import Entry, Lexicon, lexicon
from quizgen.lang.da.lexicon import Form as LexForm

CONTENT = ("NOUN", "VERB", "ADJ", "ADV")
# Features the parse and a reading can agree on (gender is the lexicon's alone).
COMPARED = ("Definite", "Number", "Tense", "VerbForm", "Voice", "Degree", "Case", "Mood")
HEAD_MIN_ZIPF = 2.5
# A word this common is on the word list (wordfreq's lists stop near Zipf 3) in the
# form a grammar gives first (definite, neuter, past) when that form is in use at all:
# "videnen" is not. Its plurals and the like may well be rarer, and are not judged.
COMMON_LEMMA = 4.8
PLACE_STEM = 3  # a name shorter than this is a chance match ("Ra" in "rask")
FIRST_FORM = {
    "NOUN": "Definite=Def|Number=Sing",
    "ADJ": "Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing",
    "VERB": "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act",
}


def checked_token(
    token: Token, language: Language, sentence: Sentence | None = None
) -> Token | None:
    """The token with the lexicon's lemma, class and features (gender on nouns only),
    or None when the lexicon has no reading that fits it; with its ``sentence``, the
    class the tree gives a form of several classes (``extract.wordclass``)."""
    lex = _lexicon(language)
    if lex is None:
        return token
    text = token.text
    prefix = ""
    if "-" in text.strip("-"):
        # "IS-kriger", "foie gras-farm": the last part is the word; the rest must be known
        if not lex.knows(text):
            return None
        prefix, _, text = text.rpartition("-")
        prefix += "-"
    if not text.isalpha() or not lex.knows(text):
        return None
    if sentence is not None:
        pos = parse_class(sentence, token, lex.analyses(text))
        if pos is None:
            return None
        token = dataclasses.replace(token, pos=pos)
    reading = best_reading(lex, text, token)
    if reading is None:
        return None
    features = dict(reading.features)
    if reading.pos == "NOUN":
        features.pop("Gender", None)
        gender = noun_gender(lex, reading.lemma, token.feature("Gender"))
        if gender:
            features["Gender"] = gender
    morph = "|".join(f"{k}={v}" for k, v in sorted(features.items()))
    lemma = prefix + reading.lemma
    return dataclasses.replace(token, lemma=lemma, pos=reading.pos, morph=morph)


def is_expression(words: str, language: Language) -> bool:
    """The lexicon lists the words as a fixed expression (false without a lexicon)."""
    lex = _lexicon(language)
    return lex is not None and lex.is_expression(words)


def known_spelling(text: str, language: Language) -> bool:
    """The lexicon knows the form (or its parts); true where there is no lexicon."""
    lex = _lexicon(language)
    return lex is None or lex.knows(text)


def best_reading(lex: Lexicon, text: str, token: Token) -> Reading | None:
    """The reading of ``text`` that fits the parse best, or None when none fits."""
    readings = [
        r for r in lex.analyses(text) if r.pos in CONTENT and _real_head(r)
        if not _chance_compound(lex, r)
    ]  # fmt: skip
    if not readings:
        return None
    pos = "VERB" if token.pos == "AUX" else token.pos
    classes = {pos}
    if pos == "ADJ" and token.feature("VerbForm") == "Part":
        classes.add("VERB")  # "besatte": a participle the tagger calls an adjective
    same = [r for r in readings if r.pos in classes]
    if pos == "ADJ" and not same and all(_finite_past(r) for r in readings):
        return None  # "ledede" as an adjective is a participle, not "datid"
    if not same:
        # The tagger's class is not the word's: trust the lexicon only when it knows
        # one word ("besked" is a noun), never to choose between two.
        if len({(r.lemma, r.pos) for r in readings}) != 1:
            return None
        same = readings
    lemma = token.lemma.lower()
    known = any(r.lemma.lower() == lemma for r in same)
    if not known and len({(r.lemma, r.pos) for r in same}) != 1:
        return None  # two other lemmas of the class: no way to tell which
    return max(same, key=lambda r: _score(r, token, lemma, pos))


def _finite_past(reading: Reading) -> bool:
    return reading.pos == "VERB" and reading.feature("Tense") == "Past"


def _real_head(reading: Reading) -> bool:
    """A compound's head must be a word in use, not a stray ending the splitter found
    ("skudets" as skud + "ets")."""
    if not reading.compound:
        return True
    return zipf(reading.lemma[len(reading.compound[0]) :], "da") >= HEAD_MIN_ZIPF


def _chance_compound(lex: Lexicon, reading: Reading) -> bool:
    """A split the lexicon does not list that makes no Danish word: a verb of a noun +
    a verb's imperative ("oliestop" as "oliestoppe!"; a verb so made is listed, as
    "støvsuge" is), or a name written small ("ruslands" as rus + land)."""
    if not reading.compound:
        return False
    if reading.pos == "VERB":
        return True
    named = lex.analyses(reading.lemma.capitalize(), compounds=False)
    return any(a.pos == "PROPN" for a in named)


def _score(reading: Reading, token: Token, lemma: str, pos: str) -> float:
    score = 4.0 * (reading.pos == pos) + 2.0 * (reading.lemma.lower() == lemma)
    parse = token.features
    for name, value in reading.features:
        if name in COMPARED and name in parse:
            score += 0.5 if parse[name] == value else -0.5
    have = dict(reading.features)
    # Imperatives and genitives are rare in running text; the lexicon lists one for
    # nearly every verb and noun ("bund" is also "bund!", "produceres" a genitive).
    if have.get("Mood") == "Imp" and parse.get("Mood") != "Imp":
        score -= 3.0
    if have.get("Case") == "Gen" and parse.get("Case") != "Gen":
        score -= 2.0
    return score


def noun_gender(lex: Lexicon, lemma: str, parsed: str = "") -> str:
    """The lexicon's gender of a noun ("Com"/"Neut"); with two, the parse's if it is one."""
    entry = lex.entry(lemma, "NOUN") or lex.entry(lemma.lower(), "NOUN")
    if entry is None or not entry.gender:
        return ""
    if len(entry.gender) > 1 and parsed in entry.gender:
        return parsed
    return entry.gender[0]


def skipped_word(lemma: str, language: Language, pos: str = "") -> bool:
    """Months, weekdays and international words (``extract.cognates``; ``pos`` the
    lemma's class where known) make no vocabulary card."""
    return calendar_word(lemma, language) or no_card(lemma, language, pos)


def no_card(lemma: str, language: Language, pos: str = "") -> bool:
    """A word worth a gap in a sentence but not a card of its own: an international
    word, or an adjective made from a place name."""
    return plain_international(lemma, language, pos) or place_adjective(lemma, language, pos)


def place_adjective(lemma: str, language: Language, pos: str) -> bool:
    """An adjective that is a place name + -sk ("fynsk" of Fyn): its meaning
    and its forms are those of every -sk adjective, so a card teaches nothing. Only a
    stem the lexicon knows as a name and not as a word ("rask" is no Ra + -sk)."""
    lex = _lexicon(language)
    stem = lemma.lower().removesuffix("sk")
    if lex is None or pos != "ADJ" or stem == lemma.lower() or len(stem) < PLACE_STEM:
        return False
    if lex.analyses(stem, compounds=False):
        return False
    return any(a.pos == "PROPN" for a in lex.analyses(stem.capitalize(), compounds=False))


def calendar_word(lemma: str, language: Language) -> bool:
    """A month or a weekday: no vocabulary entry at all."""
    time = language.grammar.time
    return lemma.lower() in time.months or lemma.lower() in time.weekdays


def plain_international(lemma: str, language: Language, pos: str = "") -> bool:
    """A word a reader of English or French knows at sight (``extract.cognates``)."""
    lowered = lemma.lower()
    if " " in lowered:
        return False
    return is_international(lowered, language.code) or is_cognate(lowered, language.code, pos)


def is_international(word: str, code: str) -> bool:
    """Spelt the same in English and about as frequent there ("app", "album")."""
    return spelt_as_english(word, code)


def lexicon_forms(
    lemma: str, pos: str, language: Language, seen: Sequence[str] = ()
) -> Mapping[str, str]:
    """The lemma's forms by UD feature string ("Definite=Def|Number=Sing" -> "kongen"):
    of the paradigm that holds the forms ``seen`` in the text (homographs: "dommen" is
    dom/domme, not dom/domer), else of the one in commoner use; where a paradigm gives
    two forms ("nærere", "nærmere"), the commoner; forms not in use left out."""
    own = {text.lower() for text in seen}
    cut = _cut(lemma, pos, language)
    return {
        feats: max(texts, key=lambda t: (t in own, zipf(t[cut:], language.code)))
        for feats, texts in lexicon_spellings(lemma, pos, language, seen).items()
    }


def lexicon_spellings(
    lemma: str, pos: str, language: Language, seen: Sequence[str] = ()
) -> Mapping[str, tuple[str, ...]]:
    """Every form in use of each slot of the paradigm ``lexicon_forms`` reads: two where
    the word has two standard spellings of a form ("teatret", "teateret")."""
    lex = _lexicon(language)
    entry = None if lex is None else lex.entry(lemma, pos) or lex.entry(lemma.lower(), pos)
    if lex is None or entry is None:
        return {}
    cut = _head_start(lex, entry.lemma)
    candidates = entry.paradigms()
    for text in seen:
        candidates = tuple(p for p in candidates if p in entry.containing(text.lower()))
    forms = _chosen_forms(candidates or entry.paradigms(), cut, language.code)
    own = {text.lower() for text in seen}
    slots: dict[str, list[str]] = {}
    for form in forms:
        slots.setdefault("|".join(f"{k}={v}" for k, v in form.features), []).append(form.text)
    out: dict[str, tuple[str, ...]] = {}
    for feats, texts in slots.items():
        used = [t for t in texts if t in own or in_use(t, feats, entry, cut)]
        if used:
            out[feats] = tuple(dict.fromkeys(used))
    return out


def _cut(lemma: str, pos: str, language: Language) -> int:
    lex = _lexicon(language)
    entry = None if lex is None else lex.entry(lemma, pos) or lex.entry(lemma.lower(), pos)
    return 0 if lex is None or entry is None else _head_start(lex, entry.lemma)


def _chosen_forms(paradigms: Sequence[Entry], cut: int, code: str) -> tuple[LexForm, ...]:
    """The forms of the paradigm in commonest use; where word lists cannot tell two
    apart ("trup": truppe or trupper), only the forms they share."""
    uses = [sum(zipf(f.text[cut:], code) for f in p.forms) for p in paradigms]
    tied = [p for p, use in zip(paradigms, uses, strict=True) if use == max(uses)]
    shared = set.intersection(*({f.text for f in p.forms} for p in tied))
    return tuple(f for f in tied[0].forms if f.text in shared)


def in_use(form: str, feats: str, entry: Entry, cut: int) -> bool:
    """False for a form missing from the word list where it would be there if in use:
    the first form a grammar gives of a very common word ("videnen" of viden) and a
    comparison of any word (the spelling list compares adjectives that have none:
    "halvere" of halv, "godere"). A compound is judged on its last part."""
    if form == entry.lemma:
        return True
    attested = zipf(form[cut:], "da") > 0
    if "Degree=Cmp" in feats or "Degree=Sup" in feats:
        return attested
    if feats != FIRST_FORM.get(entry.pos) or zipf(entry.lemma[cut:], "da") < COMMON_LEMMA:
        return True
    return attested


def _head_start(lex: Lexicon, lemma: str) -> int:
    """Where the last part of a compound the lexicon does not list begins (else 0)."""
    if lex.analyses(lemma, compounds=False):
        return 0
    split = next((a.compound for a in lex.analyses(lemma) if a.compound), ())
    return len(split[0]) if split else 0


def lexicon_of(language: Language) -> Lexicon | None:
    """The language's lexicon, or None where there is none."""
    return _lexicon(language)


def _lexicon(language: Language) -> Lexicon | None:
    """The language's lexicon (Danish has one; a language without one is not checked)."""
    return lexicon() if language.code == "da" else None
