"""The engine imports only the standard library, so the same wheel runs in Pyodide."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "decision_tree"
# Compilers may use third-party libraries (graphviz); the engine and CLI may not.
ALLOWED_THIRD_PARTY = {"render/dot.py": {"graphviz"}}


def _imports(source: str) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_engine_modules_import_only_the_standard_library() -> None:
    for file in sorted(PACKAGE.rglob("*.py")):
        rel = file.relative_to(PACKAGE).as_posix()
        foreign = _imports(file.read_text(encoding="utf-8")) - set(sys.stdlib_module_names) - {"decision_tree"}
        assert foreign <= ALLOWED_THIRD_PARTY.get(rel, set()), f"{rel} imports {sorted(foreign)}"


def test_engine_never_imports_mkdocs() -> None:
    for file in PACKAGE.rglob("*.py"):
        assert "mkdocs" not in _imports(file.read_text(encoding="utf-8")), file
