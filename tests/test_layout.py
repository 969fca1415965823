"""What lives where: tests depend on the project, never the other way round.

`make serve`, `make live`, `make bench` and `make audit` share their server and browser
helpers with the tests through `tools/dev/`; if one of them imported `tests/`, a test
helper could not change without breaking a command readers and authors use. And the
widget's wheel ships the package only: no tests, no tools.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Not the project's own code: environments, dependencies, build output.
SKIP_TOP = {"tests", ".venv", ".git", ".cache", "site", "site-zensical", "build", "dist", "audit"}
COMMAND_FILES = ("Makefile", "mk/*.mk", ".ci/run", ".github/workflows/*.yml", "scripts/*.sh", "package.json")
RUNS_A_TEST_MODULE = re.compile(r"-m\s+tests\b")


def project_python_files() -> list[Path]:
    """Every .py file of the project outside `tests/`."""
    return sorted(
        path
        for path in ROOT.rglob("*.py")
        if (parts := path.relative_to(ROOT).parts)[0] not in SKIP_TOP and "node_modules" not in parts
    )


def imported_modules(source: str) -> set[str]:
    """The absolute modules a file imports, by statement or by `importlib.import_module("…")`."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
    return names


def test_the_scan_sees_the_commands_that_share_the_test_helpers() -> None:
    scanned = {path.relative_to(ROOT).as_posix() for path in project_python_files()}
    assert {"tools/dev/server.py", "tools/dev/browser.py", "benchmarks/widget.py", "scripts/audit.py"} <= scanned


def test_no_python_file_outside_tests_imports_tests() -> None:
    offenders = {
        path.relative_to(ROOT).as_posix(): sorted(
            name for name in imported_modules(path.read_text(encoding="utf-8")) if name.split(".")[0] == "tests"
        )
        for path in project_python_files()
    }
    offenders = {path: names for path, names in offenders.items() if names}
    assert offenders == {}, f"import these from tools/dev/ (or move them there), not from tests/: {offenders}"


def test_no_command_runs_a_module_from_tests() -> None:
    files = sorted(path for pattern in COMMAND_FILES for path in ROOT.glob(pattern))
    assert ROOT / "Makefile" in files
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if RUNS_A_TEST_MODULE.search(line)
    ]
    assert offenders == [], "commands run tools from tools/dev/, not from tests/:\n" + "\n".join(offenders)


@pytest.mark.site
def test_the_widget_wheel_holds_the_package_only() -> None:
    wheels = sorted((ROOT / "build" / "wheel").glob("*.whl"))
    if not wheels:
        pytest.fail("no wheel in build/wheel/: run `make build` (make test does it for you)")
    for wheel in wheels:
        tops = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist()}
        extra = {top for top in tops if top != "decision_tree" and not top.endswith(".dist-info")}
        assert extra == set(), f"{wheel.name} ships {sorted(extra)}: pyproject's [tool.hatch.build.targets.wheel]"


@pytest.mark.site
def test_the_widget_wheel_holds_what_the_bridge_runs_and_nothing_more(tmp_path: Path) -> None:
    """Unpacked alone, the wheel answers a widget request; the CLI, checks and other renderers are left out."""
    wheels = sorted((ROOT / "build" / "wheel").glob("*.whl"))
    if not wheels:
        pytest.fail("no wheel in build/wheel/: run `make build` (make test does it for you)")
    with zipfile.ZipFile(wheels[-1]) as wheel:
        wheel.extractall(tmp_path)
        names = set(wheel.namelist())
    for left_out in ("decision_tree/cli.py", "decision_tree/checks/__init__.py", "decision_tree/render/dot.py"):
        assert left_out not in names, f"{left_out} never runs in the browser"
    request = (
        '{"op": "record", "path": ["format-style", "nothing-else", "narrow", "tried-failed", "good"], "lang": "zh",'
    )
    request += ' "page_url": "https://x.test/decision-tree/", "site_root": "https://x.test/"}'
    # The unpacked wheel first on the path: a module it lacks cannot come from the checkout instead.
    script = f"import sys; sys.path.insert(0, {str(tmp_path)!r}); import decision_tree.bridge as b; "
    script += f"assert b.__file__.startswith({str(tmp_path)!r}); print(b.handle({request!r}))"
    result = subprocess.run(
        [sys.executable, "-I", "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert '"ok": true' in result.stdout
