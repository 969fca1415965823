"""The evidence registry itself: every rule answered, every source used, every claim bilingual."""

from __future__ import annotations

import re
from datetime import date

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
    for condition in ("strong base model", "rewards a program can check", "stronger model", "26 minutes on 16 H100"):
        assert condition in note.text.en
    for condition in ("基座模型", "自动判分", "更强模型", "26 分钟"):
        assert condition in note.text.zh


def test_reasoning_facts_are_the_papers_own() -> None:
    """s1: 1,000 questions, traces from a stronger model, 26 minutes on 16 H100s; R1: SFT-only distillation."""
    s1 = next(c for c in REGISTRY.claims_for("NFT-2") if c.source == "s1-2025")
    for fact in ("1,000", "Qwen2.5-32B-Instruct", "26 minutes on 16 H100", "up to 27%"):
        assert fact in s1.finding.en
    r1 = next(c for c in REGISTRY.claims_for("NFT-2") if c.source == "deepseek-r1-2025" and c.stance == "disagrees")
    assert "supervised fine-tuning alone" in r1.finding.en
    assert "1.5B–70B" in r1.finding.en


def test_venues_are_where_the_papers_were_published() -> None:
    venues = {s.id: (s.venue, s.year) for s in REGISTRY.sources}
    assert venues["urial-2023"] == ("ICLR", 2024)
    assert venues["alpagasus-2023"] == ("ICLR", 2024)
    assert venues["deepseek-r1-2025"] == ("Nature", 2025)
    assert venues["qi-2024"] == ("ICLR", 2024)


def test_ovadia_is_cited_as_unsupervised_fine_tuning_everywhere() -> None:
    claims = [c for c in REGISTRY.claims if c.source == "ovadia-2024"]
    assert {c.rule for c in claims} == {"CORE", "NFT-1", "BP-7"}
    for c in claims:
        assert "unsupervised fine-tuning" in c.finding.en, c.rule
        assert "无监督微调" in c.finding.zh, c.rule
    (note,) = REGISTRY.notes_for("NFT-1")
    assert "unsupervised" in note.text.en
    assert "无监督" in note.text.zh
    for c in claims:  # the paper says variations "could alleviate" it, not that facts stick "only" so
        assert "only when" not in c.finding.en


def test_lora_land_carries_its_caveats_and_lora_its_trade_off() -> None:
    for c in (c for c in REGISTRY.claims if c.source == "loraland-2024"):
        assert "zero- or single-shot" in c.finding.en, c.rule
        assert "零样本或单样本" in c.finding.zh, c.rule
    for text in [c.finding for c in REGISTRY.claims if c.source == "biderman-2024"] + [
        st.text for st in (*REGISTRY.meaning, *REGISTRY.readiness) if "biderman-2024" in st.sources
    ]:
        assert "learns less" in text.en or "learned less" in text.en, text.en
        assert "full fine-tuning forgets more than LoRA" not in text.en


def test_knowledge_dissent_is_a_vendor_against_the_research() -> None:
    assert _sources_with("NFT-1", "disagrees") == {"mistral-ft"}
    assert REGISTRY.source("mistral-ft").kind == "vendor"
    assert {"ovadia-2024", "gekhman-2024"} <= _sources_with("NFT-1", "supports")
    (note,) = REGISTRY.notes_for("NFT-1")
    assert {"ovadia-2024", "gekhman-2024"} <= set(note.sources)


def test_hosted_fine_tuning_context_states_only_sourced_facts() -> None:
    changes = {st.id: st for st in REGISTRY.changes}
    assert changes["openai-closed"].sources == ("openai-deprecations",)
    for day in ("2026-05-07", "2026-07-02", "2027-01-06"):  # the three stages of the wind-down
        assert day in changes["openai-closed"].text.en
    for day in ("2026 年 5 月 7 日", "2026 年 7 月 2 日", "2027 年 1 月 6 日"):
        assert day in changes["openai-closed"].text.zh
    assert "base model retires" in changes["openai-inference"].text.en
    assert "2025-09-15" in changes["cohere-deprecated"].text.en
    assert changes["mistral-deprecated"].sources == ("mistral-deprecated", "mistral-ft")
    meaning = {st.id: st for st in REGISTRY.meaning}
    offered = " ".join(REGISTRY.source(s).authors for s in meaning["still-offered"].sources)
    for vendor in ("Microsoft", "Google", "Together AI", "Fireworks"):
        assert vendor in offered
    for advice in ("training data", "evaluation set", "prompts", "open weights", "export", "retrain"):
        assert advice in meaning["plan-for-portability"].text.en
    assert "plan-open-weight" not in meaning  # "do not build on hosted fine-tuning" does not follow
    meaning_sources = {s for st in REGISTRY.meaning for s in st.sources}
    assert {"loraland-2024", "biderman-2024"} <= meaning_sources
    assert all(st.sources for st in (*REGISTRY.changes, *REGISTRY.meaning))
    assert REGISTRY.checked == "2026-11"


def test_every_dated_vendor_statement_carries_the_day_it_was_checked() -> None:
    vendor = {s.id for s in REGISTRY.sources if s.kind == "vendor"}
    for st in (*REGISTRY.changes, *REGISTRY.meaning):
        if vendor & set(st.sources):
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", st.checked), st.id
            date.fromisoformat(st.checked)


def test_readiness_checks_cover_baseline_held_out_set_and_what_the_model_loses() -> None:
    checks = {st.id: st for st in REGISTRY.readiness}
    assert checks["eval-and-baseline"].sources == ("openai-sft",)
    assert checks["held-out-set"].sources == ()  # no checked source says it: shown as our advice
    assert checks["check-what-it-lost"].sources == ("biderman-2024",)
    assert checks["safety-retest"].sources == ("qi-2024",)
    assert "baseline" in checks["eval-and-baseline"].text.en
    assert "基线" in checks["eval-and-baseline"].text.zh
    assert "留出集" in checks["held-out-set"].text.zh
    assert "灾难性遗忘" in checks["check-what-it-lost"].text.zh
    assert "refuse" in checks["safety-retest"].text.en
