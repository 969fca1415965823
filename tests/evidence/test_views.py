"""Evidence in what readers see: readiness checks, the decision record's key sources, and no effect on outcomes."""

from __future__ import annotations

import re
from typing import Any

import pytest

from decision_tree import LANGS, Lang, explain, parse_path, paths
from decision_tree.core.evidence import REGISTRY, Registry
from decision_tree.render.record import render_record as decision_record
from decision_tree.views.evidence import evidence_view
from decision_tree.views.labels import LABELS
from decision_tree.views.path import state

SITE = "https://example.org/"
FINE_TUNE_PATH = parse_path("format-style/nothing-else/narrow/tried-failed/good")
RAG_PATH = parse_path("facts/nothing-else")
FIX_DATA_PATH = parse_path("format-style/nothing-else/narrow/tried-failed/clustered")


def _record(path: tuple[str, ...], lang: Lang, registry: Registry | None = None) -> str:
    root = SITE + ("en/" if lang == "en" else "")
    return decision_record(path, lang, root + "decision-tree/", root, evidence=registry)


def _key_sources(record: str) -> list[str]:
    """The lines of the record's last section, which must be the key sources."""
    sections = record.rstrip("\n").split("\n\n**")
    last = sections[-1]
    assert last.startswith(("Key sources**", "主要来源**")), "the record must end with its key sources"
    return [line for line in last.splitlines() if line.startswith("- ")]


def _line_for(lines: list[str], source_id: str) -> str:
    url = REGISTRY.source(source_id).url
    (line,) = [line for line in lines if f"]({url})" in line]
    return line


def test_no_card_carries_a_second_checklist_beside_its_next_steps() -> None:
    """The checks before and after training live in the next steps (issue 23: say everything once)."""
    for lang in LANGS:
        for p in paths():
            outcome = state(p, lang)["outcome"]
            assert "readiness" not in outcome
        record = _record(FINE_TUNE_PATH, lang)
        for check in REGISTRY.readiness:
            assert check.text[lang] not in record


def test_fine_tune_record_ends_with_the_sources_behind_its_rules_and_checks() -> None:
    record = _record(FINE_TUNE_PATH, "en")
    assert "Checks before and after training" not in record
    lines = _key_sources(record)
    assert "supports CORE, FT-1" in _line_for(lines, "lima-2023")
    assert "supports FT-3" in _line_for(lines, "loraland-2024")
    assert _line_for(lines, "biderman-2024").endswith("qualifies FT-3 (beyond the guide)")
    assert "supports FT-4" in _line_for(lines, "anthropic-pe")
    assert "(checked November 2026)" in record
    for line in lines:
        assert re.search(r"\]\(https://[^)]+\) · .+ · .+", line), line


def test_rag_record_carries_the_knowledge_research_and_the_dissent() -> None:
    record = _record(RAG_PATH, "en")
    assert "Checks before and after training" not in record
    lines = _key_sources(record)
    assert _line_for(lines, "ovadia-2024").endswith("supports CORE, NFT-1, BP-7")
    assert _line_for(lines, "gekhman-2024").endswith("supports CORE, NFT-1")
    assert _line_for(lines, "mistral-ft").endswith("disagrees with NFT-1 (beyond the guide)")
    assert "Fine-Tuning or Retrieval? Comparing Knowledge Injection in LLMs" in _line_for(lines, "ovadia-2024")
    assert "EMNLP 2024" in _line_for(lines, "ovadia-2024")


def test_chinese_records_carry_the_same_sources_in_chinese() -> None:
    rag = _key_sources(_record(RAG_PATH, "zh"))
    assert _line_for(rag, "ovadia-2024").endswith("支持 CORE、NFT-1、BP-7")
    assert _line_for(rag, "mistral-ft").endswith("对 NFT-1 持不同意见（超出原指南）")
    fine_tune = _record(FINE_TUNE_PATH, "zh")
    assert "训练前后的检查" not in fine_tune
    assert "**主要来源**（2026 年 11 月核查）：" in fine_tune
    assert len(_key_sources(fine_tune)) == len(_key_sources(_record(FINE_TUNE_PATH, "en")))


def test_a_cited_rule_without_a_source_says_so_in_the_record() -> None:
    assert _key_sources(_record(FIX_DATA_PATH, "en"))[-1] == "- BP-4: From the guide; no independent source yet."
    assert _key_sources(_record(FIX_DATA_PATH, "zh"))[-1] == "- BP-4：来自原指南，暂无独立来源。"


_SOURCE_LINKS = re.compile(
    r"(?:（|\s\()?\[[^\]]*\]\((?!https://example\.org)[^)]*\)(?:(?:、|, )\[[^\]]*\]\([^)]*\))*(?:）|\))?"
)


def _before_key_sources(record: str) -> str:
    """The record up to the section made of evidence alone (key sources)."""
    for key in ("key_sources",):
        for lang in ("zh", "en"):
            record = record.split(f"**{LABELS[key][lang]}")[0]
    return record


def _advice(record: str) -> str:
    """The record without its key sources and without the source links of next steps and routes."""
    return _SOURCE_LINKS.sub("", _before_key_sources(record)).rstrip("\n")


def _without_sources(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: _without_sources(v) if k == "steps" else v for k, v in i.items() if k != "sources"} for i in items]


@pytest.mark.parametrize("lang", LANGS)
def test_evidence_never_changes_an_outcome_or_its_citations(lang: Lang) -> None:
    """With every source removed, each path ends at the same outcome, cites the same rules, reads the same."""
    empty = Registry()
    for p in paths():
        e = explain(p)
        assert e.outcome is not None
        with_evidence, without = state(p, lang), state(p, lang, evidence=empty)
        assert with_evidence["outcome"]["id"] == without["outcome"]["id"] == e.outcome.id
        assert with_evidence["cites"] == without["cites"] == list(e.cites)
        sourced = ("next_steps", "routes", "parts")  # they show the registry's sources
        assert {k: v for k, v in with_evidence["outcome"].items() if k not in sourced} == {
            k: v for k, v in without["outcome"].items() if k not in sourced
        }
        for key in ("next_steps", "routes", "parts"):
            assert _without_sources(with_evidence["outcome"][key]) == _without_sources(without["outcome"][key])
        assert with_evidence["steps"] == without["steps"]
        full, bare = _record(p, lang), _record(p, lang, empty)
        assert _advice(full) == _advice(bare), "evidence may only add sources, never change the advice"
        assert LABELS["key_sources"][lang] in full.split("\n\n")[-2], "key sources are the record's last section"


def test_evidence_view_groups_claims_by_stance_in_a_fixed_order() -> None:
    view = evidence_view("NFT-2", "en")
    assert [g["stance"] for g in view["groups"]] == ["qualifies", "disagrees"]
    assert view["title"] == "Evidence for NFT-2"
    assert view["checked"] == "checked November 2026"
    assert evidence_view("BP-4", "zh")["uncovered"] is True
    assert evidence_view("BP-4", "zh")["groups"] == []
