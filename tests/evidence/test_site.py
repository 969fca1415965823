"""The evidence on the built site, in both languages (`make build`, or DT_SITE_DIR).

A reviewer on any rule's home section sees who supports, qualifies or disputes it and
when that was checked; every source it links is listed on /references/, which links
each source back to the rules that cite it.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

import pytest

from decision_tree import LANGS, RULES, Lang, Rule
from decision_tree.core.evidence import REGISTRY
from tests.evidence.html_outline import Element, parse

pytestmark = pytest.mark.site

HEADINGS = {"h1", "h2"}


def _page(site_dir: Path, lang: Lang, slug: str) -> Path:
    base = site_dir / "en" if lang == "en" else site_dir
    return base / slug / "index.html" if slug else base / "index.html"


def _read(site_dir: Path, lang: Lang, slug: str) -> Element:
    path = _page(site_dir, lang, slug)
    assert path.is_file(), f"{path} was not built"
    return parse(path.read_text(encoding="utf-8"))


def _box_after(doc: Element, anchor: str) -> Element | None:
    """The first evidence box after the element with this id, before the next section heading."""
    elements = sorted(doc.iter(), key=lambda e: e.order)
    starts = [i for i, e in enumerate(elements) if e.attrs.get("id") == anchor]
    assert len(starts) == 1, f"expected one element with id {anchor!r}, found {len(starts)}"
    for e in elements[starts[0] + 1 :]:
        if e.tag in HEADINGS:
            return None
        if "dt-evidence" in e.classes:
            return e
    return None


def _box(site_dir: Path, lang: Lang, r: Rule) -> Element:
    box = _box_after(_read(site_dir, lang, r.home), r.anchor)
    assert box is not None, f"{lang}: the home section of {r.id} has no evidence box"
    return box


def _resolve(page_url: str, href: str) -> tuple[str, str]:
    """A relative link from a page URL (e.g. 'when-to-fine-tune/') to (page URL, fragment)."""
    path, _, fragment = href.partition("#")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page_url.rstrip("/") + "/x"), path or "."))
    return ("" if target == "." else target.strip("/") + "/").lstrip("/"), fragment


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_home_section_has_its_evidence_box(site_dir: Path, lang: Lang) -> None:
    title = {"zh": "{id} 的证据", "en": "Evidence for {id}"}[lang]
    checked = {"zh": "2026 年 11 月核查", "en": "checked November 2026"}[lang]
    for r in RULES:
        box = _box(site_dir, lang, r)
        assert box.attrs.get("data-evidence") == r.id
        text = " ".join(box.text().split())
        assert title.format(id=r.id) in text, text[:200]
        assert checked in text, text[:200]
        for claim in REGISTRY.claims_for(r.id):
            assert REGISTRY.source(claim.source).url in box.hrefs(), f"{r.id}: {claim.source} not linked"
        if r.id in REGISTRY.uncovered:
            assert ("来自原指南，暂无独立来源" if lang == "zh" else "From the guide; no independent source yet") in text


@pytest.mark.parametrize("lang", LANGS)
def test_every_source_link_appears_on_the_references_page(site_dir: Path, lang: Lang) -> None:
    references = _read(site_dir, lang, "references")
    ids = {e.attrs["id"] for e in references.iter() if "id" in e.attrs}
    links = set(references.hrefs())
    for s in REGISTRY.sources:
        assert s.anchor in ids, f"{lang}: /references/ has no entry #{s.anchor}"
        assert s.url in links, f"{lang}: /references/ does not link {s.url}"
    linked_from_boxes = {h for r in RULES for h in _box(site_dir, lang, r).hrefs() if h.startswith("https://")}
    assert linked_from_boxes <= links


@pytest.mark.parametrize("lang", LANGS)
def test_box_links_land_on_source_entries_and_entries_link_back_to_rules(site_dir: Path, lang: Lang) -> None:
    for r in RULES:
        for href in _box(site_dir, lang, r).hrefs():
            if href.startswith("https://"):
                continue
            page, fragment = _resolve(f"{r.home}/" if r.home else "", href)
            assert page == "references/", href
            assert fragment.startswith("src-"), href
    references = _read(site_dir, lang, "references")
    for s in REGISTRY.sources:
        (entry,) = [e for e in references.iter() if e.attrs.get("id") == s.anchor]
        targets = {_resolve("references/", h) for h in entry.hrefs() if not h.startswith("https://")}
        for claim in (c for c in REGISTRY.claims if c.source == s.id):
            home = next(r for r in RULES if r.id == claim.rule)
            assert (f"{home.home}/" if home.home else "", home.anchor) in targets, f"{s.id} -> {claim.rule}"


@pytest.mark.parametrize("lang", LANGS)
def test_dissent_on_reasoning_and_knowledge_is_present_and_labelled(site_dir: Path, lang: Lang) -> None:
    label = {"zh": "持不同意见（超出原指南）", "en": "Disagrees (beyond the guide)"}[lang]
    reading = {"zh": "我们的解读（超出原指南）", "en": "Our reading (beyond the guide)"}[lang]
    rules = {r.id: r for r in RULES}
    for rule_id, dissenters in (("NFT-2", ("deepseek-r1-2025", "s1-2025")), ("NFT-1", ("mistral-ft",))):
        box = _box(site_dir, lang, rules[rule_id])
        strong = [" ".join(e.text().split()) for e in box.iter() if e.tag == "strong"]
        assert label in strong, f"{lang} {rule_id}: {strong}"
        assert any(s.startswith(reading) for s in strong)
        for source_id in dissenters:
            assert REGISTRY.source(source_id).url in box.hrefs()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", ["", "references"])
def test_hosted_fine_tuning_context_is_dated_and_sourced(site_dir: Path, lang: Lang, slug: str) -> None:
    doc = _read(site_dir, lang, slug)
    (context,) = [e for e in doc.iter() if e.attrs.get("id") == "hosted-fine-tuning"]
    assert any("admonition" in e.classes for e in context.iter())
    assert ("2026 年 11 月" if lang == "zh" else "November 2026") in context.text()
    for st in (*REGISTRY.changes, *REGISTRY.meaning):
        for source_id in st.sources:
            assert REGISTRY.source(source_id).url in context.hrefs()
