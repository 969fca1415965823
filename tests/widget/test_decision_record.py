""" "Copy decision record" puts a Markdown record on the clipboard that a reviewer pastes as is:
the permalink, every question and answer in the page's language, the outcome, the cited
rules as links to their home sections, and the key sources behind them."""

from __future__ import annotations

from datetime import date
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Page, expect

from decision_tree import explain, rule, to_fragment
from decision_tree.core.text import Lang
from decision_tree.render.record import render_record as decision_record
from decision_tree.views.document import tree_version
from decision_tree.views.evidence import key_sources
from decision_tree.views.labels import LABELS
from decision_tree.views.urls import rule_href

from .conftest import LANG_PREFIX, open_widget, shown_outcome, walk, widget_url

pytestmark = pytest.mark.browser

PATHS = [("format-style", "nothing-else", "narrow", "tried-failed", "good"), ("facts", "nothing-else")]


@pytest.mark.parametrize("path", PATHS, ids=["/".join(p) for p in PATHS])
def test_copied_record_cites_the_path_outcome_rules_and_sources(
    page: Page, base_url: str, lang: Lang, path: tuple[str, ...]
) -> None:
    e = explain(path)
    assert e.outcome is not None
    open_widget(page, lang)
    walk(page, path)
    shown_outcome(page)
    page.locator("[data-dt-copy]").click()
    expect(page.locator("[data-dt-copy-status]")).to_have_text(LABELS["record_copied"][lang])
    record = page.evaluate("navigator.clipboard.readText()")

    page_url = urljoin(base_url, widget_url(lang))
    site_root = urljoin(base_url, LANG_PREFIX[lang])
    assert f"({page_url}#{to_fragment(path)})" in record
    for step in e.steps:
        assert step.question.text[lang] in record
        assert step.answer.label[lang] in record
    assert e.outcome.title[lang] in record
    for rule_id in e.cites:
        r = rule(rule_id)
        assert f"[{r.id} · {r.title[lang]}]({site_root}{rule_href(r)})" in record
    sources, _ = key_sources(e.cites, lang)
    assert sources, "every path cites rules with evidence behind them"
    for source in sources:
        assert f"[{source['title']}]({source['url']})" in record
    # Dated, with the tree version, and line breaks that survive an editor (no trailing spaces).
    today = date.today()
    assert f"{LABELS['record_date'][lang]}" in record
    assert today.isoformat() in record
    assert f"{LABELS['record_tree_version'][lang]}" in record
    assert tree_version() in record
    assert [line for line in record.splitlines() if line != line.rstrip()] == []
    assert record.count(f"   - {LABELS['why'][lang]}") == len(e.steps), "each reason is a sub-item of its step"
    # And nothing else: the widget copies exactly the engine's record for this page.
    assert record == decision_record(path, lang, page_url, site_root, today=today)


def test_without_clipboard_access_the_record_is_shown_selected_to_copy_by_hand(page: Page, base_url: str) -> None:
    page.add_init_script(
        "navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));"
    )
    path = ("facts", "nothing-else")
    open_widget(page, "en")
    walk(page, path)
    shown_outcome(page)
    page.locator("[data-dt-copy]").click()
    expect(page.locator("[data-dt-copy-status]")).to_have_text(LABELS["copy_failed"]["en"])
    text = page.locator("[data-dt-record-text]")
    expect(text).to_be_visible()
    page_url = urljoin(base_url, widget_url("en"))
    assert text.input_value() == decision_record(
        path, "en", page_url, urljoin(base_url, LANG_PREFIX["en"]), today=date.today()
    )
    assert page.evaluate("document.activeElement.dataset.dtRecordText") == "", (
        "the record is selected, ready for Ctrl+C"
    )
