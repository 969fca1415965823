"""The mkdocs-macros entry point (`plugins: macros: module_name: macros/main`).

Each feature lives in its own module under `macros/` with a `register(env)` function;
this file only validates the tree (an invalid tree fails the build, naming the node) and
registers every feature module. Adding a feature means adding one module.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:  # mkdocs-macros loads this file by path
    sys.path.insert(0, str(_ROOT))

from decision_tree.checks import ensure_valid  # noqa: E402


def define_env(env: Any) -> None:
    """Called by mkdocs-macros once per build."""
    ensure_valid()
    package = importlib.import_module("macros")
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name == "main" or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"macros.{info.name}")
        register = getattr(module, "register", None)
        if callable(register):
            register(env)
