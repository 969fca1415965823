"""Checks: everything that can be wrong with the tree, the evidence or the next steps, as `Problem`s.

Run by `python -m decision_tree check`, by the tests and by the site build (which stops
on the first invalid tree, naming every node at fault), so a broken tree or an
unfollowable citation never reaches a reader.
"""

from __future__ import annotations

from decision_tree.core.evidence import Registry
from decision_tree.core.model import Tree
from decision_tree.core.rules import RULES, Rule
from decision_tree.core.tree import TREE

from .evidence_checks import evidence_problems
from .guidance_checks import fit_problems, guidance_problems
from .problem import InvalidTree, Problem, ProblemKind
from .tree_checks import tree_problems


def validate(
    tree: Tree = TREE, rules: tuple[Rule, ...] = RULES, evidence: Registry | None = None
) -> tuple[Problem, ...]:
    """Every problem of the tree, of the evidence behind its rules and of the next steps, or () when all are sound.

    `evidence` defaults to `core.evidence.REGISTRY`, looked up at call time; the next steps
    (`core.guidance`) are checked against the tree's outcome and addendum IDs (each needs
    its steps) and against the same registry's sources.
    """
    rule_ids = {r.id for r in rules}
    structure = tree_problems(tree, rules)
    broken = any(p.kind in (ProblemKind.CYCLE, ProblemKind.DANGLING, ProblemKind.DUPLICATE_ID) for p in structure)
    return (
        *structure,
        *evidence_problems(evidence, rule_ids),
        *guidance_problems(
            registry=evidence,
            outcome_ids=[o.id for o in tree.outcomes],
            blocker_ids=[a.id for a in tree.addenda],
        ),
        # Which steps each reader is shown needs paths that can be walked.
        *(() if broken else fit_problems(tree=tree)),
    )


def ensure_valid(tree: Tree = TREE, rules: tuple[Rule, ...] = RULES) -> None:
    """Raise `InvalidTree` listing every problem; the site build calls this."""
    problems = validate(tree, rules)
    if problems:
        raise InvalidTree(problems)


__all__ = ["InvalidTree", "Problem", "ProblemKind", "ensure_valid", "validate"]
