"""Readers see when each vendor fact was checked, and the same before/after checks everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from decision_tree import LANGS, Lang, parse_path
from decision_tree.core.evidence import REGISTRY
from decision_tree.render.evidence_blocks import render_context, render_readiness
from decision_tree.render.record import render_record as decision_record
from decision_tree.views.labels import checked_date
from decision_tree.views.urls import PageLinks

ROOT = Path(__file__).resolve().parents[2]
FINE_TUNE_PATH = parse_path("format-style/nothing-else/narrow/tried-failed/good")


@pytest.mark.parametrize("lang", LANGS)
def test_every_dated_statement_shows_the_day_it_was_checked(lang: Lang) -> None:
    html = render_context(lang)
    for st in (*REGISTRY.changes, *REGISTRY.meaning):
        line = next(line for line in html.splitlines() if st.text[lang] in line)
        if st.checked:
            assert checked_date(st.checked, lang) in line, line
    assert {"zh": "2026 年 11 月 29 日", "en": "29 November 2026"}[lang] in html


@pytest.mark.parametrize("lang", LANGS)
def test_no_citation_nests_brackets(lang: Lang) -> None:
    record = decision_record(FINE_TUNE_PATH, lang, "https://example.org/decision-tree/", "https://example.org/")
    for text in (render_context(lang), render_readiness(lang, PageLinks("best-practices")), record):
        assert "等（20" not in text
        assert "et al. (20" not in text


@pytest.mark.parametrize("lang", LANGS)
def test_best_practices_page_lists_the_checks_and_the_record_carries_them_as_next_steps(lang: Lang) -> None:
    page = (ROOT / "docs" / lang / "best-practices.md").read_text(encoding="utf-8")
    measure = page[page.index("{ #measure }") :]
    measure = measure[: measure.index("\n## ")]
    assert "{{ readiness_checks() }}" in measure, "the page shows the registry's checks, not a copy of them"
    assert "\n- " not in measure, "no hand-written list beside the generated one"
    assert "\n    - " not in measure, "no hand-written list beside the generated one"
    rendered = render_readiness(lang, PageLinks("best-practices"))
    for st in REGISTRY.readiness:
        assert st.text[lang] in rendered
    # The record lists them once, as next steps: a held-out set, the baseline, what tuning erodes.
    record = decision_record(FINE_TUNE_PATH, lang, "https://example.org/decision-tree/", "https://example.org/")
    concerns = {"zh": ("留出集", "基线", "本该拒绝的请求"), "en": ("held-out set", "baseline", "should refuse")}[lang]
    for concern in concerns:
        assert concern in record
