"""Next steps and route costs: the check catches what a reader would trip over, and the real content passes it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType

import pytest

from decision_tree import Text
from decision_tree.checks import ProblemKind, validate
from decision_tree.checks.guidance_checks import BLOCKER_IDS, OUTCOME_IDS, fit_problems, guidance_problems, readers
from decision_tree.core import guidance
from decision_tree.core.evidence import REGISTRY
from decision_tree.core.guidance import NEXT_STEPS, ROUTE_COSTS, ROUTES, NextStep, RouteCost
from decision_tree.core.guidance_model import only
from decision_tree.views.guidance import steps_for

RULE_ID = re.compile(r"\b(?:CORE|FT-\d|NFT-\d|BP-\d)\b")
MARKUP = re.compile(r"[<>`*\[\]]|\]\(|&[a-z]+;")
OUR_ESTIMATE = {"en": ("we suggest", "our rough estimate"), "zh": ("我们建议", "我们的粗略估计")}
STEP = NextStep(Text(zh="做一件具体的事。", en="Do one concrete thing."))


def _found(
    next_steps: Mapping[str, tuple[NextStep, ...]] = NEXT_STEPS,
    route_costs: tuple[RouteCost, ...] = ROUTE_COSTS,
    **kwargs: object,
) -> dict[ProblemKind, set[str]]:
    found: dict[ProblemKind, set[str]] = {}
    for p in guidance_problems(next_steps, route_costs, **kwargs):  # type: ignore[arg-type]
        found.setdefault(p.kind, set()).add(p.node)
    return found


def _with(key: str, steps: tuple[NextStep, ...] | None) -> Mapping[str, tuple[NextStep, ...]]:
    changed = dict(NEXT_STEPS)
    if steps is None:
        del changed[key]
    else:
        changed[key] = steps
    return MappingProxyType(changed)


def _all_steps() -> list[tuple[str, NextStep]]:
    return [(key, step) for key, steps in NEXT_STEPS.items() for step in steps]


# --- the real content ---------------------------------------------------------


def test_the_real_guidance_passes_its_check() -> None:
    assert list(guidance_problems()) == []


def test_validate_runs_the_guidance_check_and_the_real_content_passes() -> None:
    assert validate() == ()


def test_every_outcome_and_blocker_has_steps_and_nothing_else_does() -> None:
    assert set(NEXT_STEPS) == set(OUTCOME_IDS) | set(BLOCKER_IDS)


def test_every_reader_is_shown_three_to_six_steps_per_outcome_and_one_to_three_per_blocker() -> None:
    shown: dict[str, set[int]] = {}
    for e in readers():
        assert e.outcome is not None
        for key in (e.outcome.id, *(a.id for a in e.addenda)):
            shown.setdefault(key, set()).add(len(steps_for(key, e.facts)))
    assert shown.keys() == set(OUTCOME_IDS) | set(BLOCKER_IDS)
    for key, counts in shown.items():
        low, high = (3, 6) if key in OUTCOME_IDS else (1, 3)
        assert low <= min(counts), (key, sorted(counts))
        assert max(counts) <= high, (key, sorted(counts))


def test_one_cost_row_per_route_in_route_order() -> None:
    assert tuple(row.route for row in ROUTE_COSTS) == ROUTES


@pytest.mark.parametrize(("key", "step"), _all_steps())
def test_steps_are_plain_short_text(key: str, step: NextStep) -> None:
    for lang in ("zh", "en"):
        assert not MARKUP.search(step.text[lang]), f"{key}: markup in {step.text[lang]!r}"
    assert len(step.text.en.split()) <= 45, f"{key}: {step.text.en!r} is longer than 45 words"
    assert len(step.text.zh) <= 100, f"{key}: {step.text.zh!r} is longer than 100 characters"


@pytest.mark.parametrize(("key", "step"), _all_steps())
def test_a_number_in_a_step_is_sourced_or_marked_as_ours(key: str, step: NextStep) -> None:
    for lang in ("zh", "en"):
        text = step.text[lang]
        if re.search(r"\d", RULE_ID.sub("", text)) and not step.sources:
            assert any(marker in text for marker in OUR_ESTIMATE[lang]), f"{key}: unsourced number in {text!r}"


def test_steps_naming_tooling_the_guide_never_mentions_are_beyond_it() -> None:
    """A step is the guide's own advice only if it names no tooling the guide never mentions."""
    beyond_words = ("LoRA", "cache", "schema", "index", "batch", "reasoning effort", "adapter", "break-even")
    for key, step in _all_steps():
        if any(word.lower() in step.text.en.lower() for word in beyond_words):
            assert step.beyond_guide, f"{key}: {step.text.en!r} is our advice, not the guide's"


def test_the_distil_outcome_is_all_beyond_the_guide_and_names_its_trade_offs() -> None:
    steps = NEXT_STEPS["distil-for-cost"]
    assert all(s.beyond_guide for s in steps)
    text = " ".join(s.text.en for s in steps)
    for trade_off in ("retrain", "retires", "held-out", "fallback", "break-even"):
        assert trade_off in text


def test_every_cited_source_is_in_the_registry() -> None:
    known = {s.id for s in REGISTRY.sources}
    cited = {src for _, step in _all_steps() for src in step.sources} | {
        src for row in ROUTE_COSTS for src in row.sources
    }
    assert cited <= known, cited - known


# --- the check catches each kind of mistake (each of these fails if the check is blind to it) ---


def test_a_missing_step_list_is_named() -> None:
    assert _found(_with("use-rag", None)) == {ProblemKind.MISSING_TEXT: {"next steps use-rag"}}


def test_a_missing_blocker_step_list_is_named() -> None:
    assert _found(_with("data-none", None)) == {ProblemKind.MISSING_TEXT: {"next steps data-none"}}


def test_an_outcome_id_passed_in_without_steps_is_named() -> None:
    ids = (*OUTCOME_IDS, "brand-new-outcome")
    assert _found(outcome_ids=ids) == {ProblemKind.MISSING_TEXT: {"next steps brand-new-outcome"}}


def test_a_bad_source_id_is_named_at_its_step() -> None:
    first, *rest = NEXT_STEPS["fine-tune"]
    broken = _with("fine-tune", (replace(first, sources=("nobody-2099",)), *rest))
    assert _found(broken) == {ProblemKind.UNKNOWN_SOURCE: {"next step fine-tune#1"}}


def test_too_many_steps_for_a_reader_are_named() -> None:
    steps = NEXT_STEPS["use-rag"]
    assert len(steps) == 6
    found = {(p.kind, p.node) for p in fit_problems(_with("use-rag", (*steps, STEP)))}
    assert found == {(ProblemKind.MISSING_TEXT, "next steps use-rag")}


def test_a_step_no_reader_of_its_card_fits_is_named() -> None:
    on_device = replace(STEP, when=only(runs="on_device"))
    found = {(p.kind, p.node) for p in fit_problems(_with("use-rag", (*NEXT_STEPS["use-rag"][:4], on_device)))}
    assert found == {(ProblemKind.UNKNOWN_FACT, "next step use-rag#5")}


def test_a_condition_outside_the_vocabulary_is_named() -> None:
    first, *rest = NEXT_STEPS["use-rag"]
    broken = _with("use-rag", (replace(first, when=only(runs="on_the_moon")), *rest))
    assert _found(broken) == {ProblemKind.UNKNOWN_FACT: {"next step use-rag#1"}}


def test_a_plan_question_whose_answer_no_step_reads_is_named() -> None:
    quiet = _with(
        "fine-tune", tuple(s for s in NEXT_STEPS["fine-tune"] if "size" not in {n for c in s.when for n in c})
    )
    found = {(p.kind, p.node) for p in fit_problems(quiet)}
    assert (ProblemKind.UNKNOWN_FACT, "size") in found


def test_too_few_steps_on_an_outcome_are_named() -> None:
    assert _found(_with("use-rag", (STEP, STEP))) == {ProblemKind.MISSING_TEXT: {"next steps use-rag"}}


def test_too_many_steps_on_a_blocker_are_named() -> None:
    broken = _with("reasoning-part", (STEP, STEP, STEP, STEP))
    found = {(p.kind, p.node) for p in fit_problems(broken)}
    assert found == {(ProblemKind.MISSING_TEXT, "next steps reasoning-part")}
    assert [str(p) for p in fit_problems(broken)] == [
        "missing-text: next steps reasoning-part: the path format-style/also-reasoning/narrow/works "
        "is shown 4 step(s); every reader needs 1–3"
    ]


def test_a_step_in_one_language_only_is_named() -> None:
    english_only = NextStep(Text(zh=" ", en="Only English."))
    assert _found(_with("data-none", (english_only,))) == {ProblemKind.MISSING_TEXT: {"next step data-none#1"}}


def test_steps_under_an_unknown_key_are_named() -> None:
    broken = MappingProxyType({**NEXT_STEPS, "use-magic": (STEP, STEP, STEP)})
    assert _found(broken) == {ProblemKind.BAD_ID: {"next steps use-magic"}}


def test_a_route_without_a_cost_row_is_named() -> None:
    rows = tuple(row for row in ROUTE_COSTS if row.route != "distil")
    assert _found(route_costs=rows) == {ProblemKind.MISSING_TEXT: {"route cost distil"}}


def test_a_duplicate_unknown_or_half_translated_cost_row_is_named() -> None:
    first = ROUTE_COSTS[0]
    assert _found(route_costs=(*ROUTE_COSTS, first)) == {ProblemKind.DUPLICATE_ID: {"route cost prompting"}}
    assert _found(route_costs=(*ROUTE_COSTS, replace(first, route="magic"))) == {
        ProblemKind.BAD_ID: {"route cost magic"}
    }
    half = replace(first, effort=Text(zh="", en="Hours."))
    assert _found(route_costs=(half, *ROUTE_COSTS[1:])) == {ProblemKind.MISSING_TEXT: {"route cost prompting"}}
    unsourced = replace(first, sources=("nobody-2099",))
    assert _found(route_costs=(unsourced, *ROUTE_COSTS[1:])) == {ProblemKind.UNKNOWN_SOURCE: {"route cost prompting"}}


def test_a_source_missing_from_the_registry_passed_in_is_named() -> None:
    without = replace(REGISTRY, sources=tuple(s for s in REGISTRY.sources if s.id != "openai-prompt-caching"))
    found = _found(registry=without)
    assert set(found) == {ProblemKind.UNKNOWN_SOURCE}
    assert "next step use-prompting#4" in found[ProblemKind.UNKNOWN_SOURCE]


def test_validate_reports_broken_guidance(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guidance, "NEXT_STEPS", _with("fine-tune", None))
    assert [str(p) for p in validate()] == [
        "missing-text: next steps fine-tune: the outcome has no next steps; give it 3–6",
        # …and the plan questions asked on its card now change nothing there.
        *(
            f"unknown-fact: {q}: is offered on 'fine-tune', but none of its next steps depends on the answer"
            for q in ("runs", "size", "output")
        ),
    ]
