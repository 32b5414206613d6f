from __future__ import annotations

from datetime import timedelta

from practice_fixtures import CLOZE_HOUSE, NOW, TRUEFALSE, VOCAB_HOUSE

from quizgen.tui.text import bold_marks, duration, marked_source, percent, until


def test_tui_text_until_reads_like_speech() -> None:
    assert until(None, NOW) == "nothing scheduled"
    assert until(NOW, NOW) == "now"
    assert until(NOW + timedelta(minutes=10), NOW) == "in 10 minutes"
    assert until(NOW + timedelta(hours=1), NOW) == "in 1 hour"
    assert until(NOW + timedelta(days=3), NOW) == "in 3 days"


def test_tui_text_duration_and_percent() -> None:
    assert duration(timedelta(seconds=65)) == "1 min 05 s"
    assert duration(timedelta(seconds=9)) == "9 s"
    assert percent(None) == "-" and percent(0.5) == "50%"


def test_tui_text_marks_the_answer_and_escapes_markup() -> None:
    assert "[reverse b]huset[/]" in marked_source(CLOZE_HOUSE)
    assert "[reverse b]huset[/]" in marked_source(VOCAB_HOUSE)
    assert "[" not in marked_source(TRUEFALSE)
    assert bold_marks("a [b] **c**") == "a \\[b] [reverse b]c[/]"
