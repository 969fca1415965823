"""Run a command as on a machine without Graphviz: PATH holds only an empty directory.

Everything else is real (the interpreter, the package, MkDocs); only `dot` cannot be found,
exactly as after a fresh checkout on a machine where `apt-get install graphviz` never ran.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent


def run_without_dot(args: list[str], empty_dir: Path, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    empty_dir.mkdir(exist_ok=True)
    env = os.environ | {"PATH": str(empty_dir), "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
