"""Validation: one deliberately broken tree per kind of problem, each named in the error."""

from __future__ import annotations

from dataclasses import replace

import pytest

from decision_tree import RULES, TREE, Answer, Outcome, Question, Text, Tree
from decision_tree.checks import InvalidTree, ProblemKind, ensure_valid, validate
from decision_tree.core.rules import Rule


def _replace_question(tree: Tree, question_id: str, **changes: object) -> Tree:
    questions = tuple(replace(q, **changes) if q.id == question_id else q for q in tree.questions)  # type: ignore[arg-type]
    return replace(tree, questions=questions)  # keeps the addenda and the legacy readings


def _replace_answer(tree: Tree, question_id: str, answer_id: str, **changes: object) -> Tree:
    q = tree.question(question_id)
    answers = tuple(replace(a, **changes) if a.id == answer_id else a for a in q.answers)  # type: ignore[arg-type]
    return _replace_question(tree, question_id, answers=answers)


def _kinds(tree: Tree, rules: tuple[Rule, ...] = RULES) -> dict[ProblemKind, set[str]]:
    found: dict[ProblemKind, set[str]] = {}
    for p in validate(tree, rules):
        found.setdefault(p.kind, set()).add(p.node)
    return found


def test_the_real_tree_is_valid() -> None:
    assert validate() == ()
    ensure_valid()


def test_cycle_is_reported_at_the_node_it_returns_to() -> None:
    tree = _replace_answer(TREE, "prompting", "works", next="scope")
    assert "scope" in _kinds(tree)[ProblemKind.CYCLE]


def test_answer_pointing_nowhere_is_named() -> None:
    tree = _replace_answer(TREE, "data", "good", next="no-such-node")
    assert _kinds(tree)[ProblemKind.DANGLING] == {"data/good"}


def test_unreachable_outcome_is_named() -> None:
    extra = replace(TREE.outcome("fine-tune"), id="orphan")
    tree = replace(TREE, questions=TREE.questions, outcomes=(*TREE.outcomes, extra))
    assert _kinds(tree)[ProblemKind.UNREACHABLE] == {"orphan"}


def test_unreachable_question_is_named() -> None:
    lonely = Question(
        id="lonely",
        text=Text(zh="孤立的问题？", en="A lonely question?"),
        hint=Text(zh="无", en="none"),
        answers=tuple(TREE.question("scope").answers),
    )
    tree = replace(TREE, questions=(*TREE.questions, lonely), outcomes=TREE.outcomes)
    assert _kinds(tree)[ProblemKind.UNREACHABLE] == {"lonely"}


def test_duplicate_node_id_is_named() -> None:
    dup = replace(TREE.outcome("use-rag"), id="fine-tune")
    tree = replace(TREE, questions=TREE.questions, outcomes=(*TREE.outcomes, dup))
    assert "fine-tune" in _kinds(tree)[ProblemKind.DUPLICATE_ID]


def test_duplicate_answer_id_is_named() -> None:
    q = TREE.question("scope")
    tree = _replace_question(TREE, "scope", answers=(q.answers[0], replace(q.answers[1], id=q.answers[0].id)))
    assert "scope/narrow" in _kinds(tree)[ProblemKind.DUPLICATE_ID]


def test_missing_english_text_is_named() -> None:
    tree = _replace_answer(TREE, "goal", "mapping", label=Text(zh="映射", en=" "))
    problems = [p for p in validate(tree) if p.kind is ProblemKind.MISSING_TEXT]
    assert [(p.node, p.message) for p in problems] == [("goal/mapping", "label has no en text")]


def test_missing_chinese_text_in_an_outcome_is_named() -> None:
    o = replace(TREE.outcome("use-rag"), summary=Text(zh="", en="Use RAG."))
    tree = replace(
        TREE,
        questions=TREE.questions,
        outcomes=tuple(o if x.id == "use-rag" else x for x in TREE.outcomes),
    )
    assert _kinds(tree)[ProblemKind.MISSING_TEXT] == {"use-rag"}


def test_outcome_citing_an_unknown_rule_is_named() -> None:
    o = replace(TREE.outcome("use-rag"), cites=("NFT-1", "NFT-9"))
    tree = replace(TREE, questions=TREE.questions, outcomes=tuple(o if x.id == "use-rag" else x for x in TREE.outcomes))
    assert _kinds(tree)[ProblemKind.UNKNOWN_RULE] == {"use-rag"}


def test_answer_setting_an_unknown_fact_is_named() -> None:
    tree = _replace_answer(TREE, "data", "clustered", facts={"data": "lumpy"})
    assert _kinds(tree)[ProblemKind.UNKNOWN_FACT] == {"data/clustered"}


def test_rule_no_path_exercises_is_named() -> None:
    never = replace(RULES[1], id="FT-9", applies=lambda r: False)
    assert "FT-9" in _kinds(TREE, (*RULES, never))[ProblemKind.UNEXERCISED_RULE]


def test_rule_nobody_cites_is_named() -> None:
    """NFT-2 is cited by the reasoning outcomes and the reasoning addendum: drop it from all of them."""

    def without_nft_2(cites: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(c for c in cites if c != "NFT-2")

    citing = [o.id for o in TREE.outcomes if "NFT-2" in o.cites] + [a.id for a in TREE.addenda if "NFT-2" in a.cites]
    assert "do-not-fine-tune-for-reasoning" in citing
    tree = replace(
        TREE,
        outcomes=tuple(replace(o, cites=without_nft_2(o.cites)) for o in TREE.outcomes),
        addenda=tuple(replace(a, cites=without_nft_2(a.cites)) for a in TREE.addenda),
    )
    assert _kinds(tree)[ProblemKind.UNCITED_RULE] == {"NFT-2"}


def test_bad_id_is_named() -> None:
    tree = _replace_answer(TREE, "goal", "reasoning", id="Reasoning Power")
    assert "goal/Reasoning Power" in _kinds(tree)[ProblemKind.BAD_ID]


def test_single_answer_question_is_named() -> None:
    q = TREE.question("scope")
    tree = _replace_question(TREE, "scope", answers=(q.answers[0],))
    assert "scope" in _kinds(tree)[ProblemKind.NO_ANSWERS]


def test_ensure_valid_lists_every_problem_in_its_message() -> None:
    tree = _replace_answer(TREE, "data", "good", next="nowhere")
    tree = _replace_answer(tree, "goal", "mapping", label=Text(zh="", en="Mapping"))
    with pytest.raises(InvalidTree) as info:
        ensure_valid(tree)
    message = str(info.value)
    assert "data/good" in message
    assert "goal/mapping" in message


def test_answers_and_outcomes_are_frozen() -> None:
    answer: Answer = TREE.question("goal").answers[0]
    outcome: Outcome = TREE.outcomes[0]
    with pytest.raises(AttributeError):
        answer.next = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        outcome.cites = ()  # type: ignore[misc]


def test_a_card_showing_the_same_text_twice_is_named() -> None:
    """The reasoning addendum on the reasoning-only card would repeat the outcome's own reasoning route."""
    (index,) = [i for i, a in enumerate(TREE.addenda) if a.id == "reasoning-part"]
    loosened = replace(TREE.addenda[index], when=({"need": frozenset({"reasoning"})},))
    tree = replace(TREE, addenda=tuple(loosened if i == index else a for i, a in enumerate(TREE.addenda)))
    assert "reasoning" in _kinds(tree)[ProblemKind.REPEATED_TEXT]
    assert ProblemKind.REPEATED_TEXT not in _kinds(TREE)
