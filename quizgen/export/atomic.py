"""Write files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import functools
import os
import stat
import tempfile
from pathlib import Path

from quizgen.errors import ExportError


@functools.cache
def _umask() -> int:
    """The process umask, read without changing it where the system allows."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # no other way to read it; put it straight back
    os.umask(mask)
    return mask


def new_file_mode(path: Path) -> int:
    """The mode ``path`` should get: its current one, else 0666 less the umask (0644)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    The file gets the mode a plain ``open()`` would give it (mkstemp's is 0600),
    and a file being replaced keeps its mode.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportError(
            f"cannot write {path} ({error.strerror or error})",
            "Check that the folder exists and is writable, or choose another path.",
        ) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fchmod(stream.fileno(), new_file_mode(path))
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(
            f"cannot write {path} ({error.strerror or error})",
            "Check free disk space and permissions, or choose another path.",
        ) from error


def write_text_atomically(path: Path, text: str) -> None:
    write_bytes_atomically(path, text.encode("utf-8"))
