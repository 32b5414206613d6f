"""True and false statements made from the sentences of an article."""
