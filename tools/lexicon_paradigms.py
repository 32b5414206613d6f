"""From Stavekontrolden's affix flags to word classes, genders and labelled forms.

The flag numbers are those of da_DK.aff (Stavekontrolden 2.7, ``FLAG num``); the
comments above each SFX block there name the paradigm, and the mapping below follows
them (checked by expanding sample stems, see tests/test_lang_lexicon.py):

- verbs: 1 (-ede/-et), 20 (-te/-t), 21 (present -r, participle -nde, imperative),
  22 (passive -s, also on the past: -edes/-tes);
- adjectives: 12, 23-28, 38, 40-42, 49, 59, 77, 78, 82;
- nouns: common definite 2, 14, 44, 58, 65, 75; neuter definite 4, 15, 45, 57, 66, 70,
  76, 84; plurals 5, 11, 13, 46, 64, 71, 72, 74, 85; consonant doubling 3, 7, 18, 19,
  47, 48 (intermediate stems with NEEDAFFIX 8); apostrophe forms 50, 51;
- proper nouns: 9 (genitive), 54 (Nord- prefix); 10 and 43 are genitives;
- compounding: 29-31, 53, 55, 56, 60-63, 67-69, 81, 83 give first parts (ONLYINCOMPOUND
  36, COMPOUNDBEGIN 32); 39 marks a word that may end a compound;
- 79 (verbal noun -en, "menen") is kept as a known form without an analysis.

Irregular words list their forms in ``al:`` fields (in a paradigm order that skips
forms that do not exist) and each such form points back with ``st:``.
"""

from __future__ import annotations

from hunspell_affix import Form, Rule

VERB_FLAGS = frozenset({"1", "20", "21"})
ADJ_FLAGS = frozenset(
    ["12", "23", "24", "25", "26", "27", "28", "38", "40", "41", "42", "49", "59", "77", "78", "82"]
)
COMMON_DEF = frozenset(["2", "14", "44", "58", "65", "75"])
NEUTER_DEF = frozenset(["4", "15", "45", "57", "66", "70", "76", "84"])
PLURAL = frozenset(["5", "11", "13", "46", "64", "71", "74", "85"])
DOUBLING = frozenset(["3", "7", "18", "19", "47", "48", "50", "51", "72"])
NOUN_FLAGS = COMMON_DEF | NEUTER_DEF | PLURAL | DOUBLING
ZERO_PLURAL = frozenset({"46", "47", "48"})
GENITIVE = frozenset({"9", "10", "43"})
NEUTER_ADJ = frozenset({"49", "82"})


def word_class(stem: str, flags: frozenset[str], irregular: tuple[str, ...]) -> str:
    """NOUN, VERB, ADJ, PROPN or X (uninflected) for one .dic line."""
    if flags & VERB_FLAGS:
        return "VERB"
    if flags & ADJ_FLAGS:
        return "ADJ"
    if flags & NOUN_FLAGS:
        return "NOUN"
    if irregular:
        return _irregular_class(stem, irregular)
    if "9" in flags or "54" in flags or stem[:1].isupper():
        return "PROPN"
    if "10" in flags:
        return "NOUN"
    return "X"


def _irregular_class(stem: str, forms: tuple[str, ...]) -> str:
    if any(f.endswith("ende") for f in forms) or stem + "r" in forms or stem + "er" in forms:
        return "VERB"
    if any(f.endswith(("re", "st")) and f != stem + "e" for f in forms):
        return "ADJ"
    return "NOUN"


def gender(forms: list[Form]) -> str:
    """'c', 'n', 'cn' (both) or '' from the flags that made the definite singular."""
    flags = {rule.flag for form in forms for rule in form.chain}
    return ("c" if flags & COMMON_DEF else "") + ("n" if flags & NEUTER_DEF else "")


def base_codes(cls: str, flags: frozenset[str]) -> tuple[str, ...]:
    """The codes of the stem itself."""
    if cls == "NOUN":
        if "74" in flags:
            return ("np",)
        return ("ns", "np") if flags & ZERO_PLURAL else ("ns",)
    if cls == "VERB":
        return ("vi",)
    if cls == "ADJ":
        return ("ac",) if flags & NEUTER_ADJ else ("ax",)
    if cls == "PROPN":
        return ("p",)
    return ("X",)


def form_code(cls: str, chain: tuple[Rule, ...]) -> str | None:
    """The code of an affixed form, or None for a form known but not labelled."""
    last = chain[-1]
    if last.flag in GENITIVE or last.flag == "79" or last.tag == "GENITIV":
        return None
    if cls == "NOUN":
        return _noun_code(last)
    if cls == "VERB":
        return _verb_code(chain)
    if cls == "ADJ":
        return _adj_code(last)
    return None


def _noun_code(rule: Rule) -> str | None:
    if rule.append.endswith("s"):
        return None
    if rule.flag in COMMON_DEF or rule.flag in NEUTER_DEF:
        return "nd"
    if rule.flag in PLURAL:
        return "nq" if rule.append.endswith("ne") else "np"
    if rule.flag == "72":
        return "ns"
    return None


_VERB_TAGS = {
    "DATID": "vt",
    "PERF_PART": "vu",
    "NUTID": "vp",
    "PRÆSENS_PART": "vr",
    "IMPERATIV": "vm",
}


def _verb_code(chain: tuple[Rule, ...]) -> str | None:
    last = chain[-1]
    if last.tag == "PASSIV":
        inner = _VERB_TAGS.get(chain[-2].tag) if len(chain) > 1 else "vi"
        return {"vi": "vI", "vt": "vT"}.get(inner or "")
    return _VERB_TAGS.get(last.tag)


def _adj_code(rule: Rule) -> str | None:
    tag = {"KOMPARATIV": "ak", "SUPERLATIV": "as", "SUPERLATIV_PLURALIS": "aS"}.get(rule.tag)
    if tag:
        return tag
    if rule.append.endswith("s"):
        return None
    if rule.append.endswith("t"):
        return "an"
    if rule.append.endswith("e"):
        return "ae"
    return None


def irregular_codes(cls: str, lemma: str, forms: tuple[str, ...]) -> list[tuple[str, str]]:
    """Label the ``al:`` forms of an irregular word (form, code); unlabelled ones get ''."""
    if cls == "VERB":
        return _irregular_verb(lemma, forms)
    if cls == "ADJ":
        return _irregular_adj(lemma, forms)
    return [(form, _irregular_noun(form)) for form in forms]


def _irregular_noun(form: str) -> str:
    if form.endswith("s"):
        return ""
    if form.endswith("ne"):
        return "nq"
    if form.endswith(("en", "et")):
        return "nd"
    return "np" if form.endswith("r") else ""


def _irregular_verb(lemma: str, forms: tuple[str, ...]) -> list[tuple[str, str]]:
    """Order: present, passive, past, past passive, participles, imperative (gaps allowed)."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    after_participle = False
    for n, form in enumerate(forms):
        code = ""
        if form.endswith("ende"):
            code, after_participle = "vr", True
        elif form.endswith("endes"):
            after_participle = True
        elif form == lemma + "s":
            code = "vI"
        elif n == 0:
            code = "vp"
        elif form.endswith("s"):
            code = "vT" if out and out[-1][1] == "vt" else ""
        elif n == len(forms) - 1 and (form == lemma[:-1] or _bare_past(form, seen)):
            # the imperative ends the list; with no past before it, it is the past too
            # ("komme": kom)
            code = "vm"
            if "vt" not in seen:
                out.append((form, "vt"))
        elif form.endswith("t") and "vu" not in seen and (after_participle or "vt" in seen):
            code = "vu"
        elif "vt" not in seen and (not after_participle or form.endswith(("de", "te"))):
            code = "vt"
        seen.add(code)
        out.append((form, code))
    # "gøre" lists no present: an imperative in -r is the present too ("gør")
    imperative = [form for form, code in out if code == "vm" and form.endswith("r")]
    if "vp" not in seen and imperative:
        out.append((imperative[0], "vp"))
    return out


def _bare_past(form: str, seen: set[str]) -> bool:
    """A last form with no past listed before it, and no participle ("skullet")."""
    return "vt" not in seen and not form.endswith("t")


def _irregular_adj(lemma: str, forms: tuple[str, ...]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    compared = False
    for form in forms:
        if form.endswith("s"):
            code = ""
        elif not compared and form.endswith("re") and form != lemma + "e":
            code, compared = "ak", True
        elif compared and form.endswith("t") and not form.endswith("st"):
            code = "an"
        elif compared:
            code = "aS" if form.endswith("ste") else "as" if form.endswith("st") else "ak"
        else:
            code = "an" if form.endswith("t") else "ae"
        out.append((form, code))
    return out
