"""What every quizgen screen shares: typed access to the app that dispatches."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen

if TYPE_CHECKING:
    from quizgen.tui.app import QuizgenApp


class QuizgenScreen(Screen[None]):
    @property
    def quizgen(self) -> QuizgenApp:
        return cast("QuizgenApp", self.app)
