"""Mutation analysis of the tree's leaves against the rules.

A mutant is a finished path whose outcome is replaced by another outcome of the tree.
The rules must reject every mutant; one that no rule rejects "survives". A survivor is
acceptable only if the two outcomes are genuinely equivalent advice, listed in
`EQUIVALENT` with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from decision_tree import RULES, TREE, explain, paths
from decision_tree.core.engine import Path, record_for
from decision_tree.core.fragment import format_path

# (actual outcome, substitute) -> why the substitute is the same advice for that path.
EQUIVALENT: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class Mutant:
    path: Path
    original: str
    substitute: str
    killed_by: tuple[str, ...]

    def describe(self) -> str:
        return f"{format_path(self.path)}: {self.original} -> {self.substitute}"


def mutants() -> list[Mutant]:
    result = []
    for path in paths():
        e = explain(path)
        assert e.outcome is not None
        for other in TREE.outcomes:
            if other.id == e.outcome.id:
                continue
            record = record_for(e.facts, other, e.steps)
            killers = tuple(r.id for r in RULES if r.violated_by(record))
            result.append(Mutant(path, e.outcome.id, other.id, killers))
    return result


def score(all_mutants: list[Mutant]) -> tuple[int, int]:
    killed = sum(1 for m in all_mutants if m.killed_by or (m.original, m.substitute) in EQUIVALENT)
    return killed, len(all_mutants)
