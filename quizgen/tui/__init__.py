"""The terminal practice app (Textual). It gets every datum through ``quizgen.practice``."""
