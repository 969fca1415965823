"""Rule and outcome coverage: the tree exercises every rule and reaches every outcome."""

from __future__ import annotations

import pytest

from decision_tree import RULES, TREE, Rule, explain, paths

# The citable rule IDs of design.md: a public contract, never renamed or reused.
DESIGN_RULE_IDS = (
    "CORE",
    *(f"FT-{n}" for n in range(1, 5)),
    *(f"NFT-{n}" for n in range(1, 5)),
    *(f"BP-{n}" for n in range(1, 8)),
)

EXPLANATIONS = [explain(p) for p in paths()]


def test_rules_are_exactly_the_design_contract() -> None:
    assert tuple(r.id for r in RULES) == DESIGN_RULE_IDS


@pytest.mark.parametrize("rule_", RULES, ids=lambda r: r.id)
def test_some_path_meets_the_rule_condition(rule_: Rule) -> None:
    assert any(rule_.applies(e.record()) for e in EXPLANATIONS), f"no path exercises {rule_.id}"


@pytest.mark.parametrize("rule_", RULES, ids=lambda r: r.id)
def test_rule_is_cited_by_a_path_or_presented_by_the_checklist(rule_: Rule) -> None:
    cited = {c for e in EXPLANATIONS for c in e.cites}
    presented = {c for e in EXPLANATIONS if e.outcome for c in e.outcome.checklist}
    assert rule_.id in cited | presented


@pytest.mark.parametrize("outcome", TREE.outcomes, ids=lambda o: o.id)
def test_every_outcome_is_reachable(outcome: object) -> None:
    assert any(e.outcome == outcome for e in EXPLANATIONS)


def test_every_outcome_cites_only_known_rules() -> None:
    known = {r.id for r in RULES}
    for o in TREE.outcomes:
        assert set(o.cites) | set(o.checklist) <= known, o.id
        assert o.cites, f"{o.id} cites no rule"
