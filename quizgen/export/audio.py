"""Danish pronunciation of vocabulary with espeak-ng, for Anki's ``[sound:...]`` tags.

Optional: only used with ``--audio``, and only where the ``espeak-ng`` program
is installed. Nothing is downloaded; the voice comes with espeak-ng.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Mapping, Sequence

from quizgen.config.anki import AudioConfig
from quizgen.errors import ExportError

ESPEAK = "espeak-ng"
_TIMEOUT_SECONDS = 30


def espeak_path() -> str:
    """Where espeak-ng is, or a clear error saying how to get it."""
    path = shutil.which(ESPEAK)
    if path is None:
        raise ExportError(
            "--audio needs the espeak-ng program, which is not installed.",
            "Install it (Debian/Ubuntu: sudo apt install espeak-ng; macOS: brew install "
            "espeak-ng; Windows: the installer from github.com/espeak-ng/espeak-ng) "
            "or build the deck without --audio.",
        )
    return path


def media_name(word: str, config: AudioConfig) -> str:
    """A file name that depends only on what is said and how: the same word gives the
    same file in every deck, so Anki keeps one copy."""
    key = f"{config.voice}\x1f{config.speed}\x1f{word}".encode()
    return f"quizgen-{hashlib.sha256(key).hexdigest()[:20]}.wav"


def speak(word: str, config: AudioConfig, program: str) -> bytes:
    """WAV audio of ``word``. The text goes in on stdin, so it is never read as an option."""
    try:
        done = subprocess.run(
            [program, "-v", config.voice, "-s", str(config.speed), "--stdout"],
            input=word.encode("utf-8"),
            capture_output=True,
            timeout=_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ExportError(f"espeak-ng failed on {word!r}: {error}") from error
    if done.returncode != 0 or not done.stdout.startswith(b"RIFF"):
        message = done.stderr.decode("utf-8", "replace").strip() or f"exit code {done.returncode}"
        raise ExportError(
            f"espeak-ng could not pronounce {word!r} with voice {config.voice!r}: {message}",
            "Check anki.audio.voice in your config (espeak-ng --voices lists them).",
        )
    return done.stdout


def pronounce(words: Sequence[str], config: AudioConfig) -> Mapping[str, tuple[str, bytes]]:
    """word -> (media file name, WAV bytes) for every non-empty word."""
    program = espeak_path()
    return {
        word: (media_name(word, config), speak(word, config, program))
        for word in dict.fromkeys(w.strip() for w in words)
        if word
    }
