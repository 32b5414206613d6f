"""Layering rules checked in fresh interpreters: the core never imports the TUI, and
``quizgen --help`` does not pay for spaCy."""

from __future__ import annotations

import subprocess
import sys
import textwrap

TUI_MODULES = ("quizgen.tui",)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120
    )


def test_cli_imports_core_never_imports_textual() -> None:
    result = _run(
        f"""
        import importlib, sys
        from pathlib import Path
        import quizgen
        root = Path(quizgen.__file__).parent
        # Walk the files, not the packages: pkgutil would import quizgen.tui to walk it.
        names = sorted(
            ".".join(("quizgen", *p.relative_to(root).with_suffix("").parts)).removesuffix(
                ".__init__")
            for p in root.rglob("*.py")
            if "models" not in p.relative_to(root).parts and p.name != "__main__.py"
        )
        names = [n for n in names if not n.startswith({TUI_MODULES!r})]
        for name in names:
            importlib.import_module(name)
        print(len(names))
        print("textual" in sys.modules)
        """
    )
    assert result.returncode == 0, result.stderr
    count, imported = result.stdout.split()
    assert int(count) > 10  # the walk really found the core modules
    assert imported == "False"


def test_cli_imports_help_does_not_import_spacy() -> None:
    result = _run(
        """
        import sys
        from quizgen.cli import main
        try:
            main(["--help"])
        except SystemExit:
            pass
        for sub in ("build", "inspect", "export", "config", "practice", "stats"):
            try:
                main([sub, "--help"])
            except SystemExit:
                pass
        heavy = [m for m in ("spacy", "textual", "genanki", "anki", "fsrs") if m in sys.modules]
        print("HEAVY", heavy, file=sys.stderr)
        """
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stderr
    assert "quizgen" in result.stdout


def test_cli_imports_only_the_nlp_package_imports_spacy() -> None:
    import ast
    from pathlib import Path

    import quizgen

    root = Path(quizgen.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        if path.relative_to(root).parts[0] == "nlp":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(n == "spacy" or n.startswith("spacy.") for n in names):
                offenders.append(str(path.relative_to(root)))
    assert offenders == []
