"""The whole tree and its rules as data, for `export --format json` and other tools.

Bilingual by default (every text as `{"zh": …, "en": …}`); with a language, texts are
plain strings in that language.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from decision_tree.core.model import Answer, Outcome, Question, Tree
from decision_tree.core.rules import RULES, Rule
from decision_tree.core.text import Lang, Text
from decision_tree.core.tree import TREE
from decision_tree.core.version import VERSION as VERSION  # re-exported: the macros name the wheel by it

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


def tree_version(tree: Tree = TREE) -> str:
    """The package version and a short digest of the tree and its rules: `1.0.0+3f2a9c1d`.

    The version stays put between releases while the tree's wording or logic may change;
    the digest (of `tree_document()`, both languages) changes with any of it, so two
    decision records name the same tree version only if the same tree produced them.
    """
    text = json.dumps(tree_document(None, tree), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return f"{VERSION}+{hashlib.sha256(text.encode()).hexdigest()[:8]}"
