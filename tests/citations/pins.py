"""The fragment → outcome pins of citations.json, checked against a tree.

A `#path=` link shared in a design review is a promise about advice: it must keep opening
the same outcome. `path_outcomes` in citations.json pins every registered fragment to the
outcome it opened when it was registered; a fragment made with an earlier version of the
tree (its answers since split or renamed) also pins the path it reads as today, which must
be the tree's own `legacy` reading, shown to the reader as an older link.

`pin_problems` is the one check: the registry test runs it on the real tree, and the
mutation tests run it on altered trees to show that a changed meaning is reported.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from decision_tree.core.engine import PathError, explain, paths
from decision_tree.core.fragment import FRAGMENT_PREFIX, format_path, read_fragment, to_fragment
from decision_tree.core.model import Tree

ROOT = Path(__file__).resolve().parents[2]
REGISTRY: dict[str, Any] = json.loads((ROOT / "citations.json").read_text(encoding="utf-8"))
PINS: Mapping[str, Mapping[str, str]] = REGISTRY["path_outcomes"]


def pin_problems(tree: Tree, pins: Mapping[str, Mapping[str, str]] = PINS) -> dict[str, str]:
    """Every pinned fragment whose meaning differs in `tree`, with what is wrong; {} when all hold."""
    problems: dict[str, str] = {}
    for fragment, pin in pins.items():
        try:
            reading = read_fragment("#" + fragment, tree)
            e = explain(reading.path, tree)
        except (PathError, KeyError) as error:
            problems[fragment] = f"no longer opens: {error}"
            continue
        if e.outcome is None:
            problems[fragment] = f"opens {format_path(reading.path)!r}, which stops before an outcome"
            continue
        if e.outcome.id != pin["outcome"]:
            problems[fragment] = f"opens the outcome {e.outcome.id!r}, pinned to {pin['outcome']!r}"
            continue
        reads_as = pin.get("reads_as")
        if reads_as is None:
            if reading.older is not None:
                problems[fragment] = (
                    f"pinned as a current path but read as an older link of {to_fragment(reading.path)}"
                )
        elif reading.older is None:
            problems[fragment] = f"pinned as an older link reading as {reads_as}, but it is a current path"
        elif to_fragment(reading.path) != reads_as:
            problems[fragment] = f"reads as {to_fragment(reading.path)}, pinned to read as {reads_as}"
    return problems


def unpinned_paths(tree: Tree, pins: Mapping[str, Mapping[str, str]] = PINS) -> list[str]:
    """Current paths of `tree` that have no pin (a new path must be registered with its outcome)."""
    return [to_fragment(p) for p in paths(tree) if to_fragment(p) not in pins]


def current_paths_also_legacy(tree: Tree) -> list[str]:
    """Current paths that `tree.legacy` would also read as something else (one link, two meanings)."""
    return [to_fragment(p) for p in paths(tree) if p in tree.legacy]


def legacy_fragment(older: tuple[str, ...]) -> str:
    return FRAGMENT_PREFIX + format_path(older)
