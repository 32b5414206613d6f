"""Practice: one card at a time; answer, see feedback, optionally regrade, move on.

All logic lives in ``PracticeSession``; this screen only shows its state and turns
keys into its transitions. Every answer is committed by the session before the
feedback appears, so ctrl+q at any moment loses nothing answered.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from quizgen.errors import PracticeError
from quizgen.practice.answers import answer_mode, is_self_graded, kind_label
from quizgen.practice.answers import instruction as kind_instruction
from quizgen.practice.scheduler import Rating
from quizgen.practice.session import Feedback, PracticeSession
from quizgen.tui.messages import PracticeFinished
from quizgen.tui.text import DONT_KNOW, SELF_GRADED
from quizgen.tui.widgets.feedback import ChoiceList, FeedbackPanel, GradeBar


class PracticeScreen(Screen[None]):
    CSS_PATH = "practice.tcss"
    # Keys mean different things by phase; check_action enables the right ones,
    # and the footer shows only those.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "choose(0)", "Choose", key_display="1-4"),
        Binding("2", "choose(1)", "Choose", show=False),
        Binding("3", "choose(2)", "Choose", show=False),
        Binding("4", "choose(3)", "Choose", show=False),
        Binding("t", "truth('t')", "True"),
        Binding("f", "truth('f')", "False"),
        Binding("enter", "dont_know", "I don't know"),
        Binding("enter", "reveal", "Show card"),
        Binding("1", "grade(1)", "Again"),
        Binding("2", "grade(2)", "Hard"),
        Binding("3", "grade(3)", "Good"),
        Binding("4", "grade(4)", "Easy"),
        Binding("enter", "next", "Next"),
        Binding("escape", "finish", "End session"),
    ]

    def __init__(self, session: PracticeSession, title: str,
                 clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.session = session
        self.deck_title = title
        self.clock = clock
        self._finished = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="status", classes="muted")
        with Vertical(id="card", classes="panel"):
            yield Static(id="prompt")
            yield Static(id="hint", classes="muted")
        yield ChoiceList(id="choices")
        yield Input(placeholder="Your answer", id="answer")
        yield FeedbackPanel(id="feedback", classes="panel")
        yield GradeBar(id="grades")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.deck_title
        self._show_question()

    # -- rendering --------------------------------------------------------------------

    def _show_status(self) -> None:
        done = len(self.session.answered)
        self.query_one("#status", Static).update(
            f"Answered {done} · {self.session.remaining} to go"
            f" · {self.session.due_count} due, {self.session.new_count} new today")

    def _show_question(self) -> None:
        item = self.session.current
        if item is None:
            self.action_finish()
            return
        self._show_status()
        self.query_one("#card").border_title = kind_label(item)
        self.query_one("#prompt", Static).update(escape(item.prompt))
        hint = f"Hint: {escape(item.hint)}   " if item.hint else ""
        instruction = f"{kind_instruction(item)} {DONT_KNOW}"
        if is_self_graded(item):
            hint, instruction = "", SELF_GRADED
        self.query_one("#hint", Static).update(f"{hint}{instruction}")
        self.query_one(ChoiceList).show(item, None)
        answer = self.query_one("#answer", Input)
        answer.value = ""
        typed = answer_mode(item) == "typed"
        answer.display = typed
        answer.disabled = not typed
        self.query_one("#feedback").display = False
        self.query_one("#grades").display = False
        if typed:
            answer.focus()
        else:
            self.set_focus(None)
        self.refresh_bindings()

    def _show_feedback(self, feedback: Feedback) -> None:
        self.query_one(FeedbackPanel).show(feedback)
        self.query_one(ChoiceList).show(feedback.item, feedback)
        self.query_one(GradeBar).show(feedback)
        answer = self.query_one("#answer", Input)
        answer.display = False
        answer.disabled = True
        self.query_one("#feedback").display = True
        self.set_focus(None)
        self._show_status()
        self.refresh_bindings()

    # -- keys -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        item = self.session.current
        phase = self.session.phase
        mode = answer_mode(item) if item is not None and phase == "question" else ""
        if action == "choose":
            index = parameters[0] if parameters else -1
            choices = item.choices if item is not None else ()
            return mode == "choice" and isinstance(index, int) and index < len(choices)
        if action == "truth":
            return mode == "truefalse"
        if action == "dont_know":
            return mode in ("choice", "truefalse")
        if action == "reveal":
            return mode == "self"
        if action in ("grade", "next"):
            return phase == "feedback"
        return True  # False (not None) hides a key from the footer as well as disabling it

    @on(Input.Submitted, "#answer")
    def _typed(self, event: Input.Submitted) -> None:
        if self.session.phase == "question":
            self._answer(event.value)

    def action_choose(self, index: int) -> None:
        item = self.session.current
        if item is not None and index < len(item.choices):
            self._answer(item.choices[index])

    def action_truth(self, key: str) -> None:
        self._answer(key)

    def action_dont_know(self) -> None:
        self._answer("")

    def action_reveal(self) -> None:
        self._answer("")

    def _answer(self, given: str) -> None:
        try:
            feedback = self.session.answer(given, self.clock())
        except PracticeError as error:
            self.notify(str(error), severity="error", timeout=10)
            return
        self._show_feedback(feedback)

    def action_grade(self, rating: int) -> None:
        try:
            feedback = self.session.override(Rating(rating), self.clock())
        except PracticeError as error:
            self.notify(str(error), severity="error", timeout=10)
            return
        self.query_one(GradeBar).show(feedback)

    def action_next(self) -> None:
        try:
            self.session.advance(self.clock())
        except PracticeError as error:
            self.notify(str(error), severity="error", timeout=10)
            return
        self._show_question()

    def action_finish(self) -> None:
        if not self._finished:  # once: the app replaces this screen with the summary
            self._finished = True
            self.post_message(PracticeFinished(self.session.summary(self.clock())))
