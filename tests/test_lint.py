"""`make lint` is part of the suite, so a clean clone's CI (`.ci/run`: `make test`) runs it too.

Without this, a commit could leave the code unformatted or mistyped while CI stayed green:
it happened once (a line over the length limit, caught only by a later `make lint`).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_make_lint_is_clean() -> None:
    """ruff (checks and format), mypy --strict, the tree's own check and the Chinese copy conventions."""
    result = subprocess.run(
        ["make", "--no-print-directory", "lint"], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, f"make lint failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
