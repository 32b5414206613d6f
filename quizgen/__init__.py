"""quizgen: reading-comprehension quizzes and Anki decks from Danish articles."""

from importlib.metadata import PackageNotFoundError, version

# pyproject.toml is the one place the version is written.
try:
    __version__ = version("quizgen")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"
