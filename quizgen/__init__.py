"""quizgen: reading-comprehension quizzes and Anki decks from Danish articles."""

__version__ = "0.1.0"
