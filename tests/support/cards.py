"""The next steps a reader's card shows, as one text: the outcome's and every blocker's, fitted to the facts.

Shared by the step-condition table and the blind plan oracle, which both read a card the
way a reader does: every step on it, in the order shown.
"""

from __future__ import annotations

from decision_tree.core.engine import Explanation
from decision_tree.core.text import Lang
from decision_tree.views.guidance import steps_for


def card_steps_text(e: Explanation, lang: Lang) -> str:
    assert e.outcome is not None, "only a finished path has a card"
    keys = (e.outcome.id, *(a.id for a in e.addenda))
    return "\n".join(step.text[lang] for key in keys for step in steps_for(key, e.facts))
