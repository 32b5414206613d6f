"""Practice: one card at a time; answer, see feedback, optionally regrade, move on.

All logic lives in ``PracticeSession``; this screen only shows its state and turns
keys into its transitions. Every answer is committed by the session before the
feedback appears, so ctrl+q at any moment loses nothing answered.

Keys change meaning between a question and its feedback (1-4 choose, then grade;
Enter answers, then moves on), so for a moment after each change such keys are
ignored: a double tap or a held Enter never answers or grades by accident.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from quizgen.errors import PracticeBusyError, PracticeError
from quizgen.lang import get_language
from quizgen.practice.answers import answer_mode, is_self_graded, kind_label
from quizgen.practice.answers import instruction as kind_instruction
from quizgen.practice.scheduler import Rating
from quizgen.practice.session import Feedback, PracticeSession
from quizgen.terminal import printable
from quizgen.tui.messages import OpenReading, PracticeFinished
from quizgen.tui.screens.practice_keys import key_works
from quizgen.tui.text import CHOICE_DONT_KNOW, DONT_KNOW, SELF_GRADED, TYPING, escape
from quizgen.tui.widgets.feedback import ChoiceList, FeedbackPanel, GradeBar

# While another process saves, a step is tried again on a timer instead of blocking the
# screen in sqlite's busy wait: about the 10 s a connection would otherwise wait.
BUSY_RETRY_S = 0.5
BUSY_RETRIES = 20
WAITING = "Another quizgen is saving to the progress database; waiting…"
NoteMode = Literal["edit", "report"]
NOTE_PROMPTS: dict[NoteMode, str] = {
    "edit": "Answer | other accepted answers · Enter saves, Esc cancels",
    "report": "What is wrong with this card? · Enter records it, Esc cancels",
}


class PracticeScreen(Screen[None]):
    CSS_PATH = "practice.tcss"
    HELP_NOTE = TYPING
    # check_action enables the keys of the phase on screen; the footer shows only those.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "choose(0)", "Choose", key_display="1-4"),
        Binding("2", "choose(1)", "Choose", show=False),
        Binding("3", "choose(2)", "Choose", show=False),
        Binding("4", "choose(3)", "Choose", show=False),
        Binding("t,s", "truth(True)", "True", key_display="t/s"),
        Binding("f", "truth(False)", "False"),
        Binding("question_mark", "dont_know", "I don't know", key_display="?"),
        Binding("enter,space", "reveal", "Show card", key_display="Enter"),
        Binding("1", "grade(1)", "Grade: Again", show=False),
        Binding("2", "grade(2)", "Grade: Hard", show=False),
        Binding("3", "grade(3)", "Grade: Good", show=False),
        Binding("4", "grade(4)", "Grade: Easy", show=False),
        Binding("enter", "next", "Next card", key_display="Enter"),
        Binding("r", "right", "I was right"),
        Binding("ctrl+z", "undo", "Undo", priority=True),
        Binding("e", "note('edit')", "Edit answer", show=False),
        Binding("x", "note('report')", "Report card", show=False),
        Binding("minus", "set_aside('bury')", "Bury till tomorrow", key_display="-", show=False),
        Binding("at", "set_aside('suspend')", "Suspend", key_display="@", show=False),
        Binding("o", "article", "Article", show=False),
        Binding("escape", "finish", "End session"),
    ]

    def __init__(
        self,
        session: PracticeSession,
        title: str,
        clock: Callable[[], datetime],
        *,
        settle: float = 0.0,
        ticker: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.session = session
        self.deck_title = title
        self.clock = clock
        self.settle = settle  # seconds a phase-dependent key is ignored after a change
        self.ticker = ticker
        self._changed_at = -settle
        self._note: NoteMode | None = None
        self._finished = False
        self._waiting = False  # a step waits for another process to release the database

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="status", classes="muted")
        # Scrolls rather than cuts when a small terminal can't hold card and feedback.
        with VerticalScroll(id="body"):
            with Vertical(id="card", classes="panel"):
                yield Static(id="prompt")
                yield Static(id="hint", classes="muted")
            yield ChoiceList(id="choices")
            yield Input(placeholder="Your answer", id="answer")
            yield FeedbackPanel(id="feedback", classes="panel")
            yield GradeBar(id="grades")
        yield Input(id="card-note")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = printable(self.deck_title)
        self._show_question()

    # -- rendering --------------------------------------------------------------------

    def _show_status(self) -> None:
        done = len(self.session.answered)
        self.query_one("#status", Static).update(
            f"Answered {done} · {self.session.remaining} to go"
            f" · {self.session.due_count} due, {self.session.new_count} new today"
        )

    def _phase_changed(self) -> None:
        self._changed_at = self.ticker()
        self._close_note()
        self._show_status()
        self.refresh_bindings()

    def _show_question(self) -> None:
        item = self.session.current
        if item is None:
            self.action_finish()
            return
        self.query_one("#card").border_title = kind_label(item)
        self.query_one("#prompt", Static).update(escape(item.prompt))
        hint = f"Hint: {escape(item.hint)}   " if item.hint else ""
        mode = answer_mode(item)
        dont_know = DONT_KNOW if mode == "typed" else CHOICE_DONT_KNOW
        instruction = f"{kind_instruction(item)} {dont_know}"
        if is_self_graded(item):
            hint, instruction = "", SELF_GRADED
        self.query_one("#hint", Static).update(f"{hint}{instruction}")
        self.query_one(ChoiceList).show(item, None)
        answer = self.query_one("#answer", Input)
        answer.value = ""
        answer.display = mode == "typed"
        answer.disabled = mode != "typed"
        self.query_one("#feedback").display = False
        self.query_one("#grades").display = False
        if mode == "typed":
            answer.focus()
        else:
            self.set_focus(None)
        self._phase_changed()

    def _show_feedback(self, feedback: Feedback) -> None:
        self.query_one(FeedbackPanel).show(feedback)
        self.query_one(ChoiceList).show(feedback.item, feedback)
        self.query_one(GradeBar).show(feedback, self.session.intervals())
        answer = self.query_one("#answer", Input)
        answer.display = False
        answer.disabled = True
        self.query_one("#feedback").display = True
        self.set_focus(None)
        self._phase_changed()

    # -- keys -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # False (not None) hides a key from the footer as well as disabling it.
        return key_works(action, parameters, self.session, note_open=self._note is not None)

    def _settled(self) -> bool:
        """A phase-dependent key counts only once the screen has been still a moment."""
        return self.ticker() - self._changed_at >= self.settle

    @on(Input.Submitted, "#answer")
    def _typed(self, event: Input.Submitted) -> None:
        if self.session.phase == "question" and self._settled():
            self._answer(event.value)

    def action_choose(self, index: int) -> None:
        item = self.session.current
        if item is not None and index < len(item.choices) and self._settled():
            self._answer(item.choices[index])

    def action_truth(self, true: bool) -> None:
        words = get_language().cards
        if self._settled():
            self._answer(words.true_answer if true else words.false_answer)

    def action_dont_know(self) -> None:
        if self._settled():
            self._answer("")

    def action_reveal(self) -> None:
        if self._settled():
            self._answer("")

    def _answer(self, given: str) -> None:
        self._run(lambda: self._show_feedback(self.session.answer(given, self.clock())))

    def _run(self, step: Callable[[], object]) -> bool:
        """Run a session step; a store error becomes a message, not a crash."""
        if self._waiting:
            return False  # a key pressed while an earlier step waits for the database
        return self._try(step, BUSY_RETRIES)

    def _try(self, step: Callable[[], object], tries: int) -> bool:
        try:
            step()
        except PracticeBusyError as error:
            if tries > 0:
                if not self._waiting:
                    self.notify(WAITING, timeout=BUSY_RETRY_S * BUSY_RETRIES)
                self._waiting = True
                self.set_timer(BUSY_RETRY_S, lambda: self._try(step, tries - 1))
                return False
            self._waiting = False
            self.notify(escape(str(error)), severity="error", timeout=10)
            return False
        except PracticeError as error:
            self._waiting = False
            self.notify(escape(str(error)), severity="error", timeout=10)
            return False
        self._waiting = False
        return True

    def action_grade(self, rating: int) -> None:
        if not self._settled():  # a double tap on the option's number is not a grade
            return

        def regrade() -> None:
            feedback = self.session.override(Rating(rating), self.clock())
            self.query_one(GradeBar).show(feedback, self.session.intervals())
            self.refresh_bindings()

        self._run(regrade)

    def action_right(self) -> None:
        """The checker was too strict: count the answer as right (Good), as an override."""
        self.action_grade(int(Rating.Good))

    def action_next(self) -> None:
        if self._settled() and self._run(lambda: self.session.advance(self.clock())):
            self._show_question()

    def action_undo(self) -> None:
        if self._run(self.session.undo):
            self.notify("Took back the last answer.")
            self._show_question()

    def action_set_aside(self, how: Literal["suspend", "bury"]) -> None:
        if self._run(lambda: self.session.set_aside(how, self.clock())):
            self.notify(
                "Suspended the card." if how == "suspend" else "Buried the card until tomorrow."
            )
            self._show_question()

    def action_article(self) -> None:
        item = self.session.current
        if item is not None:
            self.post_message(OpenReading(item.article_id, item.source))

    # -- editing and reporting a card ------------------------------------------------------

    def action_note(self, mode: NoteMode) -> None:
        item = self.session.current
        if item is None:
            return
        note = self.query_one("#card-note", Input)
        note.placeholder = note.border_title = NOTE_PROMPTS[mode]
        note.value = " | ".join(item.answers) if mode == "edit" else ""
        note.display = True
        self._note = mode
        note.focus()
        self.refresh_bindings()

    def _close_note(self) -> None:
        self._note = None
        note = self.query_one("#card-note", Input)
        note.display = False
        note.value = ""

    @on(Input.Submitted, "#card-note")
    def _note_given(self, event: Input.Submitted) -> None:
        mode, text = self._note, event.value.strip()
        self._close_note()
        self.set_focus(None)
        self.refresh_bindings()
        if not text:
            return
        if mode == "edit":
            answer, *accepted = [p.strip() for p in text.split("|") if p.strip()]
            feedback = self.session.feedback
            if self._run(lambda: self.session.edit(answer, tuple(accepted), self.clock())):
                self.notify("Saved your answer for this card; it stays when the deck is rebuilt.")
                if feedback is not None and self.session.feedback is not None:
                    self.query_one(FeedbackPanel).show(self.session.feedback)
        elif mode == "report" and self._run(lambda: self.session.report(text, self.clock())):
            self.notify("Reported. `quizgen stats` lists reports for the teacher.")

    def action_finish(self) -> None:
        if self._note is not None:  # Esc in the edit/report line cancels that first
            self._close_note()
            self.set_focus(None)
            self.refresh_bindings()
            return
        if not self._finished:  # once: the app replaces this screen with the summary
            self._finished = True
            self.post_message(PracticeFinished(self.session.summary(self.clock())))
