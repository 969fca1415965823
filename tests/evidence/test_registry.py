"""The evidence registry itself: every rule answered, every source used, every claim bilingual."""

from __future__ import annotations

from decision_tree import RULES
from decision_tree.checks import validate
from decision_tree.checks.evidence_checks import evidence_problems
from decision_tree.core.evidence import REGISTRY, STANCES, UNCOVERED

RULE_IDS = [r.id for r in RULES]


def _sources_with(rule_id: str, stance: str) -> set[str]:
    return {c.source for c in REGISTRY.claims_for(rule_id) if c.stance == stance}


def test_the_real_registry_has_no_problems() -> None:
    assert list(evidence_problems(REGISTRY, RULE_IDS)) == []
    assert validate() == ()


def test_every_rule_has_a_claim_or_says_it_has_no_independent_source() -> None:
    for rule_id in RULE_IDS:
        assert REGISTRY.claims_for(rule_id) or rule_id in UNCOVERED, rule_id


def test_only_edge_cases_and_adversarial_examples_lack_an_independent_source() -> None:
    assert sorted(UNCOVERED) == ["BP-4"]
    assert not REGISTRY.claims_for("BP-4")


def test_every_source_is_cited_somewhere() -> None:
    cited = {source for _, source in REGISTRY.citations()}
    assert cited == {s.id for s in REGISTRY.sources}


def test_every_claim_and_statement_is_written_in_both_languages() -> None:
    texts = [c.finding for c in REGISTRY.claims] + [n.text for n in REGISTRY.notes]
    texts += [st.text for st in (*REGISTRY.changes, *REGISTRY.meaning, *REGISTRY.readiness)]
    for text in texts:
        assert text.missing() == [], text


def test_stances_come_from_the_allowed_set() -> None:
    assert set(STANCES) == {"supports", "qualifies", "disagrees"}
    assert {c.stance for c in REGISTRY.claims} <= set(STANCES)


def test_every_source_links_over_https() -> None:
    for s in REGISTRY.sources:
        assert s.url.startswith("https://"), s.id


def test_dissent_is_always_labelled_beyond_the_guide() -> None:
    dissent = [c for c in REGISTRY.claims if c.stance == "disagrees"]
    assert dissent
    assert all(c.beyond_guide for c in dissent)


def test_reasoning_dissent_names_rl_and_distilled_traces_and_their_conditions() -> None:
    assert _sources_with("NFT-2", "disagrees") == {"deepseek-r1-2025", "s1-2025"}
    assert "openai-rft" in _sources_with("NFT-2", "qualifies")
    (note,) = REGISTRY.notes_for("NFT-2")
    for condition in ("strong base model", "rewards a program can check", "stronger model", "large compute"):
        assert condition in note.text.en
    for condition in ("基座模型", "自动判分", "更强模型", "算力"):
        assert condition in note.text.zh


def test_knowledge_dissent_is_a_vendor_against_the_research() -> None:
    assert _sources_with("NFT-1", "disagrees") == {"mistral-ft"}
    assert REGISTRY.source("mistral-ft").kind == "vendor"
    assert {"ovadia-2024", "gekhman-2024"} <= _sources_with("NFT-1", "supports")
    (note,) = REGISTRY.notes_for("NFT-1")
    assert {"ovadia-2024", "gekhman-2024"} <= set(note.sources)


def test_hosted_fine_tuning_context_states_only_sourced_facts() -> None:
    changes = {st.id: st for st in REGISTRY.changes}
    assert changes["openai-closed"].sources == ("openai-deprecations",)
    assert "2026-05-07" in changes["openai-closed"].text.en
    assert "2026 年 5 月 7 日" in changes["openai-closed"].text.zh
    assert "2025-09-15" in changes["cohere-deprecated"].text.en
    assert changes["mistral-deprecated"].sources == ("mistral-ft",)
    meaning_sources = {s for st in REGISTRY.meaning for s in st.sources}
    assert {"loraland-2024", "biderman-2024"} <= meaning_sources
    assert all(st.sources for st in (*REGISTRY.changes, *REGISTRY.meaning))
    assert REGISTRY.checked == "2026-11"


def test_readiness_checks_cover_baseline_held_out_set_and_what_the_model_loses() -> None:
    checks = {st.id: st for st in REGISTRY.readiness}
    assert checks["eval-and-baseline"].sources == ("openai-sft",)
    assert checks["held-out-set"].sources == ()  # no checked source says it: shown as our advice
    assert checks["check-what-it-lost"].sources == ("biderman-2024",)
    assert "baseline" in checks["eval-and-baseline"].text.en
    assert "基线" in checks["eval-and-baseline"].text.zh
    assert "留出集" in checks["held-out-set"].text.zh
