"""The evidence macros' Markdown, rendered by Python-Markdown with the site's extensions.

The built-site tests check the real pages; these check every rule and source in both
languages without a build, including links from pages in sub-folders.
"""

from __future__ import annotations

import markdown  # type: ignore[import-untyped]  # no stubs; only the renderer is used
import pytest

from decision_tree import LANGS, RULES, Lang
from decision_tree.core.evidence import REGISTRY
from decision_tree.render.evidence_blocks import (
    render_context,
    render_evidence_box,
    render_readiness,
    render_sources_list,
)
from decision_tree.views.urls import CONTEXT_ANCHOR, PageLinks

EXTENSIONS = ["admonition", "attr_list", "md_in_html", "toc"]


def _links(src: str) -> PageLinks:
    """Links from the page built from this Markdown source."""
    return PageLinks("" if src == "index.md" else src.removesuffix(".md").removesuffix("/index"))


def _html(md: str) -> str:
    return str(markdown.markdown(md, extensions=EXTENSIONS))


def _home(rule_id: str) -> str:
    home = next(r.home for r in RULES if r.id == rule_id)
    return f"{home or 'index'}.md"


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_gets_a_rendered_box_linking_each_claim_to_its_source_and_reference(lang: Lang) -> None:
    for r in RULES:
        html = _html(render_evidence_box(r.id, lang, _links(_home(r.id))))
        assert f'<div class="dt-evidence" data-evidence="{r.id}">' in html
        assert '<div class="admonition info">' in html
        assert "!!!" not in html, "the admonition must render, not show as text"
        for claim in REGISTRY.claims_for(r.id):
            source = REGISTRY.source(claim.source)
            assert f'href="{source.url}"' in html
            assert f'href="references.md#{source.anchor}"' in html
        if r.id in REGISTRY.uncovered:
            assert (
                "来自原指南，暂无独立来源。" if lang == "zh" else "From the guide; no independent source yet."
            ) in html


def test_links_are_relative_to_the_page_being_built() -> None:
    html = _html(render_evidence_box("NFT-1", "en", _links("guides/deep/when-not-to-fine-tune.md")))
    assert 'href="../../references.md#src-ovadia-2024"' in html
    listing = _html(render_sources_list("en", _links("sub/references.md")))
    assert 'href="../when-not-to-fine-tune.md#nft-1"' in listing
    assert 'href="../index.md#core"' in listing


def test_dissent_is_labelled_beyond_the_guide_in_both_languages() -> None:
    en = _html(render_evidence_box("NFT-2", "en", _links("when-not-to-fine-tune.md")))
    assert "<strong>Disagrees (beyond the guide)</strong>" in en
    assert "<strong>Our reading (beyond the guide):</strong>" in en
    zh = _html(render_evidence_box("NFT-1", "zh", _links("when-not-to-fine-tune.md")))
    assert "<strong>持不同意见（超出原指南）</strong>" in zh
    assert "<strong>我们的解读（超出原指南）：</strong>" in zh


@pytest.mark.parametrize("lang", LANGS)
def test_sources_list_has_every_source_once_grouped_by_kind_with_rules_linked_back(lang: Lang) -> None:
    html = _html(render_sources_list(lang, _links("references.md")))
    assert html.index('id="sources-research"') < html.index('id="sources-vendor"')
    for s in REGISTRY.sources:
        assert html.count(f'id="{s.anchor}"') == 1
        assert html.count(f'href="{s.url}"') == 1
    for c in REGISTRY.claims:
        assert f'href="{_home(c.rule)}#{c.rule.lower()}"' in html
    assert f'href="references.md#{CONTEXT_ANCHOR}"' in html


@pytest.mark.parametrize("lang", LANGS)
def test_hosted_context_is_an_admonition_with_its_date_and_sources(lang: Lang) -> None:
    html = _html(render_context(lang))
    assert f'<div class="dt-context" id="{CONTEXT_ANCHOR}">' in html
    assert '<div class="admonition warning">' in html
    assert ("2026 年 11 月" if lang == "zh" else "November 2026") in html
    for st in (*REGISTRY.changes, *REGISTRY.meaning):
        for source_id in st.sources:
            assert f'href="{REGISTRY.source(source_id).url}"' in html


@pytest.mark.parametrize("lang", LANGS)
def test_readiness_checks_render_labelled_beyond_the_guide_with_their_sources(lang: Lang) -> None:
    html = _html(render_readiness(lang, _links("best-practices.md")))
    assert '<div class="admonition note">' in html
    assert (
        "训练前后的检查（超出原指南）" if lang == "zh" else "Checks before and after training (beyond the guide)"
    ) in html
    assert html.count("<li>") == len(REGISTRY.readiness)
    assert f'href="{REGISTRY.source("openai-sft").url}"' in html
    assert 'href="references.md#src-biderman-2024"' in html
    assert ("我们的建议，暂无独立来源" if lang == "zh" else "our advice; no independent source yet") in html
