"""Anki note types' field names and the default card templates and CSS.

The field names are part of each note type's identity in Anki: changing them
means a new note type id (see ``quizgen.export.anki.models``). The templates and
CSS are only defaults; a teacher overrides them in the ``anki:`` section of
config.yaml, and ``quizgen/config/anki.py`` checks that they only name fields
that exist.
"""

from __future__ import annotations

from collections.abc import Sequence

# The built-in note types' fields. They live here, not with the kinds, because
# config checks templates against them and may not import the kinds; a kind
# added later declares its own (``declare_note_type``).
NOTE_FIELDS: dict[str, tuple[str, ...]] = {
    "cloze": ("Text", "Extra", "Source", "Article"),
    "vocab": ("Front", "Back", "Meaning", "Grammar", "Audio", "Source", "Article", "Reverse"),
    "question": ("Question", "Answer", "Accepted", "Hint", "Source", "Article"),
    "choice": ("Question", "Options", "Marked", "Answer", "Feedback", "Source", "Article"),
    "truefalse": ("Statement", "Answer", "Feedback", "Source", "Article"),
}

CLOZE_NOTE_TYPES = {"cloze"}  # Anki cloze note types: their cards need {{cloze:Text}}
# Template keys under ``anki.templates`` that belong to a note type of another name.
TEMPLATE_NOTE_TYPES = {"vocab_reversed": "vocab"}
_DECLARED: dict[str, tuple[str, ...]] = {}


def declare_note_type(
    name: str, fields: Sequence[str], *, cloze: bool = False, templates: Sequence[str] = ()
) -> None:
    """Make a note type's fields known to template checks; ``templates`` are the
    ``anki.templates`` keys of its cards besides its own name."""
    if name not in NOTE_FIELDS:
        _DECLARED[name] = tuple(fields)
    if cloze:
        CLOZE_NOTE_TYPES.add(name)
    for key in templates:
        TEMPLATE_NOTE_TYPES.setdefault(key, name)


def note_fields(note_type: str) -> tuple[str, ...] | None:
    return NOTE_FIELDS.get(note_type) or _DECLARED.get(note_type)


def note_type_of(template_key: str) -> str:
    return TEMPLATE_NOTE_TYPES.get(template_key, template_key)


# Names Anki fills in itself; templates may use them besides the note's fields.
SPECIAL_FIELDS = frozenset(
    {"FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag", "CardID"}
)

# The block every back side ends with: where the card came from.
_SOURCE = (
    '<div class="qg-source">\n'
    '  <div class="qg-sentence">{{Source}}</div>\n'
    '  <div class="qg-article">{{Article}}</div>\n'
    "</div>\n"
)

CLOZE_FRONT = '<div class="qg-text">{{cloze:Text}}</div>\n'
# The revealed gap-fill text is the source sentence, so only the title is added.
CLOZE_BACK = (
    '<div class="qg-text">{{cloze:Text}}</div>\n'
    '{{#Extra}}<div class="qg-extra">{{Extra}}</div>{{/Extra}}\n'
    '<div class="qg-source">\n'
    '  <div class="qg-article">{{Article}}</div>\n'
    "</div>\n"
)

VOCAB_FRONT = '<div class="qg-word">{{Front}}</div>\n{{Audio}}\n'
VOCAB_BACK = (
    '<div class="qg-word">{{Front}}</div>\n'
    '<hr id="answer">\n'
    # Back is the asked form alone; with none, the card asks the meaning.
    '{{#Back}}<div class="qg-answer">{{Back}}</div>\n'
    '{{#Meaning}}<div class="qg-meaning">{{Meaning}}</div>{{/Meaning}}{{/Back}}\n'
    '{{^Back}}<div class="qg-answer">{{Meaning}}</div>{{/Back}}\n'
    '{{#Grammar}}<div class="qg-grammar">{{Grammar}}</div>{{/Grammar}}\n' + _SOURCE
)
# Only made when reversed word cards are switched on and the word has a meaning
# (a glossary entry); the exporter adds that condition around the front.
VOCAB_REVERSED_FRONT = '<div class="qg-word">{{Meaning}}</div>\n'
VOCAB_REVERSED_BACK = (
    "{{FrontSide}}\n"
    '<hr id="answer">\n'
    '<div class="qg-answer">{{Front}}</div>\n'
    "{{Audio}}\n"
    '<div class="qg-grammar">{{Back}}</div>\n' + _SOURCE
)

QUESTION_FRONT = (
    '<div class="qg-question">{{Question}}</div>\n'
    '{{#Hint}}<div class="qg-hint">{{hint:Hint}}</div>{{/Hint}}\n'
)
QUESTION_BACK = (
    '<div class="qg-question">{{Question}}</div>\n'
    '<hr id="answer">\n'
    '<div class="qg-answer">{{Answer}}</div>\n'
    '{{#Accepted}}<div class="qg-accepted">Også rigtigt: {{Accepted}}</div>{{/Accepted}}\n'
    + _SOURCE
)

CHOICE_FRONT = (
    '<div class="qg-question">{{Question}}</div>\n<div class="qg-options">{{Options}}</div>\n'
)
CHOICE_BACK = (
    '<div class="qg-question">{{Question}}</div>\n'
    '<hr id="answer">\n'
    '<div class="qg-options">{{Marked}}</div>\n'
    '{{#Feedback}}<div class="qg-feedback">{{Feedback}}</div>{{/Feedback}}\n' + _SOURCE
)

TRUEFALSE_FRONT = (
    '<div class="qg-label">Sand eller falsk?</div>\n<div class="qg-statement">{{Statement}}</div>\n'
)
TRUEFALSE_BACK = (
    '<div class="qg-label">Sand eller falsk?</div>\n'
    '<div class="qg-statement">{{Statement}}</div>\n'
    '<hr id="answer">\n'
    '<div class="qg-answer">{{Answer}}</div>\n'
    '{{#Feedback}}<div class="qg-feedback">{{Feedback}}</div>{{/Feedback}}\n' + _SOURCE
)

# Colours only for accents: Anki itself sets text and background for light and
# night mode, so cards stay readable in both.
CSS = """\
.card {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: left;
}
.qg-text, .qg-question, .qg-statement, .qg-answer, .qg-options, .qg-source {
  max-width: 36em;
  margin: 0 auto;
}
.qg-word { font-size: 1.6em; font-weight: bold; text-align: center; }
.qg-label { font-size: 0.8em; opacity: 0.7; }
.cloze, .qg-answer { font-weight: bold; color: #0b5cad; }
.qg-right { font-weight: bold; color: #1a7f37; }
.qg-hint, .qg-extra, .qg-grammar, .qg-accepted, .qg-feedback {
  margin-top: 0.5em;
  font-size: 0.9em;
  opacity: 0.85;
}
.qg-source {
  margin-top: 1.5em;
  padding-top: 0.5em;
  border-top: 1px solid rgba(128, 128, 128, 0.4);
  font-size: 0.75em;
  opacity: 0.8;
}
.qg-article { font-style: italic; }
.nightMode .cloze, .night_mode .cloze, .nightMode .qg-answer, .night_mode .qg-answer {
  color: #79b8ff;
}
.nightMode .qg-right, .night_mode .qg-right { color: #56d364; }
@media (max-width: 480px) {
  .card { font-size: 18px; }
  .qg-word { font-size: 1.4em; }
}
"""
