"""Glosses from an installed dictd dictionary (FreeDict format); never required."""

from __future__ import annotations

from pathlib import Path

from analysis_builders import analysis_from_text

from quizgen.config.generation import GenerationConfig, LevelBand
from quizgen.extract.dictionary import B64, dictd_number, load_dictionary
from quizgen.extract.vocabulary import extract_vocabulary


def _b64(number: int) -> str:
    digits = ""
    while True:
        digits = B64[number % 64] + digits
        number //= 64
        if number == 0:
            return digits


def _write_dictd(folder: Path, entries: dict[str, str]) -> Path:
    data = b""
    index_lines = ["00databaseshort\tA\tA"]
    for word, text in entries.items():
        raw = text.encode("utf-8")
        index_lines.append(f"{word}\t{_b64(len(data))}\t{_b64(len(raw))}")
        data += raw
    (folder / "test-dan-eng.dict").write_bytes(data)
    index = folder / "test-dan-eng.index"
    index.write_text("\n".join(index_lines) + "\n", encoding="utf-8")
    return index


def test_vocabulary_dictionary_reads_dictd_numbers() -> None:
    assert dictd_number("A") == 0 and dictd_number("B") == 1 and dictd_number("BA") == 64
    assert dictd_number(_b64(123456)) == 123456


def test_vocabulary_dictionary_gives_glosses_after_the_glossary(tmp_path: Path) -> None:
    index = _write_dictd(
        tmp_path,
        {
            "gade": "gade /\u02c8gæðə/ <n>\nstreet, lane\n",
            "lastbil": "lastbil /\u02c8lastbil/ <n>\nlorry, truck\n",
        },
    )
    glosses = load_dictionary(str(index))
    assert glosses == {"gade": "street, lane", "lastbil": "lorry, truck"}
    analysis = analysis_from_text(
        """
Lastbiler lastbil NOUN Definite=Ind|Gender=Com|Number=Plur 2 nsubj
kører køre VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
gennem gennem ADP _ 4 case
gaden gade NOUN Definite=Def|Gender=Com|Number=Sing 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""
    )
    config = GenerationConfig(
        level=LevelBand(min="A1", max="C2"),
        dictionary=str(index),
        glossary={"lastbil": "truck (teacher)"},
    )
    entries = {e.lemma: e for e in extract_vocabulary(analysis, config)}
    assert entries["gade"].gloss == "street, lane"
    assert entries["lastbil"].gloss == "truck (teacher)"  # the teacher's word wins


def test_vocabulary_dictionary_missing_means_no_glosses(tmp_path: Path) -> None:
    assert load_dictionary("none") == {}
    assert load_dictionary(str(tmp_path / "missing.index")) == {}


def test_vocabulary_dictionary_gives_only_the_first_sense(tmp_path: Path) -> None:
    # Regression: "slutte" showed "1. abstract, deduce, gather; 2. induce, infer".
    index = _write_dictd(tmp_path, {"land": "land /lan/ <n>\n1. country, countryside; 2. land\n"})
    assert load_dictionary(str(index)) == {"land": "country, countryside"}
