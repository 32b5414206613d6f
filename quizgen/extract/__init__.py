"""What an article teaches: its vocabulary and its facts, from the plain analysis."""
