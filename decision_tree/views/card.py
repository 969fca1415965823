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
from decision_tree.core.model import Question, Tree
from decision_tree.core.rules import rule
from decision_tree.core.text import Lang
from decision_tree.core.tree import TREE
from decision_tree.core.vocabulary import Action

from .labels import LABELS, with_colon
from .urls import rule_href

JSON = dict[str, Any]


def parts_view(e: Explanation, lang: Lang) -> list[JSON]:
    """The addenda the path's facts bring in: blockers and further needs, each with its rules."""
    return [
        {
            "id": a.id,
            "title": a.title[lang],
            "title_lead": with_colon(a.title[lang], lang),
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


def _choices(question: Question) -> tuple[str, ...]:
    """A question's answer IDs: two questions with the same ones ask the same thing in another branch."""
    return tuple(a.id for a in question.answers)


def _neighbour(e: Explanation, position: int, answer_id: str, tree: Tree) -> Explanation:
    """Change one answer and keep the later ones for as long as the same questions follow."""
    changed: Path = (*e.path[:position], answer_id)
    for step in e.steps[position + 1 :]:
        try:
            node = explain(changed, tree)
        except PathError:  # pragma: no cover - `changed` is built from offered answers only
            break
        if node.question is None or _choices(node.question) != _choices(step.question):
            break  # a different question follows: the reader would have to answer it
        changed = (*changed, step.answer.id)
    return explain(changed, tree)


def changes_view(e: Explanation, lang: Lang, tree: Tree = TREE) -> list[JSON]:
    """What would change the decision: for each answer on the path, the other answers that lead elsewhere.

    The neighbour keeps the reader's later answers while questions with the same answers
    follow, so "if prompting had fallen short" with good data and a narrow task reads as
    "fine-tune", not as a bare next question. An answer that would lead to other questions,
    or to the same outcome, does not change this decision and is left out.
    """
    views = []
    for position, step in enumerate(e.steps):
        alternatives = []
        for answer in step.question.answers:
            if answer.id == step.answer.id:
                continue
            other = _neighbour(e, position, answer.id, tree)
            if other.outcome is None or other.outcome == e.outcome:
                continue  # more questions, or the same advice: not a change of this decision
            alternatives.append(
                {
                    "answer": answer.id,
                    "answer_text": answer.label[lang],
                    "path": list(other.path),
                    "outcome": other.outcome.id,
                    "leads_to": other.outcome.title[lang],
                }
            )
        if alternatives:
            views.append(
                {"question": step.question.id, "question_text": step.question.text[lang], "alternatives": alternatives}
            )
    return views
