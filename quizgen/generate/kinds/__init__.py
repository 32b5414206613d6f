"""Item kinds: one module per kind holds its generator, its typed data and its
``KindSpec`` (Anki note type and fields, CSV and worksheet rendering, answer
checking, quality rules). Importing this package registers the built-ins, in
the order every kind list follows.

A new kind is one module: its data class, a ``KindSpec`` subclass passed to
``register_kind``, and a generator registered as ``"<kind>.v1"``.
"""

from __future__ import annotations

import importlib

from quizgen.generate.kinds.base import (
    AnswerMode,
    CardSlot,
    FieldContext,
    KindSpec,
    NoteType,
    QualityRules,
    WordCard,
)
from quizgen.generate.kinds.registry import (
    UnknownKindError,
    kind_names,
    kind_spec,
    kind_specs,
    register_kind,
    unregister_kind,
)

# The built-in kinds in their order, which every kind list follows and which
# decides which kind may ask a prompt first. Imported by name, in this order,
# for their registrations (an import statement list would be sorted).
BUILTINS = ("cloze", "vocab", "question", "choice", "truefalse")
for _name in BUILTINS:
    importlib.import_module(f"{__name__}.{_name}")

__all__ = [
    "BUILTINS",
    "AnswerMode",
    "CardSlot",
    "FieldContext",
    "KindSpec",
    "NoteType",
    "QualityRules",
    "UnknownKindError",
    "WordCard",
    "kind_names",
    "kind_spec",
    "kind_specs",
    "register_kind",
    "unregister_kind",
]
