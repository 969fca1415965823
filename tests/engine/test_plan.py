"""Plan answers follow the outcome in a path: accepted where offered, refused with a clear error elsewhere."""

from __future__ import annotations

import pytest

from decision_tree.core.engine import PathFinished, explain, paths
from decision_tree.core.fragment import read_fragment
from decision_tree.core.tree import TREE
from decision_tree.views.path import state

FINE_TUNE = ("format-style", "nothing-else", "narrow", "tried-failed", "good")
TOOLS_FINE_TUNE = ("tool-choice", "nothing-else", "narrow", "tried-failed", "good")


def test_plan_answers_set_facts_the_steps_read_but_never_the_rules() -> None:
    e = explain((*FINE_TUNE, "on-device", "thousands"))
    assert e.outcome is not None
    assert e.outcome.id == "fine-tune"
    assert [p.answer.id for p in e.plan] == ["on-device", "thousands"]
    assert e.facts["runs"] == "on_device"
    assert e.facts["size"] == "thousands"
    assert "runs" not in e.record().facts
    assert "size" not in e.record().facts
    assert e.record() == explain(FINE_TUNE).record()


def test_plan_answers_may_come_in_any_order_but_once_each() -> None:
    assert (
        explain((*FINE_TUNE, "thousands", "on-device")).facts == explain((*FINE_TUNE, "on-device", "thousands")).facts
    )
    with pytest.raises(PathFinished, match=r"step 7 \('hosted'\) answers the plan question 'runs' a second time"):
        explain((*FINE_TUNE, "on-device", "hosted"))


def test_an_outcome_without_plan_questions_still_ends_the_path() -> None:
    with pytest.raises(PathFinished, match=r"comes after the outcome 'use-rag'; the path ended there"):
        explain(("facts", "nothing-else", "hosted"))


def test_a_wrong_plan_answer_names_the_valid_ones() -> None:
    with pytest.raises(PathFinished) as caught:
        explain((*FINE_TUNE, "on-the-moon"))
    assert caught.value.position == 5
    assert caught.value.valid == (
        "hosted",
        "own-servers",
        "on-device",
        "under-100",
        "hundreds",
        "thousands",
        "over-10k",
        "structured",
        "free-text",
    )


def test_the_output_question_is_not_asked_of_a_model_that_chooses_tools() -> None:
    assert [q.id for q in explain(TOOLS_FINE_TUNE).plan_offered()] == ["runs", "size"]
    with pytest.raises(PathFinished):
        explain((*TOOLS_FINE_TUNE, "structured"))


def test_the_paths_of_the_tree_stay_the_paths_without_plan_answers() -> None:
    assert all(not explain(p).plan for p in paths())
    assert len(paths()) == 502


def test_a_shared_link_with_plan_answers_opens_them() -> None:
    reading = read_fragment("#path=" + "/".join((*FINE_TUNE, "own-servers")))
    assert reading.older is None
    assert reading.path[-1] == "own-servers"


def test_the_view_offers_each_plan_answer_as_a_link_that_replaces_or_clears_the_earlier_one() -> None:
    view = state((*FINE_TUNE, "hundreds", "hosted"), "en")
    plan = {q["id"]: {a["id"]: a for a in q["answers"]} for q in view["outcome"]["plan"]}
    base = "/".join(FINE_TUNE)
    assert list(plan) == ["runs", "size", "output"]
    assert plan["runs"]["hosted"]["selected"]
    assert plan["runs"]["hosted"]["path"] == f"{base}/hundreds"
    assert plan["runs"]["on-device"]["path"] == f"{base}/on-device/hundreds"
    assert plan["output"]["structured"]["path"] == f"{base}/hosted/hundreds/structured"
    assert [s["answer"] for s in view["steps"]][-2:] == ["hundreds", "hosted"]
    assert view["fragment"].endswith("/hundreds/hosted")


def test_every_plan_question_is_offered_on_some_path_and_read_there() -> None:
    offered = {q.id for p in paths() for q in explain(p).plan_offered()}
    assert offered == {q.id for q in TREE.plan}


def test_an_addendum_may_not_hang_on_a_plan_fact() -> None:
    from dataclasses import replace

    from decision_tree.checks import ProblemKind, validate

    first = TREE.addenda[0]
    broken = replace(TREE, addenda=(replace(first, when=({"runs": frozenset({"on_device"})},)), *TREE.addenda[1:]))
    found = [p for p in validate(broken) if p.node == first.id]
    assert [p.kind for p in found] == [ProblemKind.UNKNOWN_FACT]
    assert "plan fact 'runs'" in found[0].message
