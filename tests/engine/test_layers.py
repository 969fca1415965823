"""The package's folders are its layers, and imports only run down them (design.md, "Data flow").

core → checks → views → render → adapters (`cli.py`, `bridge.py`); `macros/` sits on top
and reads views and renderers, never the content itself. An upward import, or any import
cycle between modules, fails here with the module and the line that made it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "decision_tree"

LAYERS = ("core", "checks", "views", "render", "adapters")
"""Bottom to top. A module may import its own layer and the layers below it."""

MACROS_MAY_USE_FROM_CORE = {"decision_tree.core.text"}
"""The only core module macros may read (the `Lang` type): content reaches pages through views."""


def module_name(file: Path, root: Path = ROOT) -> str:
    parts = file.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module: str) -> int:
    """The layer of a `decision_tree` module: its first sub-package, else the adapters on top."""
    parts = module.split(".")
    return LAYERS.index(parts[1]) if len(parts) > 1 and parts[1] in LAYERS else LAYERS.index("adapters")


def imports(file: Path, root: Path = ROOT) -> Iterator[tuple[int, str]]:
    """(line, absolute module) for every import of the file, relative ones resolved, lazy ones included."""
    name = module_name(file, root)
    package = name if file.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            yield node.lineno, target
            for alias in node.names:  # `from . import evidence` imports a module too
                yield node.lineno, f"{target}.{alias.name}"


def _modules(folder: Path) -> dict[str, Path]:
    return {module_name(f): f for f in sorted(folder.rglob("*.py"))}


PACKAGE_MODULES = _modules(PACKAGE)


def _known(target: str) -> str | None:
    """The package module an import names (`decision_tree.views.labels.LABELS` -> `decision_tree.views.labels`)."""
    while target:
        if target in PACKAGE_MODULES:
            return target
        target = target.rpartition(".")[0]
    return None


def _edges() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, file in PACKAGE_MODULES.items():
        targets = {_known(t) for _, t in imports(file)}
        graph[module] = {t for t in targets if t and t != module and not module.startswith(t + ".")}
    return graph


@pytest.mark.parametrize("module", sorted(PACKAGE_MODULES))
def test_imports_only_run_down_the_layers(module: str) -> None:
    upward = [
        f"line {line}: {target} ({LAYERS[layer(known)]}) from {LAYERS[layer(module)]}"
        for line, target in imports(PACKAGE_MODULES[module])
        if (known := _known(target)) and known != "decision_tree" and layer(known) > layer(module)
    ]
    assert not upward, f"{module} imports upward: {upward}"


def test_no_import_cycles_between_modules() -> None:
    graph = _edges()
    done: set[str] = set()

    def visit(module: str, stack: tuple[str, ...]) -> None:
        assert module not in stack, "import cycle: " + " -> ".join((*stack[stack.index(module) :], module))
        if module in done:
            return
        for target in sorted(graph.get(module, ())):
            visit(target, (*stack, module))
        done.add(module)

    for module in sorted(graph):
        visit(module, ())


@pytest.mark.parametrize("file", sorted((ROOT / "macros").glob("*.py")), ids=lambda f: f.name)
def test_macros_reach_the_content_through_views_only(file: Path) -> None:
    reads = [
        f"line {line}: {known}"
        for line, target in imports(file)
        if (known := _known(target))
        and known.startswith("decision_tree.core")
        and known not in MACROS_MAY_USE_FROM_CORE
    ]
    assert not reads, f"macros/{file.name} reads the content directly: {reads}"


def test_the_layering_check_sees_an_upward_import(tmp_path: Path) -> None:
    """The check itself can fail: a core module importing a view is reported."""
    bad = tmp_path / "decision_tree" / "core" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text("from ..views.labels import LABELS\n", encoding="utf-8")
    found = [t for _, t in imports(bad, tmp_path)]
    assert "decision_tree.views.labels" in found
    assert layer("decision_tree.views.labels") > layer("decision_tree.core.bad")
