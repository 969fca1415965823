"""The tree and its rules as JSON (`export --format json`) and every path as JSON (`paths --json`).

Keys are sorted in the tree document so the output is stable in diffs.
"""

from __future__ import annotations

import json

from decision_tree.core.text import Lang
from decision_tree.views.document import tree_document
from decision_tree.views.paths import path_items


def render_tree_json(lang: Lang | None = None) -> str:
    return json.dumps(tree_document(lang), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def render_paths_json() -> str:
    return json.dumps(path_items(), ensure_ascii=False, indent=2) + "\n"
