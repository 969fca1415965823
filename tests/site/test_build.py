"""Both language builds pass `mkdocs build --strict` with no warning, and a broken tree
stops the build, naming the node.

The builds run here, into temporary directories, rather than reading `site/`: a warning
that `--strict` lets through (or one printed by a plugin) must still fail a test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.site

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = {"zh": "mkdocs.yml", "en": "mkdocs.en.yml"}
# What the site build reads; a copy of exactly this is built with a broken tree.
SOURCES = ("mkdocs.yml", "mkdocs.en.yml", "docs", "overrides", "macros", "decision_tree")


def mkdocs_build(project: Path, config: str, site_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.parametrize("lang", sorted(CONFIGS))
def test_build_is_strict_and_has_no_warning(tmp_path: Path, lang: str) -> None:
    result = mkdocs_build(ROOT, CONFIGS[lang], tmp_path / lang)
    log = result.stdout + result.stderr
    assert result.returncode == 0, f"mkdocs build --strict -f {CONFIGS[lang]} failed:\n{log}"
    warnings = [line for line in log.splitlines() if re.search(r"\bWARNING\b", line)]
    assert not warnings, "the build printed warnings:\n" + "\n".join(warnings)
    assert (tmp_path / lang / "index.html").is_file()


def test_an_invalid_tree_fails_the_build_naming_the_node(tmp_path: Path) -> None:
    """An author's typo in an answer's `next` must stop the site build, not publish a dead end."""
    project = tmp_path / "project"
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            project.mkdir(exist_ok=True)
            shutil.copy2(source, project / name)
    tree = project / "decision_tree" / "core" / "tree.py"
    text = tree.read_text(encoding="utf-8")
    assert text.count('next="use-rag",') == 1, "the test expects one answer leading to use-rag"
    tree.write_text(text.replace('next="use-rag",', 'next="use-rag-typo",'), encoding="utf-8")

    result = mkdocs_build(project, "mkdocs.yml", tmp_path / "site")
    log = result.stdout + result.stderr

    assert result.returncode != 0, f"the build passed with a broken tree:\n{log}"
    assert "facts-also/nothing-else" in log, f"the error does not name the broken answer:\n{log}"
    assert "use-rag-typo" in log, f"the error does not name the missing node:\n{log}"
    assert not (tmp_path / "site" / "index.html").exists(), "a site was written despite the broken tree"
