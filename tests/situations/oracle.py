"""The reader-situation oracle as a judge: where a tree's advice departs from the guide's for a situation.

Apart from the tests so that the mutation analysis (`tests.engine.mutation`) can use it as one
of its default judges: a mutant is caught when some situation sees a departure the real tree
does not show.
"""

from __future__ import annotations

from collections.abc import Sequence

from decision_tree import Explanation, PathError, Tree, explain
from decision_tree.core.tree import TREE
from tests.situations.situations import SITUATIONS as SITUATIONS_V2
from tests.situations.situations import Situation
from tests.situations.situations_v3 import SITUATIONS_V3

SITUATIONS: tuple[Situation, ...] = (*SITUATIONS_V2, *SITUATIONS_V3)
"""Every situation: tree v2's, and tree v3's (written before v3's questions existed, answers picked blind)."""


def _card(explanation: Explanation) -> tuple[frozenset[str], bool]:
    """The actions and the beyond-the-guide label of the card a reader is shown (outcome and addenda).

    The engine's own record of the card (`Explanation.record`) already joins them; the oracle reads
    it rather than joining them a second time.
    """
    record = explanation.record()
    return frozenset(str(a) for a in record.actions), record.beyond_guide


def violations(situation: Situation, tree: Tree = TREE) -> frozenset[str]:
    """Where the tree's advice for this situation departs from the guide's (empty: nowhere).

    Stated without outcome IDs, so that a mutant's violations compare with the real tree's.
    """
    try:
        explanation = explain(situation.answers, tree=tree)
    except (PathError, KeyError):
        return frozenset({"the answers do not form a path"})
    if explanation.outcome is None:
        return frozenset({"the answers stop before an outcome"})
    actions, beyond = _card(explanation)
    found = {f"lacks {a}" for a in situation.expect_actions - actions}
    found |= {f"recommends {a}" for a in situation.forbid_actions & actions}
    found |= {f"does not cite {r}" for r in situation.must_cite - set(explanation.cites)}
    if situation.beyond_guide is not None and beyond != situation.beyond_guide:
        found.add(f"beyond-the-guide label is {beyond}")
    return frozenset(found)


def caught_by(mutant: Tree, situations: Sequence[Situation] = SITUATIONS) -> list[str]:
    """The situations in which the mutant departs from the guide where the real tree does not.

    A situation marked as a disagreement still counts, through the violations it adds.
    """
    return [s.id for s in situations if violations(s, mutant) - _REAL[s.id]]


_REAL: dict[str, frozenset[str]] = {s.id: violations(s) for s in SITUATIONS}
"""Each situation's departures on the real tree (empty but for the marked disagreements), computed once."""


def situations_judge(tree: Tree) -> tuple[str, ...]:
    """The situations a tree fails where the real tree does not (a judge for `tests.engine.mutation`)."""
    return tuple(f"situation {sid}" for sid in caught_by(tree))
