"""The view of a path in one language, as plain JSON-ready dicts: the one view every output renders.

The widget's JavaScript (through `bridge`, in Pyodide), the pre-rendered first question,
the decision record, the terminal and the `/paths/` table all show a path from this view,
so they say the same thing in the same words. Links are relative to the language site's
root (`when-to-fine-tune/#ft-1`); the caller prefixes them with the right base. The ids of
the path in the diagram come ready-made (`highlight`), so the widget never rebuilds them.
"""

from __future__ import annotations

from typing import Any

from decision_tree.core.engine import Explanation, Path, PathError, PathFinished, UnknownAnswer, explain, paths
from decision_tree.core.evidence import Registry
from decision_tree.core.fragment import FRAGMENT_PREFIX, Reading, format_path, to_fragment
from decision_tree.core.model import Question, Tree
from decision_tree.core.rules import rule
from decision_tree.core.text import Lang
from decision_tree.core.tree import TREE

from .card import changes_view, parts_view, stances_view
from .diagram import highlight
from .guidance import next_steps_label, next_steps_view, routes_labels, routes_view
from .labels import LABELS
from .urls import PATHS, page_href, path_anchor, rule_href

JSON = dict[str, Any]


def rule_view(rule_id: str, lang: Lang) -> JSON:
    r = rule(rule_id)
    return {
        "id": r.id,
        "title": r.title[lang],
        "statement": r.statement[lang],
        "href": rule_href(r),
    }


def rule_card_view(rule_id: str, lang: Lang) -> JSON:
    """A rule's home section: its view plus its page, anchor, what the tests check and where the guide says it."""
    r = rule(rule_id)
    return {
        **rule_view(rule_id, lang),
        "home": r.home,
        "anchor": r.anchor,
        "check": r.check[lang],
        "source": r.source[lang],
    }


def question_view(q: Question, lang: Lang, prefix: Path = (), tree: Tree = TREE) -> JSON:
    """A question reached by `prefix`. Each answer also links to the first row of `/paths/` it
    leads to (`paths_href`, relative to the language site's root): the widget's answers go
    there when JavaScript is off, so they never look clickable and do nothing."""
    return {
        "id": q.id,
        "text": q.text[lang],
        "hint": q.hint[lang],
        "answers": [
            {
                "id": a.id,
                "label": a.label[lang],
                "paths_href": page_href(PATHS, path_anchor(first_row((*prefix, a.id), tree))),
            }
            for a in q.answers
        ],
    }


_TABLE_ORDER: dict[int, tuple[Tree, tuple[Path, ...]]] = {}


def table_order(tree: Tree = TREE) -> tuple[Path, ...]:
    """Every path in the order of the `/paths/` table: grouped by outcome, outcomes in the order first reached."""
    cached = _TABLE_ORDER.get(id(tree))
    if cached is not None and cached[0] is tree:
        return cached[1]
    groups: dict[str, list[Path]] = {}
    for p in paths(tree):
        outcome = explain(p, tree).outcome
        assert outcome is not None, "paths() yields finished paths only"
        groups.setdefault(outcome.id, []).append(p)
    order = tuple(p for group in groups.values() for p in group)
    _TABLE_ORDER[id(tree)] = (tree, order)
    return order


def first_row(prefix: Path, tree: Tree = TREE) -> Path:
    """The first path of the `/paths/` table that starts with `prefix` (every valid prefix has one)."""
    return next(p for p in table_order(tree) if p[: len(prefix)] == prefix)


def outcome_view(e: Explanation, lang: Lang, evidence: Registry | None = None, tree: Tree = TREE) -> JSON:
    """The outcome card, the same in the widget, the terminal and the decision record.

    Beside the outcome itself: the parts its path's facts bring in (blockers, further needs),
    whether each cited fine-tune rule counts for or against fine-tuning here, and what would
    change the decision. The checks before and after training live in the next steps (one
    list per card, fitted to the reader), not in a second list beside them.
    """
    o = e.outcome
    if o is None:
        raise ValueError("an unfinished path has no outcome card")
    return {
        "id": o.id,
        "kind": o.kind.value,
        "title": o.title[lang],
        "summary": o.summary[lang],
        "beyond_guide": o.beyond_guide[lang] if o.beyond_guide else None,
        "beyond_guide_label": LABELS["beyond_guide"][lang],
        "parts": [
            {
                **part,
                "steps": next_steps_view(part["id"], lang, evidence, e.facts),
                "steps_label": next_steps_label(part["id"], lang, e.facts),
            }
            for part in parts_view(e, lang)
        ],
        "parts_label": LABELS["parts"][lang],
        "rules": [rule_view(c, lang) for c in e.cites],
        "stances": stances_view(e, lang),
        "stances_label": LABELS["stances"][lang],
        "checklist": [rule_view(c, lang) for c in o.checklist],
        "next_steps": next_steps_view(o.id, lang, evidence, e.facts),
        "next_steps_label": next_steps_label(o.id, lang, e.facts),
        "plan": plan_view(e, lang, tree),
        "plan_label": LABELS["plan"][lang],
        "plan_note": LABELS["plan_note"][lang],
        "routes": routes_view(e.record().actions, lang, evidence),
        "routes_labels": routes_labels(lang),
        "sources_label": LABELS["step_sources"][lang],
        "changes": changes_view(e, lang, tree),
        "changes_label": LABELS["changes"][lang],
    }


def plan_view(e: Explanation, lang: Lang, tree: Tree = TREE) -> list[JSON]:
    """The plan questions the outcome offers, each answer with the path that picks it.

    Picking an answer replaces the same question's earlier one; picking the chosen one
    again clears it. Plan answers keep the plan questions' order in the path, so one
    plan has one link.
    """
    verdict_path = e.path[: len(e.steps)]
    chosen = {p.question.id: p.answer.id for p in e.plan}
    offered = e.plan_offered(tree)

    def path_with(question_id: str, answer_id: str | None) -> str:
        picks = {**chosen, question_id: answer_id}
        return format_path((*verdict_path, *(a for q in offered if (a := picks.get(q.id)) is not None)))

    return [
        {
            "id": q.id,
            "text": q.text[lang],
            "hint": q.hint[lang],
            "answers": [
                {
                    "id": a.id,
                    "label": a.label[lang],
                    "selected": chosen.get(q.id) == a.id,
                    "path": path_with(q.id, None if chosen.get(q.id) == a.id else a.id),
                }
                for a in q.answers
            ],
        }
        for q in offered
    ]


def steps_view(e: Explanation, lang: Lang) -> list[JSON]:
    """The answers on the path: the tree's questions, then any plan questions answered on the card."""
    tree_steps = [
        {
            "question": s.question.id,
            "question_text": s.question.text[lang],
            "answer": s.answer.id,
            "answer_text": s.answer.label[lang],
            "reason": s.answer.reason[lang],
        }
        for s in e.steps
    ]
    plan_steps = [
        {
            "question": p.question.id,
            "question_text": p.question.text[lang],
            "answer": p.answer.id,
            "answer_text": p.answer.label[lang],
            "reason": LABELS["plan_reason"][lang],
        }
        for p in e.plan
    ]
    return tree_steps + plan_steps


def state(path: Path, lang: Lang, tree: Tree = TREE, evidence: Registry | None = None) -> JSON:
    """Everything shown for a path: steps so far, then a question or an outcome, and its ids in the diagram."""
    e = explain(path, tree)
    return {
        "lang": lang,
        "path": list(e.path),
        "fragment": to_fragment(e.path),
        "steps": steps_view(e, lang),
        "question": question_view(e.question, lang, e.path, tree) if e.question else None,
        "outcome": outcome_view(e, lang, evidence, tree) if e.outcome else None,
        "cites": list(e.cites),
        "highlight": highlight(e),
    }


def reading_state(reading: Reading, lang: Lang, tree: Tree = TREE, evidence: Registry | None = None) -> JSON:
    """The state a shared link opens, marked when the link was made with an earlier tree.

    `older` then says so in the reader's language and names the old path and its reading
    today, so the change is visible instead of silent.
    """
    view = state(reading.path, lang, tree, evidence)
    view["older"] = (
        {
            "path": list(reading.older),
            "message": LABELS["older_link"][lang].format(
                old=format_path(reading.older), today=format_path(reading.path)
            ),
        }
        if reading.older is not None
        else None
    )
    return view


def bad_path_message(error: PathError, lang: Lang) -> str:
    """Say which step of a shared link is wrong, in the reader's language.

    The engine's own message is English and quotes the offending text; the reader gets
    the step number only, so nothing from the URL is ever echoed back into the page.
    """
    if isinstance(error, UnknownAnswer):
        key = "bad_path_unknown"
    elif isinstance(error, PathFinished):
        key = "bad_path_finished"
    else:
        key = "bad_path_malformed"
    return LABELS[key][lang].format(step=error.position + 1)


def prefix_offer(prefix: Path, lang: Lang) -> JSON | None:
    """What a broken link still opens: its longest valid start (`core.fragment.valid_prefix`), or None."""
    if not prefix:
        return None
    return {
        "path": list(prefix),
        "fragment": to_fragment(prefix),
        "label": LABELS["bad_path_prefix"][lang].format(n=len(prefix)),
    }


PATH_FRAGMENT_PREFIX = "#" + FRAGMENT_PREFIX
"""What a widget link's fragment starts with (`#path=`); the page hands it to the widget's JS."""
