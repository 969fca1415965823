"""Every leaf, given any other outcome, is caught by at least one rule."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from decision_tree import TREE, Action, explain, paths, rule
from decision_tree.core.engine import record_for
from tests.engine.mutation import EQUIVALENT, mutants, score


def test_every_mutated_leaf_is_caught_by_a_rule() -> None:
    all_mutants = mutants()
    survivors = [m for m in all_mutants if not m.killed_by and (m.original, m.substitute) not in EQUIVALENT]
    killed, total = score(all_mutants)
    assert total == len(paths()) * (len(TREE.outcomes) - 1)
    assert not survivors, "mutants no rule catches:\n" + "\n".join(m.describe() for m in survivors)
    assert killed == total


def test_equivalences_are_justified_and_still_needed() -> None:
    surviving_pairs = {(m.original, m.substitute) for m in mutants() if not m.killed_by}
    for pair, why in EQUIVALENT.items():
        assert why.strip(), f"{pair} needs a reason"
        assert pair in surviving_pairs, f"{pair} is listed as equivalent but a rule now catches it: remove it"


def test_every_decision_rule_kills_some_mutant() -> None:
    """A rule that never rejects a wrong outcome would be checking nothing about the leaves."""
    killers = Counter(k for m in mutants() for k in m.killed_by)
    for rule_id in ("CORE", "FT-1", "FT-2", "FT-3", "FT-4", "NFT-1", "NFT-2", "NFT-3", "NFT-4"):
        assert killers[rule_id] > 0, rule_id


@pytest.mark.parametrize("bp", [f"BP-{n}" for n in range(1, 8)])
def test_a_fine_tune_outcome_missing_a_best_practice_is_caught(bp: str) -> None:
    """BP-* are advice: the mutant that matters is a fine-tune outcome that drops one from its checklist."""
    fine_tunes = [e for e in map(explain, paths()) if e.outcome and Action.FINE_TUNE in e.outcome.actions]
    assert fine_tunes
    for e in fine_tunes:
        assert e.outcome is not None
        stripped = replace(e.outcome, checklist=tuple(c for c in e.outcome.checklist if c != bp))
        assert rule(bp).violated_by(record_for(e.facts, stripped, e.steps))
