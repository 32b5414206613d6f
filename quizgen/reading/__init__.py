"""Reading an article: bytes from a file or stdin to an ``Article`` value.

``decoding`` finds the encoding, ``header`` the metadata lines or front matter,
``markup`` the paragraphs of plain text or Markdown, ``language`` checks that the
text is Danish, and ``article`` puts them together (``read_article``).
"""
