"""The tree and its rules as JSON: for other tools, and for `export --format json`.

Bilingual by default (every text as `{"zh": …, "en": …}`); with a language, texts are
plain strings in that language. Keys are sorted so the output is stable in diffs.
"""

from __future__ import annotations

import json
from typing import Any

from decision_tree.engine import explain, paths
from decision_tree.fragment import to_fragment
from decision_tree.model import Answer, Outcome, Question, Tree
from decision_tree.rules import RULES, Rule
from decision_tree.text import Lang, Text
from decision_tree.tree import TREE


def _text(text: Text, lang: Lang | None) -> Any:
    return {"zh": text.zh, "en": text.en} if lang is None else text[lang]


def _answer(a: Answer, lang: Lang | None) -> dict[str, Any]:
    return {
        "id": a.id,
        "label": _text(a.label, lang),
        "reason": _text(a.reason, lang),
        "facts": dict(a.facts),
        "next": a.next,
        "cites": list(a.cites),
    }


def _question(q: Question, lang: Lang | None) -> dict[str, Any]:
    return {
        "id": q.id,
        "text": _text(q.text, lang),
        "hint": _text(q.hint, lang),
        "answers": [_answer(a, lang) for a in q.answers],
    }


def _outcome(o: Outcome, lang: Lang | None) -> dict[str, Any]:
    return {
        "id": o.id,
        "kind": o.kind.value,
        "title": _text(o.title, lang),
        "summary": _text(o.summary, lang),
        "actions": sorted(a.value for a in o.actions),
        "cites": list(o.cites),
        "checklist": list(o.checklist),
        "beyond_guide": _text(o.beyond_guide, lang) if o.beyond_guide else None,
    }


def _rule(r: Rule, lang: Lang | None) -> dict[str, Any]:
    return {
        "id": r.id,
        "page": r.home,
        "anchor": r.anchor,
        "title": _text(r.title, lang),
        "statement": _text(r.statement, lang),
        "source": _text(r.source, lang),
        "check": _text(r.check, lang),
    }


def path_items(tree: Tree = TREE) -> list[dict[str, Any]]:
    """The `paths --json` list (design.md): steps, outcome, cites, plus facts and fragment."""
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


def tree_document(lang: Lang | None = None, tree: Tree = TREE) -> dict[str, Any]:
    return {
        "root": tree.root,
        "questions": [_question(q, lang) for q in tree.questions],
        "outcomes": [_outcome(o, lang) for o in tree.outcomes],
        "rules": [_rule(r, lang) for r in RULES],
    }


def to_json(lang: Lang | None = None, tree: Tree = TREE) -> str:
    return json.dumps(tree_document(lang, tree), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
