"""The fragment → outcome pins catch a changed meaning: the same check, run on altered trees.

Each test changes the real tree in one way a careless edit could (an answer rewired, an
answer renamed, an old link re-read, a new answer added) and asserts that `pin_problems`
(the check the registry test runs) names the shared links whose advice changed.
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType
from typing import Any

from decision_tree import TREE
from decision_tree.core.model import Answer, Tree
from tests.citations.pins import current_paths_also_legacy, pin_problems, unpinned_paths


def _with_answer(tree: Tree, question_id: str, answer_id: str, **changes: Any) -> Tree:
    """The tree with one answer of one question changed (every path through it sees the change)."""
    question = tree.question(question_id)
    assert question.answer(answer_id) is not None
    answers = tuple(replace(a, **changes) if a.id == answer_id else a for a in question.answers)
    return replace(
        tree, questions=tuple(replace(q, answers=answers) if q.id == question_id else q for q in tree.questions)
    )


def _with_legacy(tree: Tree, legacy: dict[tuple[str, ...], tuple[str, ...]]) -> Tree:
    return replace(tree, legacy=MappingProxyType(legacy))


def test_the_real_tree_keeps_every_pin() -> None:
    assert pin_problems(TREE) == {}


def test_rewiring_an_answer_is_reported_for_every_link_through_it() -> None:
    mutated = _with_answer(TREE, "prompting", "works", next="try-prompting-first")
    problems = pin_problems(mutated)
    for fragment in ("path=format-style/works", "path=mapping/works", "path=specialised-task/works"):
        assert fragment in problems, fragment
        assert "'try-prompting-first'" in problems[fragment]
        assert "'use-prompting'" in problems[fragment]
    assert "path=format-style/also-reasoning/narrow/works" in problems  # a v2 path through the same question
    assert "path=knowledge-and-pattern/works" not in problems  # another question, untouched


def test_rewiring_the_answer_an_older_link_reads_through_is_reported_for_that_link() -> None:
    mutated = _with_answer(TREE, "data-later", "not-checked", next="fix-data-first")
    problems = pin_problems(mutated)
    assert "path=format-style/untried" in problems  # tree v1's link, read today as …/not-tried/not-checked
    assert "path=format-style/nothing-else/narrow/not-tried/not-checked" in problems
    assert "path=knowledge-and-pattern/untried" not in problems  # reads through data-later-with-rag


def test_renaming_an_answer_is_reported_as_a_link_that_no_longer_opens() -> None:
    mutated = _with_answer(TREE, "data", "good", id="fine")
    problems = pin_problems(mutated)
    assert problems["path=mapping/nothing-else/narrow/tried-failed/good"].startswith("no longer opens")
    assert problems["path=mapping/tried-failed/good/narrow"].startswith("no longer opens")  # v1, read through it


def test_an_older_link_re_read_as_another_path_is_reported_even_with_the_same_outcome() -> None:
    legacy = dict(TREE.legacy)
    legacy[("format-style", "untried")] = (
        "format-style",
        "nothing-else",
        "narrow",
        "not-tried",
        "good",
    )  # same outcome
    problems = pin_problems(_with_legacy(TREE, legacy))
    assert set(problems) == {"path=format-style/untried"}
    reading = "path=format-style/nothing-else/narrow/not-tried/not-checked"
    assert f"pinned to read as {reading}" in problems["path=format-style/untried"]


def test_an_older_link_re_read_with_other_advice_is_reported() -> None:
    legacy = dict(TREE.legacy)
    legacy[("knowledge",)] = ("facts", "also-reasoning")
    problems = pin_problems(_with_legacy(TREE, legacy))
    assert set(problems) == {"path=knowledge"}
    assert "'rag-and-reasoning'" in problems["path=knowledge"]


def test_dropping_an_older_reading_is_reported() -> None:
    legacy = {k: v for k, v in TREE.legacy.items() if k != ("knowledge",)}
    problems = pin_problems(_with_legacy(TREE, legacy))
    assert set(problems) == {"path=knowledge"}
    assert problems["path=knowledge"].startswith("no longer opens")


def test_a_current_path_listed_as_legacy_is_reported() -> None:
    legacy = dict(TREE.legacy)
    legacy[("reasoning",)] = ("facts", "also-reasoning")
    mutated = _with_legacy(TREE, legacy)
    assert current_paths_also_legacy(mutated) == ["path=reasoning"]
    assert "path=reasoning" in pin_problems(mutated)


def test_a_new_answer_makes_paths_that_must_be_pinned() -> None:
    extra = Answer(
        id="some-volume",
        label=TREE.question("cost-volume").answers[0].label,
        facts=MappingProxyType({"volume": "low"}),
        next="use-prompting",
        reason=TREE.question("cost-volume").answers[0].reason,
    )
    question = TREE.question("cost-volume")
    mutated = replace(
        TREE,
        questions=tuple(replace(q, answers=(*q.answers, extra)) if q.id == question.id else q for q in TREE.questions),
    )
    assert unpinned_paths(mutated) == ["path=cheaper-faster/not-enough/some-volume"]
    assert pin_problems(mutated) == {}  # the pinned links themselves are unchanged
