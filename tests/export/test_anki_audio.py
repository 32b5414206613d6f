"""Optional espeak-ng pronunciation of vocabulary, packaged as Anki media."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from anki_support import import_apkg, new_collection, sample_source

from quizgen.config.anki import AnkiConfig, AudioConfig
from quizgen.errors import ExportError
from quizgen.export import audio
from quizgen.export.anki import write_deck

needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (apt install espeak-ng)"
)


def test_anki_audio_without_espeak_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audio.shutil, "which", lambda _name: None)
    path = tmp_path / "deck.apkg"
    with pytest.raises(ExportError) as caught:
        write_deck([sample_source()], path, AnkiConfig(), audio=True)
    assert "espeak-ng" in str(caught.value) and "without --audio" in str(caught.value)
    assert not path.exists()


def test_anki_audio_without_the_flag_never_needs_espeak(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audio.shutil, "which", lambda _name: None)
    summary = write_deck([sample_source()], tmp_path / "deck.apkg", AnkiConfig())
    assert summary.media_files == 0


def test_anki_audio_media_names_depend_on_word_voice_and_speed() -> None:
    config = AudioConfig()
    name = audio.media_name("en lomme", config)
    assert name == audio.media_name("en lomme", AudioConfig())
    assert name.startswith("quizgen-") and name.endswith(".wav")
    assert name != audio.media_name("en lomme", AudioConfig(speed=120))
    assert name != audio.media_name("lomme", config)


@needs_espeak
def test_anki_audio_pronounces_vocabulary_and_packages_it(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    summary = write_deck([sample_source()], path, AnkiConfig(), audio=True, now=1000.0)
    assert summary.media_files == 2  # "en lomme" and "forskanse sig"
    with zipfile.ZipFile(path) as archive:
        media = json.loads(archive.read("media"))
        assert sorted(media) == ["0", "1"]
        assert all(archive.read(index).startswith(b"RIFF") for index in media)

    pytest.importorskip("anki")
    col = new_collection(tmp_path / "anki")
    try:
        import_apkg(col, path)
        media_folder = Path(col.media.dir())
        for card_id in col.find_cards('"note:quizgen vocab v1"'):
            tags = col.get_card(card_id).question_av_tags()
            assert len(tags) == 1 and tags[0].filename in media.values()
            assert (media_folder / tags[0].filename).stat().st_size > 1000
    finally:
        col.close()


@needs_espeak
def test_anki_audio_unknown_voice_is_a_clear_error(tmp_path: Path) -> None:
    config = AnkiConfig(audio=AudioConfig(voice="xx-nonexistent"))
    with pytest.raises(ExportError, match=r"anki\.audio\.voice"):
        write_deck([sample_source()], tmp_path / "deck.apkg", config, audio=True)
