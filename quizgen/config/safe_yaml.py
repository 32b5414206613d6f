"""YAML for untrusted text (config files, article front matter), with bounded work.

Aliases (``*name``) are refused: nested ones let a 2 KB file expand to gigabytes.
Scalars that PyYAML resolves but cannot build (``2019-02-30``, a 5000-digit
number) and documents nested deeper than the parser's stack are reported with
their line instead of escaping as ``ValueError`` or ``RecursionError``.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import ComposerError

_KINDS = {
    "tag:yaml.org,2002:int": "whole number",
    "tag:yaml.org,2002:float": "number",
    "tag:yaml.org,2002:timestamp": "date",
}
_SHOWN_CHARS = 30


class YamlValueError(ValueError):
    """A value that cannot be read; ``line`` is 1-based (None when unknown)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class _NoAliasLoader(yaml.SafeLoader):
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise ComposerError(
                None,
                None,
                "aliases (*name) are not allowed; write the value out in full",
                event.start_mark,
            )
        return super().compose_node(parent, index)


def load_document(text: str) -> tuple[object, yaml.Node | None]:
    """The value of a one-document YAML text and its node tree (None when empty).

    Raises ``yaml.YAMLError`` for bad syntax or an alias, ``YamlValueError`` for a
    value that cannot be built or a document nested too deeply.
    """
    loader = _NoAliasLoader(text)
    try:
        try:
            root = loader.get_single_node()
        except RecursionError:
            raise YamlValueError("is nested too deeply to be read") from None
        if root is None:
            return None, None
        try:
            return loader.construct_document(root), root
        except (ValueError, OverflowError, RecursionError) as error:
            raise _locate(root, error) from None
    finally:
        loader.dispose()


def _locate(root: yaml.Node, error: BaseException) -> YamlValueError:
    """The first scalar that cannot be built, with its line and what it should be."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in reversed(node.value) for item in reversed(pair))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.ScalarNode) and node.tag in _KINDS:
            problem = _scalar_problem(node)
            if problem:
                return YamlValueError(problem, node.start_mark.line + 1)
    return YamlValueError(f"holds a value that cannot be read ({error})")


def _scalar_problem(node: yaml.ScalarNode) -> str:
    loader = yaml.SafeLoader("")
    try:
        loader.construct_object(node)
    except (ValueError, OverflowError) as error:
        value = str(node.value)
        if len(value) > _SHOWN_CHARS:
            value = f"{value[:_SHOWN_CHARS]}… ({len(value)} characters)"
        reason = "too many digits" if "digits" in str(error) else str(error).split("\n")[0][:80]
        kind = _KINDS[node.tag]
        return f"'{value}' is not a valid {kind} ({reason}); quote it to keep it as text"
    finally:
        loader.dispose()
    return ""
