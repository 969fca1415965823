"""Where a source was published reads in the page's language: "Mistral 文档（已标为弃用）" on the
Chinese site and in its decision record, "Mistral docs (marked deprecated)" on the English one.

The registry keeps only a venue's proper name (`Source.venue`); the words around it are
labels, so no English "docs" or "Technical report" reaches a Chinese reader.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from decision_tree import LANGS, Lang
from decision_tree.core.evidence import REGISTRY
from decision_tree.views.evidence import source_view
from decision_tree.views.labels import LABELS
from tests.site.built import LANG_DIRS
from tests.widget.conftest import open_widget, shown_outcome, walk

ENGLISH_VENUE_WORDS = re.compile(r"\b(docs|documentation|Technical report|marked deprecated)\b", re.IGNORECASE)
EXPECTED: dict[Lang, tuple[str, ...]] = {
    "zh": ("Mistral 文档（已标为弃用）", "Predibase 技术报告", "OpenAI API 文档"),
    "en": ("Mistral docs (marked deprecated)", "Technical report (Predibase)", "OpenAI API docs"),
}


def test_no_chinese_source_view_says_where_it_was_published_in_english() -> None:
    english = {s.id: source_view(s.id, "zh")["venue"] for s in REGISTRY.sources}
    assert {i: v for i, v in english.items() if ENGLISH_VENUE_WORDS.search(v)} == {}


@pytest.mark.parametrize("lang", LANGS)
def test_every_venue_keeps_its_proper_name_in_both_languages(lang: Lang) -> None:
    for s in REGISTRY.sources:
        assert s.venue in source_view(s.id, lang)["venue"]


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_the_references_page_names_venues_in_its_language(page: Page, lang: Lang) -> None:
    page.goto(LANG_DIRS[lang] + "references/")
    entries = page.locator(".dt-source").all_inner_texts()
    assert len(entries) == len(REGISTRY.sources)
    text = "\n".join(entries)
    for venue in EXPECTED[lang]:
        assert venue in text
    if lang == "zh":
        # Titles and authors stay as published; only the line under each title is ours.
        lines = [entry.splitlines()[1] for entry in entries]
        assert [line for line in lines if ENGLISH_VENUE_WORDS.search(line)] == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_the_decision_record_names_venues_in_its_language(page: Page, lang: Lang) -> None:
    open_widget(page, lang)
    walk(page, ("format-style", "nothing-else", "narrow", "tried-failed", "good"))
    shown_outcome(page)
    page.locator("[data-dt-copy]").click()
    expect(page.locator("[data-dt-copy-status]")).to_have_text(LABELS["record_copied"][lang])
    record: str = page.evaluate("navigator.clipboard.readText()")
    assert EXPECTED[lang][1] in record  # LoRA Land, the technical report behind FT-3
    if lang == "zh":
        sources = record.split("**主要来源**", 1)[1]
        assert not ENGLISH_VENUE_WORDS.search(re.sub(r"\[[^\]]*\]\([^)]*\)", "", sources)), sources
