"""The TUI's imports run one way: the app on top, then the screens, then what they share.

Screens never import the app (they post messages or dismiss themselves), and the help
screen imports no other screen (the app hands it the bindings to list).
"""

from __future__ import annotations

import grimp
import pytest

TUI = "quizgen.tui"
APP = "quizgen.tui.app"
HELP = "quizgen.tui.screens.help"


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("quizgen", cache_dir=None)


def _tui_imports(graph: grimp.ImportGraph) -> dict[str, set[str]]:
    """Every quizgen.tui module and the quizgen.tui modules it imports (type-checking
    imports included: a cycle hidden behind TYPE_CHECKING is still a cycle)."""
    modules = {TUI, *graph.find_descendants(TUI)}
    return {m: graph.find_modules_directly_imported_by(m) & modules for m in modules}


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module, or with a module
    importing itself (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in sorted(edges[module]):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == module:
                    break
            if len(component) > 1 or module in edges[module]:
                found.append(sorted(component))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return found


def test_tui_cycle_finder_finds_a_cycle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert sorted(_cycles(edges)) == [["a", "b", "c"], ["e"]]


def test_tui_imports_have_no_cycles(graph: grimp.ImportGraph) -> None:
    edges = _tui_imports(graph)
    assert APP in edges and f"{TUI}.screens.practice" in edges  # the graph saw the TUI
    assert _cycles(edges) == []
    importers_of_app = {m for m, imported in edges.items() if APP in imported}
    assert importers_of_app == set(), "only the app may know the app"
    screens = graph.find_descendants(f"{TUI}.screens")
    for screen in screens:
        assert not graph.chain_exists(importer=screen, imported=APP), screen
    assert not edges[HELP] & screens, "help lists the bindings it is given"
