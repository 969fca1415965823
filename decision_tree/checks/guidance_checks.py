"""Validation of the next steps and route costs (`core.guidance`): every problem names the key or route at fault.

An outcome card with no next step, a card buried under ten, a step in one language only,
or a step citing a source the references page does not list would all reach a reader
unnoticed; this refuses them. The outcome and blocker IDs to check against are parameters,
so the tree's own IDs can be passed in once the tree names them; the defaults are the IDs
the guidance was written for.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping

from decision_tree.core import evidence, guidance
from decision_tree.core.evidence import Registry
from decision_tree.core.guidance import ROUTES, NextStep, RouteCost

from .problem import Problem, ProblemKind

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

OUTCOME_STEPS = (3, 5)
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
    yield from _routes(route_costs, known_sources)


def _step_counts(
    next_steps: Mapping[str, tuple[NextStep, ...]], outcome_ids: Collection[str], blocker_ids: Collection[str]
) -> Iterator[Problem]:
    for ids, (low, high), what in ((outcome_ids, OUTCOME_STEPS, "outcome"), (blocker_ids, BLOCKER_STEPS, "blocker")):
        for key in ids:
            node = f"next steps {key}"
            count = len(next_steps.get(key, ()))
            if key not in next_steps:
                yield Problem(ProblemKind.MISSING_TEXT, node, f"the {what} has no next steps; give it {low}–{high}")
            elif not low <= count <= high:
                # No ProblemKind names a count; MISSING_TEXT is the nearest (too few or too many steps to show).
                yield Problem(
                    ProblemKind.MISSING_TEXT, node, f"the {what} has {count} next step(s); give it {low}–{high}"
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


__all__ = ["BLOCKER_IDS", "BLOCKER_STEPS", "OUTCOME_IDS", "OUTCOME_STEPS", "guidance_problems"]
