"""Words a language puts on cards and worksheets, and accepts in practice."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CardWords:
    true_answer: str  # the answer of a true statement
    false_answer: str
    # What a learner may type for true / false (besides the answers themselves).
    true_words: frozenset[str] = frozenset()
    false_words: frozenset[str] = frozenset()
    true_label: str = "True"  # the answer as a card shows it
    false_label: str = "False"
    true_verdict: str = "True"  # the answer as a worksheet's key writes it
    false_verdict: str = "False"
    true_or_false: str = "True or false?"  # before a statement in a CSV row
    true_or_false_marks: str = "T / F"  # after a statement on a worksheet
    # Inflectional endings, longest first: a crude stemmer for "right word, wrong form".
    inflection_suffixes: tuple[str, ...] = ()
    word_classes: Mapping[str, str] = field(default_factory=dict)  # UPOS -> grammar-book name
    genders: Mapping[str, str] = field(default_factory=dict)  # common / neuter -> name
    changed_feedback: str = "The article says {original}, not {replaced}."
    changed_note: str = "Changed: {changed}"
    also: str = "also"  # "(also: ...)": other right answers
    in_the_text: str = "The text says:"
    # Anki card template names.
    plain_card: str = "Card"
    word_to_meaning: str = "Word → meaning"
    meaning_to_word: str = "Meaning → word"
    # Worksheets: title, header lines, the answer key, and a section per kind
    # (kind name -> heading, instruction).
    worksheet_title: str = "Worksheet"
    untitled: str = "Text"
    name_and_date: str = "Name: ____________________   Date: ____________"
    answer_key: str = "Answer key"
    no_tasks: str = "No tasks could be made from this text."
    worksheet_sections: Mapping[str, tuple[str, str]] = field(default_factory=dict)
