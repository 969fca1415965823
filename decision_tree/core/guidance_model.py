"""The shapes of the guidance data: a next step, and a route's rough cost.

Apart from `core.guidance` so that each file of steps (`guidance`, `guidance_v3`) can build
them without importing the other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .model import Condition, matches
from .text import Text


@dataclass(frozen=True, slots=True)
class NextStep:
    """One concrete thing to do next, in both languages.

    `when` says what must be true of the reader for the step to fit (any one condition, as
    for an addendum): "quantise and test on the device" only where the model runs on one,
    "read a sample of your examples" only where there are examples. A step without
    conditions fits everyone who reaches its outcome or blocker.
    """

    text: Text
    sources: tuple[str, ...] = ()
    beyond_guide: bool = False
    when: tuple[Condition, ...] = ()

    def fits(self, facts: Mapping[str, str]) -> bool:
        return not self.when or matches(self.when, facts)


@dataclass(frozen=True, slots=True)
class RouteCost:
    """Rough cost, effort and time to a first result of one route, for comparing routes on an outcome card."""

    route: str
    name: Text
    cost: Text
    effort: Text
    time_to_first_result: Text
    sources: tuple[str, ...] = ()


def step(zh: str, en: str, *sources: str, beyond_guide: bool = True, when: tuple[Condition, ...] = ()) -> NextStep:
    """A next step in both languages; ours or a source's unless `beyond_guide=False` says it is the guide's."""
    return NextStep(text=Text(zh=zh, en=en), sources=tuple(sources), beyond_guide=beyond_guide, when=when)


def only(**facts: str | tuple[str, ...]) -> tuple[Condition, ...]:
    """One condition from keyword facts: `only(runs="on_device")`, `only(size=("thousands", "over_10k"))`."""
    return ({name: frozenset((values,) if isinstance(values, str) else values) for name, values in facts.items()},)
