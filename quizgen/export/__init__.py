"""Writers for decks, worksheets and tables."""
