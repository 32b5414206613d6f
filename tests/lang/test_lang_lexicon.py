"""The Danish lexicon: the affix engine on small inputs, the build's determinism, and
facts the shipped tables must know (from the review of issue 13)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

from quizgen.lang.da.lexicon import Lexicon, lexicon

ROOT = Path(__file__).resolve().parents[2]

AFF = """SET UTF-8
FLAG num
NEEDAFFIX 8
ONLYINCOMPOUND 36
COMPOUNDBEGIN 32
COMPOUNDEND 34

#Substantiv, fælleskøn
SFX 2 Y 2
SFX 2 0 n/34 e\t+BESTEMT_ENTAL
SFX 2 0 en/34 [^e]\t+BESTEMT_ENTAL

#Substantiv, intetkøn
SFX 4 Y 2
SFX 4 0 t/34 e\t+BESTEMT_ENTAL
SFX 4 0 et/34 [^e]\t+BESTEMT_ENTAL

#Substantiv, flertal, med -e
SFX 5 Y 2
SFX 5 0 e/34 [^e]\t+PLUR_UBEK
SFX 5 0 ene/34 [^e]\t+PLUR_BEK

SFX 11 Y 2
SFX 11 0 r/34 e\t+PLUR_UBEK
SFX 11 0 rne/34 e\t+PLUR_BEK

#konsonantfordobling, fælleskøn, -e
SFX 19 Y 1
SFX 19 0 m/8,2,5 m\t+KONSONANT_FORDOBLING

SFX 20 Y 2
SFX 20 e te/22 [^b]e\t+DATID
SFX 20 e t/22 [^b]e\t+PERF_PART

SFX 21 Y 2
SFX 21 0 r .\t+NUTID
SFX 21 e 0 [^e]e\t+IMPERATIV

SFX 22 Y 1
SFX 22 0 s [^s]\t+PASSIV

SFX 29 Y 1
SFX 29 0 s/32,36 .

SFX 49 Y 1
SFX 49 0 t [^t]\t+BESTEMT_ENTAL

SFX 24 Y 1
SFX 24 0 e [^e]\t+PLUR_BEK

PFX 37 Y 1
PFX 37 0 u .
"""

DIC = """8
rute/2,11
dom/2,5
dom/19,29
mene/20,21,22
skjold/4,5
smuk/49,24,37
gå al:går al:gås al:gik al:gikkes al:gående al:gåendes al:gået
gik st:gå
gøre al:gøres al:gjorde al:gjordes al:gørende al:gjort al:gør
komme al:kommer al:kommes al:kommende al:kommet al:kom
til gengæld
"""

THES = "utf-8\nafgørelse|1\n|beslutning|kendelse (underbegreb)|til gengæld\n"


def _tools(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT / "tools"))


def _tiny_data(folder: Path) -> Path:
    (folder / "hunspell-da").mkdir(parents=True)
    (folder / "thesaurus-da").mkdir()
    (folder / "hunspell-da" / "da_DK.aff").write_text(AFF, encoding="utf-8")
    (folder / "hunspell-da" / "da_DK.dic").write_text(DIC, encoding="utf-8")
    (folder / "thesaurus-da" / "th_da_DK.dat").write_text(THES, encoding="utf-8")
    return folder


def test_lang_lexicon_affix_engine_applies_strip_conditions_and_continuations() -> None:
    affix = _tools("hunspell_affix")
    aff = affix.parse_aff(AFF)
    assert aff.flag_mode == "num"
    forms = {entry.stem: entry for entry in affix.parse_dic(DIC, aff)}

    def texts(stem: str) -> set[str]:
        entry = forms[stem]
        return {form.text for form in affix.expand(entry.stem, entry.flags, aff)}

    assert texts("rute") == {"rute", "ruten", "ruter", "ruterne"}
    # consonant doubling: the intermediate "domm" (NEEDAFFIX) is not a word itself
    assert texts("dom") == {"dom", "dommen", "domme", "dommene", "doms"}
    # strip e, add te; the passive continuation applies to the past
    assert {"mente", "ment", "mentes", "ments", "mener", "menes", "men"} <= texts("mene")
    # the condition [^e] keeps -e plurals off e-final stems
    assert "skjolde" in texts("skjold") and "skjoldet" in texts("skjold")
    # cross product of a prefix and a suffix
    assert {"smukt", "smuke", "usmuk", "usmukt", "usmuke"} <= texts("smuk")
    assert forms["gå"].fields[:2] == (("al", "går"), ("al", "gås"))


def test_lang_lexicon_build_is_deterministic_on_a_tiny_dictionary(tmp_path: Path) -> None:
    build = _tools("build_lexicon")
    data = _tiny_data(tmp_path / "data")
    assert build.main([str(data), str(tmp_path / "a")]) == 0
    assert build.main([str(data), str(tmp_path / "b")]) == 0
    for name in build.FILES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    lex = Lexicon.load(tmp_path / "a")
    assert lex.entry("rute", "NOUN") is not None
    assert lex.inflect("rute", "NOUN", "Definite=Def|Number=Plur") == "ruterne"
    assert [a.lemma for a in lex.analyses("domme")] == ["dom"]
    assert lex.analyses("mentes")[0].feats == "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass"
    assert lex.inflect("gå", "VERB", {"Tense": "Past", "VerbForm": "Fin"}) == "gik"
    assert lex.synonyms("afgørelse") == ("beslutning", "til gengæld")
    assert lex.hypernyms("kendelse") == ("afgørelse",)
    assert lex.is_expression("til gengæld")
    assert not lex.knows("domm")


def test_lang_lexicon_keeps_the_paradigms_of_homographs_apart(tmp_path: Path) -> None:
    build = _tools("build_lexicon")
    assert build.main([str(_tiny_data(tmp_path / "data")), str(tmp_path / "out")]) == 0
    dom = Lexicon.load(tmp_path / "out").entry("dom", "NOUN")
    assert dom is not None and len(dom.paradigms()) == 2
    (judgement,) = dom.containing("dommen")
    assert {f.text for f in judgement.forms} == {"dom", "dommen", "domme", "dommene"}
    (other,) = dom.containing("domene")
    assert {f.text for f in other.forms} == {"dom", "domen", "dome", "domene"}
    assert dom.containing("dom") == dom.paradigms()


def test_lang_lexicon_irregular_verb_without_a_listed_present(tmp_path: Path) -> None:
    build = _tools("build_lexicon")
    assert build.main([str(_tiny_data(tmp_path / "data")), str(tmp_path / "out")]) == 0
    lex = Lexicon.load(tmp_path / "out")
    assert all(a.feature("Voice") == "Pass" for a in lex.analyses("gøres"))
    assert lex.inflect("gøre", "VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act") == "gør"
    # "kom" ends the list as imperative and is the past too
    assert lex.inflect("komme", "VERB", "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act") == "kom"


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return lexicon()


def _nouns(lex: Lexicon, form: str) -> set[tuple[str, str | None]]:
    return {(a.lemma, a.feature("Gender")) for a in lex.analyses(form) if a.pos == "NOUN"}


def test_lang_lexicon_shipped_tables_load_and_answer() -> None:
    # How fast they load is a benchmark's figure (benchmarks/bench_startup.py), not a
    # timed assertion that a loaded machine fails.
    fresh = Lexicon.load()
    assert fresh.knows("ruten")


def test_lang_lexicon_knows_noun_genders(lex: Lexicon) -> None:
    rute = lex.entry("rute", "NOUN")
    assert rute is not None and rute.gender == ("Com",)
    assert {f.text for f in rute.forms} >= {"ruten", "ruter", "ruterne"}
    for word, gender in [
        ("skjold", "Neut"),
        ("interval", "Neut"),
        ("ben", "Neut"),
        ("fundament", "Neut"),
        ("bropille", "Com"),
        ("ørkenområde", "Neut"),
    ]:
        assert (word, gender) in _nouns(lex, word), word


def test_lang_lexicon_labels_number_tense_and_voice(lex: Lexicon) -> None:
    domme = [a for a in lex.analyses("domme") if a.lemma == "dom"]
    assert domme and domme[0].feature("Number") == "Plur"
    mentes = [a for a in lex.analyses("mentes") if a.pos == "VERB"]
    assert mentes[0].lemma == "mene"
    assert (mentes[0].feature("Tense"), mentes[0].feature("Voice")) == ("Past", "Pass")
    kurset = lex.analyses("kurset")
    assert ("kursus", "NOUN", "Def") in {(a.lemma, a.pos, a.feature("Definite")) for a in kurset}


def test_lang_lexicon_keeps_homographs_apart(lex: Lexicon) -> None:
    readings = {
        (a.lemma, a.pos, a.feature("Number") or a.feature("Tense"))
        for a in lex.analyses("anklager")
    }
    assert ("anklager", "NOUN", "Sing") in readings
    assert ("anklage", "NOUN", "Plur") in readings
    assert ("anklage", "VERB", "Pres") in readings
    assert "ADJ" not in {a.pos for a in lex.analyses("storm")}
    assert "NOUN" in {a.pos for a in lex.analyses("storm")}
    assert {a.pos for a in lex.analyses("transport")} == {"NOUN"}
    assert ("transportere", "VERB") in {(a.lemma, a.pos) for a in lex.analyses("transportere")}


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("koalitionsstyrke", "koalitionsstyrke"),
        ("cityring", "cityring"),
        ("elitesvømmer", "elitesvømmer"),
        ("lydtryk", "lydtryk"),
        ("stranding", "stranding"),
        ("computermand", "computermand"),
    ],
)
def test_lang_lexicon_knows_compounds_with_their_lemma(lex: Lexicon, word: str, lemma: str) -> None:
    assert lex.knows(word)
    assert lemma in {a.lemma for a in lex.analyses(word) if a.pos == "NOUN"}


def test_lang_lexicon_capitalised_compound_has_a_lower_case_lemma(lex: Lexicon) -> None:
    # "Hoteldøren åbnes": a capital opening a sentence is not part of the word
    assert {a.lemma for a in lex.analyses("Hoteldøren")} == {"hoteldør"}


def test_lang_lexicon_compound_takes_the_heads_gender_and_inflection(lex: Lexicon) -> None:
    styrke = [a for a in lex.analyses("koalitionsstyrken") if a.pos == "NOUN"]
    assert styrke[0].lemma == "koalitionsstyrke" and styrke[0].compound == ("koalitions", "styrken")
    assert styrke[0].feature("Gender") == "Com" and styrke[0].feature("Definite") == "Def"
    assert (
        lex.inflect("koalitionsstyrke", "NOUN", "Definite=Ind|Number=Plur") == "koalitionsstyrker"
    )


def test_lang_lexicon_rejects_misspellings(lex: Lexicon) -> None:
    assert not lex.knows("benen")
    assert not lex.knows("koaste")
    assert lex.knows("benene") and lex.knows("1981") and lex.knows("FN-styrke")


def test_lang_lexicon_lists_fixed_expressions(lex: Lexicon) -> None:
    for expression in ("til gengæld", "på forhånd", "regne med"):
        assert lex.is_expression(expression), expression
        assert expression in lex.expressions()


def test_lang_lexicon_thesaurus_relations(lex: Lexicon) -> None:
    assert "beslutning" in lex.synonyms("afgørelse")
    assert lex.hypernyms("fod")
    assert "fod" in lex.hyponyms(lex.hypernyms("fod")[0]) or lex.hyponyms("fod")


def test_lang_lexicon_inflects_to_an_exact_form(lex: Lexicon) -> None:
    assert lex.inflect("bropille", "NOUN", "Definite=Def|Number=Plur") == "bropillerne"
    assert lex.inflect("mene", "VERB", {"Tense": "Past", "Voice": "Act"}) == "mente"
    assert lex.inflect("god", "ADJ", "Degree=Cmp") == "bedre"
    assert lex.inflect("mand", "NOUN", "Definite=Ind|Number=Plur") == "mænd"
    assert lex.inflect("gå", "VERB", "Tense=Past|VerbForm=Fin|Voice=Act") == "gik"
    assert lex.analyses("rutes")[0].feature("Case") == "Gen"
