"""The parts of an outcome card beyond its title and summary, computed from the finished path.

The card must answer what a design review asks: what about each other need and each known
blocker (`parts`, from the tree's addenda), does each cited "when to fine-tune" rule count for
or against fine-tuning here (`stances`), and what would change the decision (`changes`: for
every answer on the path, where its neighbours lead). Everything is derived from the tree
and the rules, so the widget, the terminal and the decision record cannot disagree.
"""

from __future__ import annotations

from typing import Any

from decision_tree.core.engine import Explanation, Path, PathError, explain
from decision_tree.core.model import Tree
from decision_tree.core.rules import rule
from decision_tree.core.text import Lang
from decision_tree.core.tree import TREE
from decision_tree.core.vocabulary import Action

from .labels import LABELS
from .urls import rule_href

JSON = dict[str, Any]


def parts_view(e: Explanation, lang: Lang) -> list[JSON]:
    """The addenda the path's facts bring in: blockers and further needs, each with its rules."""
    return [
        {
            "id": a.id,
            "title": a.title[lang],
            "text": a.text[lang],
            "beyond_guide": a.beyond_guide,
            "rules": [{"id": c, "title": rule(c).title[lang], "href": rule_href(rule(c))} for c in a.cites],
        }
        for a in e.addenda
    ]


def stances_view(e: Explanation, lang: Lang) -> list[JSON]:
    """For a card that does not recommend fine-tuning: whether each cited FT rule counts for or against it here.

    A "use prompting" card cites FT-1 because the need is a format; without this, a reader
    could take the citation as a recommendation to fine-tune.
    """
    record = e.record()
    if Action.FINE_TUNE in record.actions:
        return []
    views = []
    for rule_id in e.cites:
        r = rule(rule_id)
        if r.favours is None:
            continue
        favours = r.favours(record)
        views.append(
            {
                "id": r.id,
                "title": r.title[lang],
                "href": rule_href(r),
                "favours": favours,
                "label": LABELS["stance_for" if favours else "stance_against"][lang],
            }
        )
    return views


def _neighbour(path: Path, position: int, answer_id: str, tree: Tree) -> Explanation:
    """Change one answer and keep the later ones wherever the same answer is still offered."""
    changed: Path = (*path[:position], answer_id)
    for later in path[position + 1 :]:
        try:
            node = explain(changed, tree)
        except PathError:  # pragma: no cover - `changed` is built from offered answers only
            break
        if node.question is None or node.question.answer(later) is None:
            break
        changed = (*changed, later)
    return explain(changed, tree)


def changes_view(e: Explanation, lang: Lang, tree: Tree = TREE) -> list[JSON]:
    """What would change the decision: for each answer on the path, the other answers that lead elsewhere.

    The neighbour keeps the reader's later answers where they still apply, so "if prompting
    had fallen short" with good data and a narrow task reads as "fine-tune", not as a bare
    next question; where more questions would follow, the view names the next one.
    """
    views = []
    for position, step in enumerate(e.steps):
        alternatives = []
        for answer in step.question.answers:
            if answer.id == step.answer.id:
                continue
            other = _neighbour(e.path, position, answer.id, tree)
            if other.outcome is not None and other.outcome == e.outcome:
                continue  # the same advice: this answer would not change the decision
            alternatives.append(
                {
                    "answer": answer.id,
                    "answer_text": answer.label[lang],
                    "path": list(other.path),
                    "outcome": other.outcome.id if other.outcome else None,
                    "leads_to": other.outcome.title[lang] if other.outcome else LABELS["change_more_questions"][lang],
                }
            )
        if alternatives:
            views.append(
                {"question": step.question.id, "question_text": step.question.text[lang], "alternatives": alternatives}
            )
    return views
