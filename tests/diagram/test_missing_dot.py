"""Without Graphviz's `dot`: one clear line saying what to install, never a traceback."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from decision_tree.render.dot import MISSING_DOT
from tests.diagram.without_graphviz import VENV_BIN, run_without_dot

INSTALL_HINTS = ("apt-get install graphviz", "brew install graphviz")


def test_the_message_names_the_package_for_debian_and_homebrew_on_one_line() -> None:
    assert all(hint in MISSING_DOT for hint in INSTALL_HINTS)
    assert "\n" not in MISSING_DOT


def test_this_machine_has_dot_so_the_other_tests_mean_something() -> None:
    assert shutil.which("dot"), "Graphviz is a build dependency: run `make system-deps`"


def test_the_python_api_raises_graphviz_missing_but_dot_source_needs_no_graphviz(tmp_path: Path) -> None:
    code = (
        "from decision_tree.render.dot import GraphvizMissing, to_dot, to_svg\n"
        "assert to_dot('zh').startswith('digraph')\n"
        "try:\n"
        "    to_svg('zh')\n"
        "except GraphvizMissing as error:\n"
        "    print(error)\n"
    )
    result = run_without_dot([sys.executable, "-c", code], tmp_path / "bin")
    assert result.returncode == 0, result.stderr
    assert result.stdout == MISSING_DOT + "\n"
    assert result.stderr == ""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_site_build_stops_with_the_one_line_and_no_traceback(tmp_path: Path, lang: str) -> None:
    config = "mkdocs.yml" if lang == "zh" else "mkdocs.en.yml"
    args = [str(VENV_BIN / "mkdocs"), "build", "--strict", "-f", config, "-d", str(tmp_path / "site")]
    result = run_without_dot(args, tmp_path / "bin")
    output = result.stdout + result.stderr
    assert result.returncode != 0, "the build must fail"
    assert "Traceback" not in output
    errors = [line.split(None, 2) for line in output.splitlines() if line.startswith("ERROR")]
    assert errors == [["ERROR", "-", MISSING_DOT]], output
    assert not (tmp_path / "site" / "decision-tree").exists(), "no page was written"
