"""The ``anki:`` config section: documented defaults, and clear messages for mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from quizgen.config.anki import AnkiConfig, template_problems
from quizgen.config.anki_templates import NOTE_FIELDS

ROOT_CONFIG = Path(__file__).resolve().parents[2] / "config.yaml"


def _error(**section: object) -> str:
    with pytest.raises(ValidationError) as caught:
        AnkiConfig.model_validate(section)
    return str(caught.value)


def test_anki_config_documented_defaults_equal_the_model() -> None:
    section = yaml.safe_load(ROOT_CONFIG.read_text(encoding="utf-8"))["anki"]
    assert AnkiConfig.model_validate(section) == AnkiConfig()


def test_anki_config_default_templates_have_no_problems() -> None:
    templates = AnkiConfig().templates
    for name in type(templates).model_fields:
        card = getattr(templates, name)
        note_type = "vocab" if name == "vocab_reversed" else name
        assert template_problems(card.front, note_type, side="front") == []
        assert template_problems(card.back, note_type, side="back") == []


def test_anki_config_every_field_is_shown_by_the_default_backs() -> None:
    templates = AnkiConfig().templates
    for note_type, fields in NOTE_FIELDS.items():
        backs = getattr(templates, note_type).back + getattr(templates, note_type).front
        if note_type == "vocab":
            backs += templates.vocab_reversed.front + templates.vocab_reversed.back
        # Reverse only switches a card on; a choice's answer shows as the marked option.
        # A revealed cloze is its source sentence.
        hidden = {"Reverse"} | {"choice": {"Answer"}, "cloze": {"Source"}}.get(note_type, set())
        for name in set(fields) - hidden:
            assert f"{name}}}}}" in backs, f"{note_type} never shows {name}"


def test_anki_config_unknown_field_names_the_note_type_and_its_fields() -> None:
    message = _error(templates={"question": {"front": "{{Spørgsmål}}", "back": "{{Answer}}"}})
    assert "templates.question" in message
    assert "{{Spørgsmål}} names no field of the question note type" in message
    assert "Question, Answer, Accepted, Hint, Source, Article" in message


@pytest.mark.parametrize(
    ("front", "back", "expected"),
    [
        ("{{#Hint}}{{Question}}", "{{Answer}}", "{{#Hint}} is never closed"),
        ("{{Question}}{{/Hint}}", "{{Answer}}", "{{/Hint}} closes a section that is not open"),
        ("{{FrontSide}}", "{{Answer}}", "{{FrontSide}} can only be used on the back"),
        ("Ingen felter", "{{Answer}}", "shows no field"),
        ("{{Question}", "{{Answer}}", "unbalanced"),
    ],
)
def test_anki_config_broken_templates_are_explained(front: str, back: str, expected: str) -> None:
    assert expected in _error(templates={"question": {"front": front, "back": back}})


def test_anki_config_cloze_templates_must_keep_the_cloze() -> None:
    message = _error(templates={"cloze": {"front": "{{Text}}", "back": "{{cloze:Text}}"}})
    assert "a cloze card needs {{cloze:Text}}" in message


def test_anki_config_filters_and_special_fields_are_accepted() -> None:
    config = AnkiConfig.model_validate(
        {
            "templates": {
                "question": {
                    "front": "{{text:Question}} {{tts da_DK:Question}} {{Deck}} {{Tags}}",
                    "back": "{{FrontSide}} {{type:Answer}} {{^Hint}}ingen hjælp{{/Hint}}",
                }
            }
        }
    )
    assert "{{tts da_DK:Question}}" in config.templates.question.front


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("Dansk::{titel}", "unknown placeholder {titel}"),
        ("Dansk::{title", "expected '}'"),
        ("Dansk::::{title}", "empty part"),
        ("{title}::", "empty part"),
    ],
)
def test_anki_config_bad_deck_names_are_explained(pattern: str, expected: str) -> None:
    message = _error(deck_name=pattern)
    assert "deck_name" in message and expected in message


def test_anki_config_deck_name_placeholders() -> None:
    config = AnkiConfig(deck_name="Læsning::{slug} ({article_id})::{title}")
    assert config.deck_name.startswith("Læsning")


def test_anki_config_audio_options_are_checked() -> None:
    assert "speed" in _error(audio={"speed": 10})
    assert "voice" in _error(audio={"voice": "da; rm -rf /"})


def test_anki_config_file_mistake_names_key_and_line() -> None:
    from quizgen.config.loader import parse_config_text
    from quizgen.errors import ConfigError

    text = 'anki:\n  templates:\n    question:\n      front: "{{Spørgsmål}}"\n'
    with pytest.raises(ConfigError) as caught:
        parse_config_text(text, "my.yaml")
    (problem,) = caught.value.problems
    assert problem.path == "anki.templates.question.front"
    assert problem.line == 4
    assert "{{Spørgsmål}} names no field of the question note type" in problem.message


def test_anki_config_partial_template_keeps_the_other_side() -> None:
    from quizgen.config.loader import parse_config_text

    config = parse_config_text(
        'anki:\n  templates:\n    truefalse:\n      front: "{{Statement}}"\n'
    )
    assert config.anki.templates.truefalse.front == "{{Statement}}"
    assert config.anki.templates.truefalse.back == AnkiConfig().templates.truefalse.back
