"""Validation of the next steps and route costs (`core.guidance`): every problem names the key or route at fault.

An outcome card with no next step, a card buried under ten, a step in one language only,
or a step citing a source the references page does not list would all reach a reader
unnoticed; this refuses them. The outcome and blocker IDs to check against are parameters,
so the tree's own IDs can be passed in once the tree names them; the defaults are the IDs
the guidance was written for.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator, Mapping

from decision_tree.core import evidence, guidance
from decision_tree.core.engine import Explanation, explain, paths
from decision_tree.core.evidence import Registry
from decision_tree.core.guidance import ROUTES, NextStep, RouteCost
from decision_tree.core.model import Tree
from decision_tree.core.tree import TREE
from decision_tree.core.vocabulary import UNSET

from .problem import Problem, ProblemKind
from .tree_checks import outside_vocabulary

OUTCOME_IDS: tuple[str, ...] = (
    "fine-tune",
    "rag-plus-fine-tune",
    "use-rag",
    "rag-plus-prompting",
    "rag-then-try-prompting",
    "use-prompting",
    "try-prompting-first",
    "fix-data-first",
    "rag-and-fix-data",
    "narrow-scope-first",
    "rag-and-narrow-scope",
    "do-not-fine-tune-for-reasoning",
    "rag-and-reasoning",
    "cut-cost-without-training",
    "distil-for-cost",
    # Tree v3.
    "distil-into-smaller",
    "rag-and-distil",
    "move-facts-to-retrieval",
    "tuned-model-forgot",
    "tuned-model-overfits",
    "constrain-tuned-outputs",
    "roll-back-to-base",
    "tuned-model-safety",
    "diagnose-tuned-model",
    "tune-retriever",
    "fix-retrieval-first",
    "continued-pretraining",
    "language-little-text",
    "persona-in-system-prompt",
    "look-up-exact-values",
    "define-task-first",
)
"""The outcomes every card needs next steps for (issue 11's tree v2, issue 22's tree v3)."""

BLOCKER_IDS: tuple[str, ...] = (
    "data-small-or-flawed",
    "data-clustered",
    "data-none",
    "data-unchecked",
    "data-edge-cases-missing",
    "reasoning-part",
    "cost-low-volume",
    "tool-choice-fixes",
    "data-outputs-only",
    "data-preferences",
    "data-grader",
)
"""The blockers a path can report; their steps show on whichever outcome the path reaches."""

OUTCOME_STEPS = (3, 6)
"""How many next steps an outcome card carries (inclusive): enough to act on, few enough to read."""
BLOCKER_STEPS = (1, 3)
"""How many steps one blocker adds to a card (inclusive)."""


def guidance_problems(
    next_steps: Mapping[str, tuple[NextStep, ...]] | None = None,
    route_costs: tuple[RouteCost, ...] | None = None,
    *,
    outcome_ids: Collection[str] = OUTCOME_IDS,
    blocker_ids: Collection[str] = BLOCKER_IDS,
    registry: Registry | None = None,
) -> Iterator[Problem]:
    """Every problem of the guidance (the real one where None), checked against these IDs and sources."""
    if next_steps is None:
        next_steps = guidance.NEXT_STEPS  # looked up at call time, so a test can swap the data
    if route_costs is None:
        route_costs = guidance.ROUTE_COSTS
    if registry is None:
        registry = evidence.REGISTRY
    known_sources = {s.id for s in registry.sources}
    yield from _step_counts(next_steps, outcome_ids, blocker_ids)
    for key, steps in next_steps.items():
        for i, step in enumerate(steps, start=1):
            node = f"next step {key}#{i}"
            for lang in step.text.missing():
                yield Problem(ProblemKind.MISSING_TEXT, node, f"the step has no {lang} text")
            yield from _unknown_sources(node, step.sources, known_sources)
            yield from _unknown_conditions(node, step)
    yield from _routes(route_costs, known_sources)


def readers(tree: Tree = TREE) -> Iterator[Explanation]:
    """Every reader a card can have: each finished path, with each combination of its plan answers (or none).

    Plan questions are few and short (at most 3 × 4 × 5 combinations on one outcome), so this
    stays a few thousand explanations: cheap enough to check every one, not a sample.
    """
    for path in paths(tree):
        e = explain(path, tree)
        choices = [(None, *(a.id for a in q.answers)) for q in e.plan_offered(tree)]
        for picks in itertools.product(*choices):
            yield e if not any(picks) else explain((*path, *(p for p in picks if p is not None)), tree)


def fit_problems(next_steps: Mapping[str, tuple[NextStep, ...]] | None = None, tree: Tree = TREE) -> Iterator[Problem]:
    """Steps that fit no reader, cards whose fitting steps are too few or too many, plan questions nobody reads.

    A step's `when` is checked against every reader who reaches its outcome or blocker: a
    step that fits none of them would never be shown (a condition written wrong), and a
    reader left with fewer than three steps, or more than six, gets a card to fix.
    """
    if next_steps is None:
        next_steps = guidance.NEXT_STEPS
    fitted: set[tuple[str, int]] = set()
    reported: set[str] = set()
    offered: set[str] = set()
    read_by_outcome: dict[str, set[str]] = {}
    for e in readers(tree):
        assert e.outcome is not None  # readers() yields finished paths only
        offered.update(q.id for q in e.plan_offered(tree))
        read_by_outcome.setdefault(e.outcome.id, set()).update(
            name for step in next_steps.get(e.outcome.id, ()) for c in step.when for name in c
        )
        for key, (low, high) in ((e.outcome.id, OUTCOME_STEPS), *((a.id, BLOCKER_STEPS) for a in e.addenda)):
            steps = next_steps.get(key, ())
            shown = [i for i, step in enumerate(steps) if step.fits(e.facts)]
            fitted.update((key, i) for i in shown)
            if steps and not low <= len(shown) <= high and key not in reported:
                reported.add(key)
                yield Problem(
                    ProblemKind.MISSING_TEXT,
                    f"next steps {key}",
                    f"the path {'/'.join(e.path)} is shown {len(shown)} step(s); every reader needs {low}–{high}",
                )
    for key, steps in next_steps.items():
        for i, _step in enumerate(steps):
            if (key, i) not in fitted:
                yield Problem(
                    ProblemKind.UNKNOWN_FACT,
                    f"next step {key}#{i + 1}",
                    "no reader who reaches this card meets the step's conditions, so it is never shown",
                )
    for q in tree.plan:
        if q.id not in offered:
            yield Problem(ProblemKind.UNREACHABLE, q.id, "no finished path is offered this plan question")
        facts = {name for a in q.answers for name in a.facts}
        for outcome_id in sorted(q.for_outcomes):
            if not facts & read_by_outcome.get(outcome_id, set()):
                yield Problem(
                    ProblemKind.UNKNOWN_FACT,
                    q.id,
                    f"is offered on {outcome_id!r}, but none of its next steps depends on the answer",
                )


def _unknown_conditions(node: str, step: NextStep) -> Iterator[Problem]:
    for name, value in outside_vocabulary(step.when, also=frozenset({UNSET})):
        yield Problem(ProblemKind.UNKNOWN_FACT, node, f"fits when {name}={value!r}, not in the vocabulary")


def _step_counts(
    next_steps: Mapping[str, tuple[NextStep, ...]], outcome_ids: Collection[str], blocker_ids: Collection[str]
) -> Iterator[Problem]:
    """Every outcome and blocker has steps, at least as many as any reader must see (`fit_problems`
    checks how many each reader is actually shown), and every key names one of them."""
    for ids, (low, _high), what in ((outcome_ids, OUTCOME_STEPS, "outcome"), (blocker_ids, BLOCKER_STEPS, "blocker")):
        for key in ids:
            node = f"next steps {key}"
            count = len(next_steps.get(key, ()))
            if key not in next_steps:
                yield Problem(ProblemKind.MISSING_TEXT, node, f"the {what} has no next steps; give it {low}–{_high}")
            elif count < low:
                # No ProblemKind names a count; MISSING_TEXT is the nearest (too few steps to act on).
                yield Problem(
                    ProblemKind.MISSING_TEXT, node, f"the {what} has {count} next step(s); give it {low}–{_high}"
                )
    for key in next_steps:
        if key not in outcome_ids and key not in blocker_ids:
            yield Problem(ProblemKind.BAD_ID, f"next steps {key}", f"{key!r} is neither an outcome ID nor a blocker ID")


def _unknown_sources(node: str, sources: tuple[str, ...], known: Collection[str]) -> Iterator[Problem]:
    for source_id in sources:
        if source_id not in known:
            yield Problem(ProblemKind.UNKNOWN_SOURCE, node, f"cites {source_id!r}, which is not in the sources")


def _routes(route_costs: tuple[RouteCost, ...], known_sources: Collection[str]) -> Iterator[Problem]:
    seen: set[str] = set()
    for row in route_costs:
        node = f"route cost {row.route}"
        if row.route in seen:
            yield Problem(ProblemKind.DUPLICATE_ID, node, "two cost rows for the same route; keep one")
        seen.add(row.route)
        if row.route not in ROUTES:
            yield Problem(ProblemKind.BAD_ID, node, f"{row.route!r} is not one of {', '.join(ROUTES)}")
        for name in ("name", "cost", "effort", "time_to_first_result"):
            for lang in getattr(row, name).missing():
                yield Problem(ProblemKind.MISSING_TEXT, node, f"{name} has no {lang} text")
        yield from _unknown_sources(node, row.sources, known_sources)
    for route in ROUTES:
        if route not in seen:
            yield Problem(ProblemKind.MISSING_TEXT, f"route cost {route}", "the route has no cost row")


__all__ = [
    "BLOCKER_IDS",
    "BLOCKER_STEPS",
    "OUTCOME_IDS",
    "OUTCOME_STEPS",
    "fit_problems",
    "guidance_problems",
    "readers",
]
