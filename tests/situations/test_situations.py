"""The reader-situation oracle: what an answer says must lead to what the guide advises.

The situations (`situations.py`) were written from the guide and its evidence, apart
from the tree; here they are walked through the tree as a reader answers. Unlike the
rules, which see only the facts the tree itself declares, a situation fails when an
answer's wording and its wiring part ways, as the meta-tests at the end show by
swapping the wiring of sibling answers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

import pytest

from decision_tree import RULES_BY_ID, Action, Explanation, OutcomeKind, PathError, Tree, explain, paths
from decision_tree.core.tree import TREE
from tests.situations.oracle import SITUATIONS, _card, caught_by, violations
from tests.situations.situations import SITUATIONS as SITUATIONS_V2
from tests.situations.situations import Situation
from tests.situations.situations_v3 import KIND, SITUATIONS_V3

_HAN = re.compile(r"[\u4e00-\u9fff]")


def _outcome_id(situation: Situation) -> str:
    try:
        outcome = explain(situation.answers).outcome
    except PathError as error:
        return f"(no path: {error})"
    return outcome.id if outcome else "(unfinished)"


def _param(situation: Situation) -> object:
    marks = (
        [pytest.mark.xfail(strict=True, reason=situation.disagreement)] if situation.disagreement is not None else []
    )
    return pytest.param(situation, id=situation.id, marks=marks)


@pytest.mark.parametrize("situation", [_param(s) for s in SITUATIONS])
def test_the_outcome_gives_the_guides_advice(situation: Situation) -> None:
    found = violations(situation)
    assert not found, f"{situation.id} ends at {_outcome_id(situation)!r}, which " + "; ".join(sorted(found))


# ---- The situations themselves ---------------------------------------------------------------


def test_there_are_enough_situations_with_unique_ids() -> None:
    assert len(SITUATIONS_V2) >= 30
    ids = [s.id for s in SITUATIONS]
    assert len(ids) == len(set(ids)), "duplicate situation ids"


def test_tree_v3_situations_cover_every_kind_of_team() -> None:
    """Issue 22's minimums: where real teams arrive, not only teams starting from nothing."""
    assert set(KIND) == {s.id for s in SITUATIONS_V3}
    counts = {kind: sum(1 for k in KIND.values() if k == kind) for kind in set(KIND.values())}
    assert counts["troubleshooting"] >= 20
    assert counts["other-model"] >= 10
    assert counts["constraint"] >= 10
    assert counts["data-held"] >= 10
    assert counts["new-need"] >= 10


@pytest.mark.parametrize("situation", SITUATIONS, ids=lambda s: s.id)
def test_both_languages_tell_the_situation(situation: Situation) -> None:
    assert situation.zh.strip()
    assert situation.en.strip()
    assert situation.zh != situation.en
    assert _HAN.search(situation.zh), "the zh text is not Chinese"
    assert not _HAN.search(situation.en), "the en text contains Chinese"
    assert situation.answers, "a situation names the answers a reader picks"
    assert situation.why.strip(), "say where the expectation comes from in the guide"
    assert situation.disagreement is None or situation.disagreement.strip()


@pytest.mark.parametrize("situation", SITUATIONS, ids=lambda s: s.id)
def test_expectations_use_the_shared_vocabulary(situation: Situation) -> None:
    actions = {a.value for a in Action}
    assert situation.expect_actions <= actions, situation.expect_actions - actions
    assert situation.forbid_actions <= actions, situation.forbid_actions - actions
    assert not situation.expect_actions & situation.forbid_actions
    assert situation.must_cite <= set(RULES_BY_ID), situation.must_cite - set(RULES_BY_ID)


def test_every_outcome_kind_is_reached_by_some_situation() -> None:
    reached: set[OutcomeKind] = set()
    for situation in SITUATIONS:
        try:
            outcome = explain(situation.answers).outcome
        except PathError:
            continue
        if outcome is not None:
            reached.add(outcome.kind)
    kinds = {o.kind for o in TREE.outcomes}
    assert kinds <= reached, f"no situation reaches the outcome kinds {sorted(kinds - reached)}"


# ---- The oracle can fail: swap the wiring of sibling answers ---------------------------------


def swap_wiring(tree: Tree, question_id: str, first: str, second: str) -> Tree:
    """The tree with two sibling answers' `facts` and `next` exchanged; their labels stay put."""
    question = tree.question(question_id)
    a, b = question.answer(first), question.answer(second)
    assert a is not None, (question_id, first)
    assert b is not None, (question_id, second)
    swapped = {a.id: replace(a, facts=b.facts, next=b.next), b.id: replace(b, facts=a.facts, next=a.next)}
    answers = tuple(swapped.get(x.id, x) for x in question.answers)
    questions = tuple(replace(q, answers=answers) if q.id == question_id else q for q in tree.questions)
    return replace(tree, questions=questions)


SWAPS = (
    ("prompting", "works", "tried-failed"),
    ("data", "good", "clustered"),
    ("facts-also", "nothing-else", "also-reasoning"),
)


@pytest.mark.parametrize(("question", "first", "second"), SWAPS, ids=["/".join(s) for s in SWAPS])
def test_swapping_sibling_answers_is_caught(question: str, first: str, second: str) -> None:
    mutant = swap_wiring(TREE, question, first, second)
    assert mutant.question(question).answer(first) != TREE.question(question).answer(first), "nothing was swapped"
    assert caught_by(mutant), f"no situation notices {question}: {first} <-> {second}"


def test_the_real_tree_is_not_a_mutant() -> None:
    """The meta-tests compare against the real tree; swapping twice gives it back."""
    for question, first, second in SWAPS:
        twice = swap_wiring(swap_wiring(TREE, question, first, second), question, first, second)
        assert twice.questions == TREE.questions
        assert not caught_by(twice)


# ---- Every sibling swap: caught, or invisible in the advice by construction ------------------


def _advice(explanation: Explanation) -> tuple[frozenset[str], frozenset[str], bool]:
    actions, beyond = _card(explanation)
    return actions, frozenset(explanation.cites), beyond


def advice_changes(mutant: Tree) -> str | None:
    """The first path of the real tree whose advice (actions, cites, label) the mutant changes, or None.

    A swap that changes no path's advice is one that no oracle stated in actions and cites
    can see; only the wording of the card (and the facts, which the rules check) differ.
    """
    for path in paths(TREE):
        try:
            explanation = explain(path, tree=mutant)
        except PathError:
            return "/".join(path) + ": no longer a path"
        if explanation.outcome is None:
            return "/".join(path) + ": no longer finished"
        if _advice(explanation) != _advice(explain(path)):
            return "/".join(path)
    return None


def sibling_swaps(tree: Tree = TREE) -> list[tuple[str, str, str]]:
    return [(q.id, a.id, b.id) for q in tree.questions for a, b in combinations(q.answers, 2)]


def test_every_sibling_swap_that_changes_the_advice_is_caught() -> None:
    """Swapping two answers' wiring either changes no advice anywhere, or some situation notices.

    The swaps no situation catches today: the three pattern kinds on the first question (their
    citations ride on the answers, so the cards stay the same) and the four blocking data
    states among themselves (all end in `fix_data` with the same citations; only the card's
    wording names the problem).
    """
    uncaught = []
    for question, first, second in sibling_swaps():
        mutant = swap_wiring(TREE, question, first, second)
        if not caught_by(mutant) and (where := advice_changes(mutant)) is not None:
            uncaught.append(f"{question}: {first} <-> {second} changes {where}")
    assert not uncaught, "swaps that change the advice but no situation notices:\n" + "\n".join(uncaught)


@pytest.mark.parametrize(("question", "first", "second"), SWAPS, ids=["/".join(s) for s in SWAPS])
def test_the_equivalence_check_can_fail(question: str, first: str, second: str) -> None:
    """`advice_changes` is the justification for the swaps no situation catches; it must see real changes."""
    assert advice_changes(swap_wiring(TREE, question, first, second)) is not None
    assert advice_changes(TREE) is None
