"""Text from articles and users made safe to print on a terminal."""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, and the C1 controls: ESC and OSC sequences in a
# title would move the cursor, retitle the window or hide text on the learner's terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` without terminal control characters (tab and newline are kept)."""
    return _CONTROL.sub("", text)
