"""The training scripts import each other by bare module name (they run as
``python training/build_corpus.py``), so their folder joins the import path
here, at the end, where it shadows nothing."""

from __future__ import annotations

import sys
from pathlib import Path

TRAINING = str(Path(__file__).resolve().parents[2] / "training")
if TRAINING not in sys.path:
    sys.path.append(TRAINING)
