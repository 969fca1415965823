"""`python -m decision_tree export --format dot|svg --lang zh|en`: the same diagram the site embeds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from decision_tree import LANGS, Lang
from decision_tree.render.dot import MISSING_DOT, to_dot, to_svg
from tests.diagram.drawing import groups_by_id, parse_svg, statements
from tests.diagram.without_graphviz import run_without_dot


def export(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "decision_tree", "export", *args], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("lang", LANGS)
def test_export_dot_prints_the_dot_source_of_that_language(lang: Lang) -> None:
    result = export("--format", "dot", "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == to_dot(lang)
    assert statements(result.stdout).node("q-goal")["id"] == "q-goal"


@pytest.mark.parametrize("lang", LANGS)
def test_export_svg_prints_the_svg_of_that_language(lang: Lang) -> None:
    result = export("--format", "svg", "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == to_svg(lang)
    assert "o-fine-tune" in groups_by_id(parse_svg(result.stdout))


def test_export_without_a_language_draws_the_chinese_diagram() -> None:
    assert export("--format", "dot").stdout == to_dot("zh")


def test_export_in_an_unknown_language_names_the_valid_ones() -> None:
    result = export("--format", "svg", "--lang", "fr")
    assert result.returncode == 2
    assert "expected one of zh, en" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_svg_without_graphviz_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    result = run_without_dot([sys.executable, "-m", "decision_tree", "export", "--format", "svg"], tmp_path / "bin")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"error: {MISSING_DOT}\n"


def test_export_dot_needs_no_graphviz(tmp_path: Path) -> None:
    """The DOT source is plain text: someone without Graphviz can still export it and render it elsewhere."""
    result = run_without_dot([sys.executable, "-m", "decision_tree", "export", "--format", "dot"], tmp_path / "bin")
    assert result.returncode == 0, result.stderr
    assert result.stdout == to_dot("zh")
