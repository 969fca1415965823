"""The whole tree and its rules as data, for `export --format json` and other tools.

Bilingual by default (every text as `{"zh": …, "en": …}`); with a language, texts are
plain strings in that language.
"""

from __future__ import annotations

from typing import Any

from decision_tree.core.model import Answer, Outcome, Question, Tree
from decision_tree.core.rules import RULES, Rule
from decision_tree.core.text import Lang, Text
from decision_tree.core.tree import TREE

JSON = dict[str, Any]


def _text(text: Text, lang: Lang | None) -> Any:
    return {"zh": text.zh, "en": text.en} if lang is None else text[lang]


def _answer(a: Answer, lang: Lang | None) -> JSON:
    return {
        "id": a.id,
        "label": _text(a.label, lang),
        "reason": _text(a.reason, lang),
        "facts": dict(a.facts),
        "next": a.next,
        "cites": list(a.cites),
    }


def _question(q: Question, lang: Lang | None) -> JSON:
    return {
        "id": q.id,
        "text": _text(q.text, lang),
        "hint": _text(q.hint, lang),
        "answers": [_answer(a, lang) for a in q.answers],
    }


def _outcome(o: Outcome, lang: Lang | None) -> JSON:
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


def _rule(r: Rule, lang: Lang | None) -> JSON:
    return {
        "id": r.id,
        "page": r.home,
        "anchor": r.anchor,
        "title": _text(r.title, lang),
        "statement": _text(r.statement, lang),
        "source": _text(r.source, lang),
        "check": _text(r.check, lang),
    }


def tree_document(lang: Lang | None = None, tree: Tree = TREE) -> JSON:
    return {
        "root": tree.root,
        "questions": [_question(q, lang) for q in tree.questions],
        "outcomes": [_outcome(o, lang) for o in tree.outcomes],
        "rules": [_rule(r, lang) for r in RULES],
    }
