"""International words: Danish words a reader of English recognises on sight.

A vocabulary card on "temperatur", "organisere" or "nationalitet" teaches a learner who
reads English nothing but a spelling. Such words are rarely spelt as in English, but
they follow a few regular correspondences (k/c, ks/x, kv/qu, æ/e, -itet/-ity,
-isk/-ic, -el/-al, -ere/-ate/-ize, a final -e). Every word is reduced to a *skeleton*
by those correspondences, in Danish and in the other language alike; two words with
the same skeleton are one international word. A Latin or Greek loan is one in
English and in French (or German) too, which a Germanic cognate ("hammer", "storm")
seldom is: English alone marks a word international only when it is spelt nearly as
in English and the loan is plain ("mail", "link"). A compound of international parts
is international too ("mailadresse", "materialetype"). Words whose English look-alike
means something else (false friends) are always worth a card.
"""

from __future__ import annotations

import functools
import gzip
import math
import re
import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path

from quizgen.extract.levels import zipf

# A word spelt the same in English, about as frequent there, is an international word:
# a learner who reads English knows it already ("app", "layout", "professor").
INTERNATIONAL_BELOW = 0.6  # English Zipf at least this much below the Danish one ...
INTERNATIONAL_ABOVE = 1.0  # ... and at most this much above it ("kind" is not)
INTERNATIONAL_MIN = 3.0
LOANWORD_ENGLISH = 4.0  # common in English, rare in Danish (< LOANWORD_OWN): "feature"
LOANWORD_OWN = 3.5
# A look-alike this common in the other language is one a learner knows.
ENGLISH_MIN = 3.0
OTHER_MIN = 3.0
INDEX_MIN = 2.5  # words rarer than this are not indexed at all
# A skeleton this short matches by chance ("kat"/"cat" is a Germanic cognate anyway).
MIN_SKELETON = 5
# ... unless the word has a Latin verb ending and its stem is spelt so in English and
# in French alike ("kopiere": copy, copier); a longer stem needs English only
# ("inkludere": include). Short words without such an ending match
# everyday Germanic words by chance ("mand", "folk": measured, hundreds of them).
SHORT_SKELETON = 4
LATIN_VERB = {"ere": ("VERB", ""), "eret": ("ADJ", "VERB", ""), "ering": ("NOUN", "")}
# A skeleton this long may differ from the English one by one letter when French
# spells it as Danish does ("refleksion": reflection, réflexion; "interesse": interest,
# intéresse): a Latin loan, not a chance likeness. Shorter ones, or a German witness,
# matched everyday words by chance ("konge", "gammel", "kraftig": measured).
NEAR_SKELETON = 7
# Danish æ for French ai counts in skeletons this long only: shorter ones matched
# everyday words by chance ("grænse"/grains, "plæne"/plain, "træt"/trait: measured).
AI_SKELETON = 7
PART_MIN = 4  # the shortest compound part worth checking
PART_ZIPF = 2.0  # ... and how common it must be in Danish on its own
LINKS = ("", "s", "e")  # the joints of a Danish compound: mail-adresse, militær-system
OTHERS = ("fr", "de")
# German shares Germanic words with English ("Zucker", "Flasche", "Engel"): its word
# counts only where a long spelling is shared, which is rarely by chance.
GERMAN_MIN_SKELETON = 7
# A loan verb ("linke", "designe") is rarer than the English noun it is made from.
LOAN_VERB_MARGIN = 0.8

# Danish words whose look-alike means something else: worth a card for that reason.
FALSE_FRIENDS = frozenset(
    (
        "aktuel",
        "humør",
        "eventuel",
        "eventuelt",
        "fabrik",
        "genial",
        "novelle",
        "roman",
        "chef",
        "recept",
        "formel",
        "kontrol",
        "provision",
        "sensibel",
        "sympatisk",
        "mappe",
        "billet",
        "konkurrence",
        "præservativ",
        "ordinær",
        "kaution",
        "kompetent",
        "konsekvent",
        "aktion",
        "fantasi",
        "undskyld",
        "protokol",
        "direktion",
        "eksamen",
        "lektion",
        "gymnasium",
        "reklame",
    )
)

# Endings rewritten to a shared form before the letters are: (pattern, replacement).
_DANISH_ENDINGS: tuple[tuple[str, str], ...] = (
    (r"ificere$", "ifi"),
    (r"ificering$", "ifi"),
    (r"ering$", ""),  # specialisering: the noun of an -ere verb is English -ation
    (r"ere$", ""),
    (r"eret$", ""),  # avanceret: the participle of an -ere verb
    (r"itet$", "iti"),
    (r"isk$", "ik"),
    (r"el$", "al"),  # generel/general; artikel/article is tried as it is written too
    (r"ør$", "or"),
    (r"ær$", "ar"),
    (r"e$", ""),
)
_ENGLISH_ENDINGS: tuple[tuple[str, str], ...] = (
    (r"ical$", "ik"),
    (r"ic$", "ik"),
    (r"ity$", "iti"),
    (r"ify$", "ifi"),
    (r"ification$", "ifi"),
    (r"ation$", ""),
    (r"ate$", ""),
    (r"ary$", "ar"),
    (r"ed$", ""),
)
_FRENCH_ENDINGS: tuple[tuple[str, str], ...] = (
    (r"ique$", "ik"),
    (r"ifier$", "ifi"),
    (r"ification$", "ifi"),
    (r"ation$", ""),
    (r"quer$", "k"),  # cliquer, attaquer: Danish klikke, angribe
    (r"ité$", "iti"),
    (r"elle$", "al"),
    (r"el$", "al"),
    (r"er$", ""),
    (r"ir$", ""),
    (r"é$", ""),
    (r"eur$", "or"),
    (r"aire$", "ar"),
)
_GERMAN_ENDINGS: tuple[tuple[str, str], ...] = (
    (r"isch$", "ik"),
    (r"ifizieren$", "ifi"),
    (r"ifizierung$", "ifi"),
    (r"ierung$", ""),
    (r"ieren$", ""),
    (r"ität$", "iti"),
    (r"ell$", "al"),
    (r"är$", "ar"),
)
ENDINGS: Mapping[str, tuple[tuple[str, str], ...]] = {
    "da": _DANISH_ENDINGS,
    "en": _ENGLISH_ENDINGS,
    "fr": _FRENCH_ENDINGS,
    "de": _GERMAN_ENDINGS,
}
_COMPILED = {code: tuple((re.compile(p), r) for p, r in rules) for code, rules in ENDINGS.items()}
# Letter correspondences, in order (soft c before c, "que" before "qu").
_LETTERS: tuple[tuple[str, str], ...] = (
    ("æ", "e"),
    ("ø", "o"),
    ("å", "a"),
    ("ph", "f"),
    ("th", "t"),
    ("ch", "k"),
    ("ck", "k"),
    ("que", "k"),
    ("qu", "kv"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
    ("z", "s"),
    ("y", "i"),
)
_DOUBLE = re.compile(r"(.)\1+")
_SOFT_C = re.compile(r"c(?=[eiy])")


def is_cognate(word: str, code: str = "da", pos: str = "") -> bool:
    """``word`` (a lemma of class ``pos``, a UPOS tag or "" for any) is an international
    word or a compound of such words."""
    word = word.lower()
    if code != "da" or not word.replace("-", "").isalpha():
        return False
    if word in FALSE_FRIENDS:
        return False
    parts = [p for p in word.split("-") if p]
    if not parts or (len(parts) > 1 and len(parts[0]) == 1):
        parts = parts[1:]  # "e-læring": the letter says nothing
    return bool(parts) and all(
        _international(p, pos, near=True) or _english_loan(p, pos) or _compound(p) for p in parts
    )


def _international(word: str, pos: str = "", near: bool = False) -> bool:
    """The word's skeleton is an English one and a French or German one (long ones
    only, but for a Latin verb's stem), or a French and a German one ("bibliotek");
    with ``near``, a French one one letter off the English one ("interesse")."""
    if word in FALSE_FRIENDS or len(word) < PART_MIN or not _loan_letters(word):
        return False
    if pos == "VERB" and not word.endswith("ere"):
        return False  # a Latin verb ends in -ere ("organisere", not "springe", "spænde")
    keys = set(_danish_skeletons(word, pos))
    english, french = shipped_skeletons("en"), shipped_skeletons("fr")
    stem = _latin_stem(word, pos)
    if len(stem) >= MIN_SKELETON + 1 and stem in english:
        return True  # the ending is the Romance witness: "inkludere" (include)
    if len(stem) >= SHORT_SKELETON and stem in english and stem in french:
        return True  # a short stem: "kopiere" (copy, copier)
    long = {k for k in keys if len(k) >= MIN_SKELETON}
    others = [bool(long & shipped_skeletons(c)) for c in OTHERS]
    if not any(others):
        return False
    if long & english or all(others):
        return True
    near_keys = (k for k in long & french if len(k) >= NEAR_SKELETON)
    return near and any(_near_english(k) for k in near_keys)


def _latin_stem(word: str, pos: str) -> str:
    """The skeleton of the stem of a word with a Latin verb ending (a verb's -ere, its
    participle's -eret, its noun's -ering; not a comparative: "videre"), or ""."""
    for ending, classes in LATIN_VERB.items():
        if word.endswith(ending) and pos in classes:
            return _letters(word[: -len(ending)])
    return ""


def _danish_skeletons(word: str, pos: str) -> Iterator[str]:
    yield from skeletons(word, "da", pos)
    if word.startswith("øk"):  # Greek oiko-: "økonomisk", "økologi" (English eco-)
        yield from skeletons("e" + word[1:], "da", pos)
    if "æ" in word:  # French ai spelt æ: "portræt" (portrait), "træning" (training)
        ai = skeletons(word.replace("æ", "ai"), "da", pos)
        yield from (k for k in ai if len(k) >= AI_SKELETON)


def _loan_letters(word: str) -> bool:
    """A Latin or Greek loan has no å, and no ø but in the ending -ør ("direktør") or
    in Greek oiko- ("økonomi"): not "mønster", "påstå"."""
    return "å" not in word and "ø" not in word.removeprefix("øk").removesuffix("ør")


@functools.cache
def _english_deletions() -> frozenset[str]:
    """Every English skeleton with one letter left out."""
    return frozenset(k[:i] + k[i + 1 :] for k in shipped_skeletons("en") for i in range(len(k)))


def _near_english(key: str) -> bool:
    """An English skeleton is ``key`` with one letter added, left out or changed."""
    english, deletions = shipped_skeletons("en"), _english_deletions()
    if key in deletions:
        return True
    own = {key[:i] + key[i + 1 :] for i in range(len(key))}
    return bool(own & english or own & deletions)


def spelt_as_english(word: str, code: str = "da") -> bool:
    """Spelt the same in English and about as frequent there ("app", "album")."""
    own, english = zipf(word, code), zipf(word, "en")
    if english < INTERNATIONAL_MIN:
        return False
    if english >= LOANWORD_ENGLISH and own < LOANWORD_OWN:
        return True
    return own - INTERNATIONAL_BELOW <= english <= own + INTERNATIONAL_ABOVE


def _english_loan(word: str, pos: str = "") -> bool:
    """Spelt as in English, or so but for the Danish verb ending ("linke", "teste")."""
    if spelt_as_english(word):
        return True
    stem = word[:-1]
    if pos != "VERB" or not word.endswith("e") or len(stem) < PART_MIN:
        return False
    own = zipf(stem, "da")
    used = own >= zipf(word, "da") + LOAN_VERB_MARGIN
    return used and zipf(stem, "en") > own and spelt_as_english(stem)


def _compound(word: str) -> bool:
    """Two international parts, joined directly or by a linking s/e; both words in
    Danish use ("over" + "levelse" is no compound of "levels")."""
    for cut in range(PART_MIN, len(word) - PART_MIN + 1):
        head, tail = word[:cut], word[cut:]
        if not _part(tail):
            continue
        for link in LINKS:
            first = head[: len(head) - len(link)] if link and head.endswith(link) else head
            if (not link or head.endswith(link)) and _part(first):
                return True
    return False


def _part(part: str) -> bool:
    """A part in Danish use: international, or an English word ("mail", "type"), not
    one English and Danish share ("land", "hold", "over": "landshold", "overgive")."""
    own = zipf(part, "da")
    if len(part) < PART_MIN or own < PART_ZIPF:
        return False
    return _international(part) or (_english_loan(part) and zipf(part, "en") >= own)


def skeletons(word: str, code: str, pos: str = "") -> Iterator[str]:
    """The word's skeletons: with its ending rewritten (the first rule that applies;
    Danish -el is English -al on adjectives only: "kapitel" is no "capital") and as
    written; letters by the correspondences, doubled letters single."""
    word = word.lower()
    seen = {word}
    for pattern, replacement in _COMPILED[code]:
        if replacement == "al" and pos not in ("", "ADJ"):
            continue
        rewritten = pattern.sub(replacement, word)
        if rewritten != word:
            seen.add(rewritten)
            break
    for form in seen:
        yield _letters(form)


def _letters(word: str) -> str:
    text = _SOFT_C.sub("s", word)
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    for old, new in _LETTERS:
        text = text.replace(old, new)
    text = _DOUBLE.sub(r"\1", text)
    return text[:-1] if text.endswith("e") and len(text) > MIN_SKELETON else text


@functools.cache
def index(code: str) -> Mapping[str, tuple[float, str]]:
    """Skeleton -> the commonest word of ``code`` with that skeleton, with its Zipf."""
    from wordfreq import get_frequency_dict

    out: dict[str, tuple[float, str]] = {}
    floor = 10 ** (INDEX_MIN - 9)
    for word, frequency in get_frequency_dict(code).items():
        if frequency < floor or not word.isalpha():
            continue
        value = math.log10(frequency * 1e9)
        for key in skeletons(word, code):
            out.setdefault(key, (value, word))  # the list is commonest first
    return out


# Indexing wordfreq's lists of three languages takes seconds, every run: the skeletons
# that count are shipped instead (tools/cognate_tables.py writes them; a test checks
# them against wordfreq).
SKELETONS = Path(__file__).with_name("data") / "cognate_skeletons.txt.gz"


def common_skeletons(code: str) -> frozenset[str]:
    """The skeletons of the words of ``code`` common enough to make a Danish word with
    that skeleton international (German: long ones only), from wordfreq."""
    least = ENGLISH_MIN if code == "en" else OTHER_MIN
    shortest = GERMAN_MIN_SKELETON if code == "de" else SHORT_SKELETON
    return frozenset(k for k, (v, _) in index(code).items() if v >= least and len(k) >= shortest)


@functools.cache
def shipped_skeletons(code: str) -> frozenset[str]:
    """``common_skeletons(code)`` as shipped with quizgen."""
    with gzip.open(SKELETONS, "rt", encoding="utf-8") as lines:
        return frozenset(line[3:].rstrip("\n") for line in lines if line[:3] == f"{code}\t")
