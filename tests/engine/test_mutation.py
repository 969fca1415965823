"""Every mutant of the tree is caught by a judge, or justified as equivalent (and shown to be)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from decision_tree import TREE, Action, explain, paths, rule
from decision_tree.core.engine import record_for
from decision_tree.core.model import Tree
from tests.engine.label_judge import label_problems
from tests.engine.mutation import (
    EQUIVALENT,
    FAMILIES,
    TREE_FAMILIES,
    mutants,
    output_differences,
    rules_judge,
    score,
    scores_by_family,
    survivors,
    tree_mutants,
    validation_judge,
)


def test_every_mutant_is_caught_or_justified() -> None:
    all_mutants = mutants()
    left = survivors(all_mutants)
    killed, total = score(all_mutants)
    assert sum(1 for m in all_mutants if m.family == "leaf") == len(paths()) * (len(TREE.outcomes) - 1)
    assert not left, "mutants no judge catches:\n" + "\n".join(m.describe() for m in left)
    assert killed == total


@pytest.mark.parametrize("family", FAMILIES)
def test_every_family_makes_mutants_and_each_is_caught_or_justified(family: str) -> None:
    caught, justified, total = scores_by_family(mutants())[family]
    assert total > 0, f"the {family} family makes no mutant of the real tree"
    assert caught + justified == total


def test_equivalences_are_justified_and_still_needed() -> None:
    by_description = {m.description: m for m in mutants()}
    for description, why in EQUIVALENT.items():
        assert why.strip(), f"{description} needs a reason"
        assert description in by_description, f"{description} is no longer a mutant of the tree: remove it"
        assert not by_description[description].caught, f"a judge now catches {description}: remove it"


@pytest.mark.parametrize("description", sorted(EQUIVALENT))
def test_every_justified_equivalence_changes_no_reader_output(description: str) -> None:
    """The justification is a claim: the mutant shows every reader exactly what the real tree shows."""
    (mutant,) = [m for m in mutants() if m.description == description]
    assert mutant.tree is not None
    assert output_differences(mutant.tree) == [], f"{description} is not equivalent: its justification is wrong"


def test_the_equivalence_check_rejects_a_mutant_that_changes_what_a_reader_sees() -> None:
    """So the check above can fail: a surviving-looking but real change is told apart from an equivalent one."""
    assert output_differences(TREE) == []
    data = TREE.question("data")
    small, clustered = data.answer("small-or-flawed"), data.answer("clustered")
    assert small is not None
    assert clustered is not None
    swapped = tuple(
        replace(a, facts=clustered.facts) if a is small else replace(a, facts=small.facts) if a is clustered else a
        for a in data.answers
    )
    mutated = replace(TREE, questions=tuple(replace(q, answers=swapped) if q is data else q for q in TREE.questions))
    assert rules_judge(mutated) == ()  # the rules see facts only: this swap passes them
    assert validation_judge(mutated) == ()
    changed = output_differences(mutated)
    assert (
        "format-style/nothing-else/narrow/tried-failed/small-or-flawed" in changed
    )  # it now shows the clustered-data note
    assert label_problems(mutated), "the label judge catches what the rules cannot"


def test_the_issue_s_blind_spot_is_caught_by_the_labels_not_by_the_rules() -> None:
    """Issue 11: `works` and `not-tried` swapping facts and next passed every test."""
    prompting = TREE.question("prompting")
    works, not_tried = prompting.answer("works"), prompting.answer("not-tried")
    assert works is not None
    assert not_tried is not None
    swapped = tuple(
        replace(a, facts=not_tried.facts, next=not_tried.next)
        if a is works
        else replace(a, facts=works.facts, next=works.next)
        if a is not_tried
        else a
        for a in prompting.answers
    )
    mutated = replace(
        TREE, questions=tuple(replace(q, answers=swapped) if q is prompting else q for q in TREE.questions)
    )
    assert rules_judge(mutated) == ()
    problems = label_problems(mutated)
    assert "prompting/works: the English label does not say prompting=untried" in problems
    assert "prompting/not-tried: the Chinese label does not say prompting=works" in problems
    after_works = explain(
        ("format-style", "nothing-else", "narrow", "works"), mutated
    ).question  # "it already works" now asks about data
    assert after_works is not None
    assert after_works.id == "data-later"


def test_the_real_tree_s_labels_say_their_facts() -> None:
    assert label_problems(TREE) == ()


def test_an_extra_judge_plugs_in_and_its_objections_catch_mutants() -> None:
    """The reader-situation oracle joins as one more judge: any callable from a tree to its objections."""
    seen: list[Tree] = []

    def oracle(tree: Tree) -> tuple[str, ...]:
        seen.append(tree)
        return ("the oracle objects",)

    judged = tree_mutants(judges=(oracle,))
    assert len(judged) == sum(sum(1 for _ in make(TREE)) for make in TREE_FAMILIES.values())
    assert len(seen) == len(judged)
    assert all(m.killed_by == ("the oracle objects",) for m in judged)
    silent = tree_mutants(judges=(lambda tree: (),))
    assert not any(m.caught for m in silent)


def test_every_decision_rule_kills_some_mutant() -> None:
    """A rule that never rejects a wrong outcome would be checking nothing about the leaves."""
    killers = Counter(k for m in mutants() if m.family == "leaf" for k in m.killed_by)
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
