"""One error hierarchy for quizgen.

Core code raises these; only the CLI edge prints them (one line, no traceback)
and turns them into exit codes.
"""

from __future__ import annotations

from dataclasses import dataclass


class QuizgenError(Exception):
    """Base of every error quizgen reports to a user. ``exit_code`` is the CLI's."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        """Message and hint as one line of sentences.

        A message that ends without punctuation would otherwise run into its hint
        ("...a stored deck Give a path..."), wherever ``str(error)`` is shown.
        """
        message, hint = self.message.rstrip(), self.hint.strip()
        if not hint:
            return message
        if message.endswith((".", ";", ":", "!", "?")):
            return f"{message} {hint}"
        return f"{message}{'.' if hint[0].isupper() else ';'} {hint}"


class UsageError(QuizgenError):
    """The command line itself is wrong."""

    exit_code = 2


class InputError(QuizgenError):
    """An article cannot be used: missing, empty, binary, too large, undecodable."""

    exit_code = 2


@dataclass(frozen=True)
class ConfigProblem:
    """One problem in a config file, located by key path and line."""

    path: str  # dotted key path, e.g. "generation.counts.cloze"
    message: str
    line: int | None = None
    column: int | None = None

    def render(self, filename: str) -> str:
        where = filename
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        key = f" {self.path}:" if self.path else ""
        return f"{where}:{key} {self.message}"


class ConfigError(QuizgenError):
    """A config file is broken; carries every problem found, not just the first."""

    exit_code = 2

    def __init__(self, filename: str, problems: list[ConfigProblem]) -> None:
        self.filename = filename
        self.problems = tuple(problems)
        count = len(problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"{filename}: {count} config {noun}; fix and run `quizgen config check`:"]
        lines += ["  " + p.render(filename) for p in problems]
        super().__init__("\n".join(lines))


class ModelError(QuizgenError):
    """No usable NLP pipeline could be loaded."""

    exit_code = 1


class ExportError(QuizgenError):
    """A deck or worksheet could not be written."""

    exit_code = 1


class PracticeError(QuizgenError):
    """The progress database or practice session failed."""

    exit_code = 1


class PracticeBusyError(PracticeError):
    """Another process holds the progress database's write lock; trying again may work."""
