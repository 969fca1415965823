"""Every path of the tree at once: for `paths --json`, the `/paths/` table and the rules index.

Built from the same path view (`views.path.state`) the widget shows, so a path reads the
same in the table, the index and the widget.
"""

from __future__ import annotations

from typing import Any

from decision_tree.core.engine import explain, paths
from decision_tree.core.fragment import format_path, to_fragment
from decision_tree.core.model import Tree
from decision_tree.core.rules import RULES
from decision_tree.core.text import Lang
from decision_tree.core.tree import TREE

from .path import state, table_order

JSON = dict[str, Any]


def path_items(tree: Tree = TREE) -> list[JSON]:
    """The `paths --json` list (design.md): steps, outcome, cites, plus facts and fragment. Language-free."""
    items = []
    for p in paths(tree):
        e = explain(p, tree)
        assert e.outcome is not None
        items.append(
            {
                "steps": [{"question": s.question.id, "answer": s.answer.id} for s in e.steps],
                "outcome": e.outcome.id,
                "cites": list(e.cites),
                "facts": dict(e.facts),
                "fragment": to_fragment(p),
            }
        )
    return items


def path_lines(lang: Lang, tree: Tree = TREE) -> list[JSON]:
    """One line per path for the terminal: answers as written in a link, the outcome, the rules."""
    lines = []
    for p in paths(tree):
        view = state(p, lang, tree)
        lines.append(
            {
                "path": format_path(p),
                "outcome": view["outcome"]["id"],
                "title": view["outcome"]["title"],
                "cites": view["cites"],
            }
        )
    return lines


def paths_by_outcome(lang: Lang, tree: Tree = TREE) -> list[JSON]:
    """Every path's view, grouped by outcome in the order outcomes are first reached."""
    groups: dict[str, list[JSON]] = {}
    for p in table_order(tree):
        view = state(p, lang, tree)
        groups.setdefault(view["outcome"]["id"], []).append(view)
    return [{"outcome": views[0]["outcome"], "paths": views} for views in groups.values()]


def rule_uses(lang: Lang, tree: Tree = TREE) -> list[JSON]:
    """For each rule: outcomes whose paths cite it, outcomes whose checklist presents it, paths that cite it."""
    cited_by: dict[str, dict[str, str]] = {r.id: {} for r in RULES}
    checklist_of: dict[str, dict[str, str]] = {r.id: {} for r in RULES}
    counts: dict[str, int] = dict.fromkeys(cited_by, 0)
    for p in paths(tree):
        outcome = state(p, lang, tree)["outcome"]
        for c in outcome["rules"]:
            cited_by[c["id"]].setdefault(outcome["id"], outcome["title"])
            counts[c["id"]] += 1
        for c in outcome["checklist"]:
            checklist_of[c["id"]].setdefault(outcome["id"], outcome["title"])
    return [
        {
            "rule": r.id,
            "title": r.title[lang],
            "statement": r.statement[lang],
            "cited_by": [{"id": o, "title": t} for o, t in cited_by[r.id].items()],
            "checklist_of": [{"id": o, "title": t} for o, t in checklist_of[r.id].items()],
            "paths": counts[r.id],
        }
        for r in RULES
    ]
