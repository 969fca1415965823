"""Next steps and route costs as the outcome card shows them (`core.guidance`, in one language).

Kept apart from `views.card` because it reads the guidance and the evidence registry, not
the tree: what to do next can change without touching where a path ends.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from decision_tree.core import guidance
from decision_tree.core.evidence import REGISTRY, Registry
from decision_tree.core.guidance import NextStep
from decision_tree.core.text import Lang
from decision_tree.core.vocabulary import Action

from .evidence import source_view
from .labels import LABELS, beyond_guide_label

JSON = dict[str, Any]

ROUTE_OF: dict[Action, str] = {
    Action.PROMPT_ENGINEERING: "prompting",
    Action.TRY_PROMPTING_FIRST: "prompting",
    Action.CUT_COST: "prompting",
    Action.RETRIEVAL: "rag",
    Action.FINE_TUNE: "fine-tune",
    Action.DISTIL: "distil",
    Action.REASONING_ALTERNATIVES: "reasoning-model",
}
"""The route each recommended action takes; fixing data, narrowing scope and adding edge cases prepare one."""

ALWAYS_COMPARED = ("prompting", "fine-tune")
"""Every card compares at least these two: the question the reader came with."""


def steps_for(key: str, facts: Mapping[str, str]) -> tuple[NextStep, ...]:
    """The steps of an outcome or a blocker that fit a reader with these facts (`NextStep.when`)."""
    return tuple(step for step in guidance.NEXT_STEPS.get(key, ()) if step.fits(facts))


def next_steps_view(
    key: str, lang: Lang, evidence: Registry | None = None, facts: Mapping[str, str] | None = None
) -> list[JSON]:
    """The next steps of an outcome or an addendum that fit the path's facts, each with its sources.

    Each step beyond the guide says so (`tag`) unless all of them are: then the heading says
    it once (`next_steps_label`), so the label is never repeated on every line.
    """
    steps = steps_for(key, facts or {})
    all_beyond = all(step.beyond_guide for step in steps)
    return [_step(step, lang, evidence, tag=step.beyond_guide and not all_beyond) for step in steps]


def next_steps_label(key: str, lang: Lang, facts: Mapping[str, str] | None = None) -> str:
    steps = steps_for(key, facts or {})
    label = LABELS["next_steps"][lang]
    return beyond_guide_label(label, lang) if steps and all(step.beyond_guide for step in steps) else label


def _sources(source_ids: Iterable[str], lang: Lang, evidence: Registry | None) -> list[JSON]:
    """The sources a registry holds, in order. `checks.guidance_checks` reports any the real one lacks;
    a smaller registry (a test's, say) simply shows fewer, as the evidence box does."""
    known = {s.id for s in (evidence or REGISTRY).sources}
    return [source_view(s, lang, evidence) for s in source_ids if s in known]


def _step(step: NextStep, lang: Lang, evidence: Registry | None, *, tag: bool) -> JSON:
    return {
        "text": step.text[lang],
        "tag": LABELS["beyond_guide"][lang] if tag else None,
        "sources": _sources(step.sources, lang, evidence),
    }


def routes_view(actions: Iterable[Action], lang: Lang, evidence: Registry | None = None) -> list[JSON]:
    """Rough cost, effort and time to a first result: the recommended routes against the alternatives."""
    recommended = {ROUTE_OF[a] for a in actions if a in ROUTE_OF}
    shown = recommended | set(ALWAYS_COMPARED)
    return [
        {
            "route": r.route,
            "name": r.name[lang],
            "recommended": r.route in recommended,
            "cost": r.cost[lang],
            "effort": r.effort[lang],
            "time": r.time_to_first_result[lang],
            "sources": _sources(r.sources, lang, evidence),
        }
        for r in guidance.ROUTE_COSTS
        if r.route in shown
    ]


def routes_labels(lang: Lang) -> JSON:
    """The column headings of the route comparison, and the mark of a recommended route."""
    return {
        "title": LABELS["route_title"][lang],
        "name": LABELS["route_name"][lang],
        "cost": LABELS["route_cost"][lang],
        "effort": LABELS["route_effort"][lang],
        "time": LABELS["route_time"][lang],
        "recommended": LABELS["route_recommended"][lang],
    }
