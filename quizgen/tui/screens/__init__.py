"""One module per screen; each screen's styles sit next to it in a .tcss file."""
