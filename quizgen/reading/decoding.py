"""Bytes to text for articles: BOMs, then strict UTF-8, then Windows-1252.

Deterministic on purpose: the same bytes always decode the same way, and
Danish letters (æ, ø, å) survive from every encoding an editor is likely to
save in. Binary files (PDF, Word, images) are refused with a clear error.
"""

from __future__ import annotations

import codecs
import unicodedata
import warnings

from quizgen.errors import InputError

WHAT_TO_GIVE = "give a Danish article as .txt or .md"

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Formats people save articles in by mistake, recognised by their first bytes.
_SIGNATURES = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a Word document or zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Word document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)


class ReadingWarning(UserWarning):
    """Something about an article that a user should hear of, though it can be read."""


_REPLACEMENT = "\ufffd"
_MAX_CONTROL_SHARE = 0.02  # more unprintable characters than this is not prose


def decode_text(data: bytes, origin: str) -> str:
    """Decode article bytes, refusing binary data. Line endings are left alone."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(
                f"{origin}: this is {kind}, not plain text;",
                f"save it as plain text (.txt) first, then {WHAT_TO_GIVE}.",
            )
    text = _decode(data, origin)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise _binary(origin)
    return text


def _decode(data: bytes, origin: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{origin}: starts like {codec.upper()} text but is not valid {codec.upper()}"
                    f" (at byte {error.start + len(bom)});",
                    f"save it again as UTF-8, then {WHAT_TO_GIVE}.",
                ) from error
    if b"\x00" in data:
        guessed = _bomless_utf16(data)
        if guessed is None:
            raise _binary(origin)
        return guessed
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        first_bad = error.start
    text, bad = _utf8_with_replacement(data)
    if not _clearly_legacy(text, bad):
        line = data[:first_bad].count(b"\n") + 1
        count = "a byte that is" if bad == 1 else f"{bad} bytes that are"
        warnings.warn(
            f"{origin}: has {count} not valid UTF-8 (the first at byte {first_bad}, "
            f"line {line}), shown as \ufffd; save the file as UTF-8 to fix it",
            ReadingWarning,
            stacklevel=2,
        )
        return text
    try:
        # Windows-1252 is what Windows editors and older Danish web pages save in;
        # it is Latin-1 plus curly quotes and dashes in 0x80-0x9f.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _replace_each_byte(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return _REPLACEMENT * (error.end - error.start), error.end


codecs.register_error("quizgen-replace-each-byte", _replace_each_byte)


def _utf8_with_replacement(data: bytes) -> tuple[str, int]:
    """``data`` as UTF-8 with U+FFFD for each bad byte, and how many there were."""
    text = data.decode("utf-8", errors="quizgen-replace-each-byte")
    return text, text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode())


def _clearly_legacy(text: str, bad: int) -> bool:
    """A legacy (Windows-1252/Latin-1) file: more bad bytes than good UTF-8 letters.

    Danish in Windows-1252 has æ, ø, å as single bytes that are never valid UTF-8;
    a UTF-8 file with one stray byte still has its æ, ø, å decoded correctly.
    """
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    good = non_ascii - text.count(_REPLACEMENT)
    return good < bad


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: ASCII letters leave every other byte zero."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zeros = data[0::2].count(0) / (len(data) / 2)
    odd_zeros = data[1::2].count(0) / (len(data) / 2)
    codec = "utf-16-le" if odd_zeros > 0.4 > even_zeros else ""
    codec = "utf-16-be" if even_zeros > 0.4 > odd_zeros else codec
    if not codec:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    unprintable = sum(
        1
        for char in sample
        if char not in "\t\n\r\f\v" and unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn")
    )
    return unprintable / len(sample)


def _binary(origin: str) -> InputError:
    return InputError(
        f"{origin}: this is binary data, not text;",
        f"{WHAT_TO_GIVE} (plain text, saved as UTF-8).",
    )
