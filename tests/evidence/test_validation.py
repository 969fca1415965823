"""Evidence validation: one deliberately broken registry per kind of problem, each named in the report."""

from __future__ import annotations

from dataclasses import replace

import pytest

from decision_tree import RULES, TREE, Text, cli
from decision_tree.checks import InvalidTree, ProblemKind, ensure_valid, validate
from decision_tree.checks.evidence_checks import evidence_problems
from decision_tree.core import evidence
from decision_tree.core.evidence import REGISTRY, Claim, Registry, Source, Statement

RULE_IDS = [r.id for r in RULES]


def _found(registry: Registry) -> dict[ProblemKind, set[str]]:
    found: dict[ProblemKind, set[str]] = {}
    for p in evidence_problems(registry, RULE_IDS):
        found.setdefault(p.kind, set()).add(p.node)
    return found


def _with_claim(claim: Claim) -> Registry:
    return replace(REGISTRY, claims=(*REGISTRY.claims, claim))


def _with_source(source: Source) -> Registry:
    return replace(REGISTRY, sources=(*REGISTRY.sources, source))


def _replace_source(source_id: str, **changes: object) -> Registry:
    sources = tuple(replace(s, **changes) if s.id == source_id else s for s in REGISTRY.sources)  # type: ignore[arg-type]
    return replace(REGISTRY, sources=sources)


FINDING = Text(zh="一句发现。", en="One finding.")


def test_claim_citing_an_unknown_source_is_named() -> None:
    broken = _with_claim(Claim("NFT-1", "nobody-2099", "supports", FINDING))
    assert _found(broken) == {ProblemKind.UNKNOWN_SOURCE: {"claim NFT-1/nobody-2099"}}


def test_claim_on_an_unknown_rule_is_named() -> None:
    broken = _with_claim(Claim("NFT-9", "ovadia-2024", "supports", FINDING))
    assert _found(broken) == {ProblemKind.UNKNOWN_RULE: {"claim NFT-9/ovadia-2024/supports"}}


def test_source_nobody_cites_is_named() -> None:
    orphan = Source(
        "orphan-2024", "Nobody et al.", "An Uncited Paper", "arXiv", 2024, "https://example.org/x", "research"
    )
    assert _found(_with_source(orphan)) == {ProblemKind.UNCITED_SOURCE: {"source orphan-2024"}}


def test_claim_missing_a_language_is_named() -> None:
    broken = _with_claim(Claim("FT-2", "lima-2023", "supports", Text(zh="", en="Only English.")))
    assert _found(broken) == {ProblemKind.MISSING_TEXT: {"claim FT-2/lima-2023/supports"}}


def test_source_link_that_is_not_https_is_named() -> None:
    broken = _replace_source("lima-2023", url="http://arxiv.org/abs/2305.11206")
    assert _found(broken) == {ProblemKind.INSECURE_URL: {"source lima-2023"}}
    relative = _replace_source("lima-2023", url="arxiv.org/abs/2305.11206")  # the guide's own slip
    assert _found(relative) == {ProblemKind.INSECURE_URL: {"source lima-2023"}}


def test_stance_outside_the_allowed_set_is_named() -> None:
    broken = _with_claim(Claim("FT-2", "lima-2023", "refutes", FINDING))  # type: ignore[arg-type]
    assert _found(broken) == {ProblemKind.UNKNOWN_STANCE: {"claim FT-2/lima-2023/refutes"}}


def test_source_kind_outside_research_and_vendor_is_named() -> None:
    broken = _replace_source("anthropic-pe", kind="blog")
    assert _found(broken) == {ProblemKind.UNKNOWN_SOURCE_KIND: {"source anthropic-pe"}}


def test_rule_with_neither_claims_nor_the_uncovered_marker_is_named() -> None:
    broken = replace(REGISTRY, uncovered=frozenset())
    assert _found(broken) == {ProblemKind.NO_EVIDENCE: {"rule BP-4"}}


def test_rule_marked_uncovered_while_it_has_claims_is_named() -> None:
    broken = replace(REGISTRY, uncovered=frozenset({"BP-4", "NFT-1"}))
    assert _found(broken) == {ProblemKind.UNCOVERED_BUT_CLAIMED: {"rule NFT-1"}}


def test_dissent_not_labelled_beyond_the_guide_is_named() -> None:
    claims = tuple(replace(c, beyond_guide=False) if c.stance == "disagrees" else c for c in REGISTRY.claims)
    found = _found(replace(REGISTRY, claims=claims))
    assert found == {
        ProblemKind.UNLABELLED_DISSENT: {
            "claim NFT-1/mistral-ft/disagrees",
            "claim NFT-2/deepseek-r1-2025/disagrees",
            "claim NFT-2/s1-2025/disagrees",
        }
    }


def test_dated_context_without_a_source_is_named() -> None:
    rumour = Statement("rumour", Text(zh="听说的事。", en="Something we heard."))
    broken = replace(REGISTRY, changes=(*REGISTRY.changes, rumour))
    assert _found(broken) == {ProblemKind.UNSOURCED_STATEMENT: {"context rumour"}}


def test_duplicate_and_malformed_source_ids_are_named() -> None:
    twin = REGISTRY.source("lima-2023")
    assert _found(_with_source(twin)) == {ProblemKind.DUPLICATE_ID: {"source lima-2023"}}
    shouting = replace(twin, id="LIMA_2023")
    cited = _with_claim(Claim("FT-1", "LIMA_2023", "supports", FINDING))
    assert _found(replace(cited, sources=(*cited.sources, shouting))) == {ProblemKind.BAD_ID: {"source LIMA_2023"}}


def test_validate_includes_evidence_problems() -> None:
    broken = replace(REGISTRY, uncovered=frozenset())
    assert [str(p) for p in validate(TREE, RULES, broken)] == [
        "no-evidence: rule BP-4: has no claim and is not marked uncovered; add a sourced claim or list it in UNCOVERED"
    ]


def test_check_command_and_the_site_build_report_evidence_problems_by_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = _with_claim(Claim("NFT-1", "nobody-2099", "supports", FINDING))
    monkeypatch.setattr(evidence, "REGISTRY", broken)
    assert cli.main(["check"]) == 1
    err = capsys.readouterr().err
    assert "unknown-source: claim NFT-1/nobody-2099: cites 'nobody-2099'" in err
    assert "1 problem(s) found" in err
    with pytest.raises(InvalidTree, match="nobody-2099"):
        ensure_valid()
