"""The guide's advice, spelled out as tests a reader can read (rules.py is the full spec)."""

from __future__ import annotations

from decision_tree import Action, explain, paths
from decision_tree.core.engine import Explanation

ALL = [explain(p) for p in paths()]


def _outcomes_where(**facts: str) -> set[str]:
    return {e.outcome.id for e in ALL if e.outcome and all(e.facts.get(k) == v for k, v in facts.items())}


def _needs(e: Explanation) -> set[str]:
    """Every need the reader stated: the main one and the further ones (tree v2 asks for both)."""
    stated = {e.facts.get("need", ""), e.facts.get("also", "")}
    needs = set()
    for need in stated:
        needs |= {"knowledge_and_reasoning": {"knowledge", "reasoning"}}.get(need, {need})
    return needs - {"", "nothing"}


def test_new_knowledge_never_ends_in_plain_fine_tune() -> None:
    knowledge_only = [e for e in ALL if "knowledge" in _needs(e) and "pattern" not in _needs(e)]
    assert {tuple(e.path) for e in knowledge_only} >= {("facts", "nothing-else")}
    for e in knowledge_only:
        assert e.outcome is not None
        assert Action.FINE_TUNE not in e.outcome.actions
        assert Action.RETRIEVAL in e.outcome.actions
    for e in ALL:  # with a pattern too, the facts still go to retrieval
        if "knowledge" in _needs(e):
            assert e.outcome is not None
            assert Action.RETRIEVAL in e.outcome.actions, e.path


def test_knowledge_and_pattern_always_gets_rag_and_may_fine_tune_the_pattern() -> None:
    outcomes = _outcomes_where(need="pattern", also="knowledge") | _outcomes_where(
        need="pattern", also="knowledge_and_reasoning"
    )
    assert "rag-plus-fine-tune" in outcomes
    assert all(o.startswith("rag") for o in outcomes)


def test_fine_tune_only_when_prompting_failed_data_good_and_scope_narrow() -> None:
    for e in ALL:
        assert e.outcome is not None
        if Action.FINE_TUNE in e.outcome.actions:
            # Tried and measured, or a model that takes no prompt (a small classifier): nothing left to exhaust.
            assert e.facts["prompting"] in ("tried_failed", "not_applicable")
            # Good data, or good data still missing edge cases, which the card then asks for before training;
            # or ratings or a checker, whose card says the tune they call for goes beyond the guide.
            assert e.facts["data"] in ("good", "edge_cases_missing", "preferences", "grader")
            if e.facts["data"] == "edge_cases_missing":
                assert "data-edge-cases-missing" in {a.id for a in e.addenda}, e.path
            if e.facts["data"] in ("preferences", "grader"):
                (note,) = [a for a in e.addenda if a.id == f"data-{e.facts['data']}"]
                assert note.beyond_guide, e.path
            assert e.facts["scope"] == "narrow"


def test_reasoning_is_never_fine_tuned_and_alternatives_are_labelled_beyond_the_guide() -> None:
    (e,) = [e for e in ALL if _needs(e) == {"reasoning"}]
    assert e.outcome is not None
    assert Action.FINE_TUNE not in e.outcome.actions
    assert e.outcome.beyond_guide is not None
    # The views put the label "Beyond the guide" before this text; the text does not repeat it.
    assert "beyond the guide" not in e.outcome.beyond_guide.en.lower()
    assert "超出原指南" not in e.outcome.beyond_guide.zh
    assert "reasoning model" in e.outcome.beyond_guide.en  # in 2026 the first alternative
    assert "推理模型" in e.outcome.beyond_guide.zh


def test_clustered_or_flawed_data_means_fixing_the_data_first() -> None:
    failed = "tried_failed"
    for also, outcome in (("nothing", "fix-data-first"), ("knowledge", "rag-and-fix-data")):
        for data in ("clustered", "small_or_flawed", "none", "unchecked"):
            assert _outcomes_where(need="pattern", also=also, prompting=failed, data=data) == {outcome}
    # Tree v2 also asks about the data while prompting comes first: the blocker still reaches the card.
    for e in ALL:
        if e.facts.get("data") in ("clustered", "small_or_flawed"):
            assert e.outcome is not None
            assert Action.FIX_DATA in e.outcome.actions.union(*(a.actions for a in e.addenda)), e.path


def test_prompting_that_works_is_kept() -> None:
    assert _outcomes_where(need="pattern", also="nothing", prompting="works") == {"use-prompting"}
    assert _outcomes_where(need="pattern", also="nothing", prompting="untried") == {"try-prompting-first"}
    assert _outcomes_where(need="pattern", also="knowledge", prompting="works") == {"rag-plus-prompting"}
    assert _outcomes_where(need="pattern", also="knowledge", prompting="untried") == {"rag-then-try-prompting"}


def test_every_fine_tune_outcome_presents_the_whole_checklist() -> None:
    for e in ALL:
        assert e.outcome is not None
        if Action.FINE_TUNE in e.outcome.actions:
            assert e.outcome.checklist == tuple(f"BP-{n}" for n in range(1, 8))


def test_format_and_mapping_fine_tunes_cite_their_own_rule() -> None:
    by_pattern = {e.facts.get("pattern"): set(e.cites) for e in ALL if e.outcome and e.outcome.id == "fine-tune"}
    assert "FT-1" in by_pattern["format_style"]
    assert "FT-2" in by_pattern["mapping"]
    assert "FT-3" in by_pattern["specialised_task"]
