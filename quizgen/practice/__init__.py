"""Practising quiz items with spaced repetition: the plain core under the terminal app.

Nothing here imports Textual; the TUI (``quizgen.tui``) gets all its data from
these modules, and tests drive them directly with a fixed ``now``.
"""
