"""The guide's advice, spelled out as tests a reader can read (rules.py is the full spec)."""

from __future__ import annotations

from decision_tree import Action, explain, paths

ALL = [explain(p) for p in paths()]


def _outcomes_where(**facts: str) -> set[str]:
    return {e.outcome.id for e in ALL if e.outcome and all(e.facts.get(k) == v for k, v in facts.items())}


def test_new_knowledge_never_ends_in_plain_fine_tune() -> None:
    for e in ALL:
        if e.facts.get("need") == "knowledge":
            assert e.outcome is not None
            assert Action.FINE_TUNE not in e.outcome.actions
            assert Action.RETRIEVAL in e.outcome.actions


def test_knowledge_and_pattern_always_gets_rag_and_may_fine_tune_the_pattern() -> None:
    outcomes = _outcomes_where(need="knowledge_and_pattern")
    assert "rag-plus-fine-tune" in outcomes
    assert all(o.startswith("rag") for o in outcomes)


def test_fine_tune_only_when_prompting_failed_data_good_and_scope_narrow() -> None:
    for e in ALL:
        assert e.outcome is not None
        if Action.FINE_TUNE in e.outcome.actions:
            assert e.facts["prompting"] == "tried_failed"
            assert e.facts["data"] == "good"
            assert e.facts["scope"] == "narrow"


def test_reasoning_is_never_fine_tuned_and_alternatives_are_labelled_beyond_the_guide() -> None:
    (e,) = [e for e in ALL if e.facts.get("need") == "reasoning"]
    assert e.outcome is not None
    assert Action.FINE_TUNE not in e.outcome.actions
    assert e.outcome.beyond_guide is not None
    # The views put the label "Beyond the guide" before this text; the text does not repeat it.
    assert "beyond the guide" not in e.outcome.beyond_guide.en.lower()
    assert "超出原指南" not in e.outcome.beyond_guide.zh
    assert "reasoning model" in e.outcome.beyond_guide.en  # in 2026 the first alternative
    assert "推理模型" in e.outcome.beyond_guide.zh


def test_clustered_or_flawed_data_means_fixing_the_data_first() -> None:
    assert _outcomes_where(need="pattern", data="clustered") == {"fix-data-first"}
    assert _outcomes_where(need="pattern", data="small_or_flawed") == {"fix-data-first"}


def test_prompting_that_works_is_kept() -> None:
    assert _outcomes_where(need="pattern", prompting="works") == {"use-prompting"}
    assert _outcomes_where(need="pattern", prompting="untried") == {"try-prompting-first"}


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
