"""Where each key sits in a YAML file, and which keys are written twice.

``yaml.safe_load`` throws line numbers away and silently keeps the last of two
equal keys, so the loader also walks the composed node tree to point every
problem at its line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Duplicate:
    path: KeyPath
    line: int  # 1-based line of the repeated key
    first_line: int  # 1-based line where the key was first written


@dataclass(frozen=True)
class NodeMap:
    """Line (and column) of every key path in a document, 1-based."""

    lines: dict[KeyPath, tuple[int, int]] = field(default_factory=dict)
    duplicates: tuple[Duplicate, ...] = ()

    def locate(self, path: KeyPath) -> tuple[int | None, int | None]:
        """The position of ``path``, or of its nearest ancestor written in the file."""
        for end in range(len(path), 0, -1):
            found = self.lines.get(path[:end])
            if found is not None:
                return found
        return None, None


def map_nodes(root: yaml.Node | None) -> NodeMap:
    lines: dict[KeyPath, tuple[int, int]] = {}
    duplicates: list[Duplicate] = []
    seen: set[int] = set()  # aliases can make a node reachable twice, or from itself

    def position(node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.line + 1, node.start_mark.column + 1

    def walk(node: yaml.Node, path: KeyPath) -> None:
        if id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[str, int] = {}
            for key_node, value_node in node.value:
                key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
                where = position(key_node)
                if key in first:
                    duplicates.append(Duplicate((*path, key), where[0], first[key]))
                else:
                    first[key] = where[0]
                    lines[(*path, key)] = where
                walk(value_node, (*path, key))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                lines[(*path, index)] = position(item)
                walk(item, (*path, index))

    if root is not None:
        walk(root, ())
    return NodeMap(lines, tuple(duplicates))
