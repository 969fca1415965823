"""The shapes of the guidance data: a next step, and a route's rough cost.

Apart from `core.guidance` so that each file of steps (`guidance`, `guidance_v3`) can build
them without importing the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import Text


@dataclass(frozen=True, slots=True)
class NextStep:
    """One concrete thing to do next, in both languages."""

    text: Text
    sources: tuple[str, ...] = ()
    beyond_guide: bool = False


@dataclass(frozen=True, slots=True)
class RouteCost:
    """Rough cost, effort and time to a first result of one route, for comparing routes on an outcome card."""

    route: str
    name: Text
    cost: Text
    effort: Text
    time_to_first_result: Text
    sources: tuple[str, ...] = ()


def step(zh: str, en: str, *sources: str, beyond_guide: bool = True) -> NextStep:
    """A next step in both languages; ours or a source's unless `beyond_guide=False` says it is the guide's."""
    return NextStep(text=Text(zh=zh, en=en), sources=tuple(sources), beyond_guide=beyond_guide)
