"""The widget's outcome card shows the whole card the engine computes: an older link's reading,
the blockers the path reported, next steps, what would change the decision (each a way to open
that path), and the team's notes, which stay in the page and reach the record as plain text."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from decision_tree.core.text import Lang
from decision_tree.views.labels import LABELS
from decision_tree.views.path import state

from .conftest import open_widget, shown_outcome, walk, watch_of

pytestmark = pytest.mark.browser


def test_an_older_link_opens_its_reading_today_with_a_notice(page: Page, lang: Lang) -> None:
    open_widget(page, lang, "#path=mapping/untried")
    outcome, _ = shown_outcome(page)
    assert outcome == "try-prompting-first"
    notice = page.locator("[data-outcome] [data-dt-older]")
    expect(notice).to_be_visible()
    assert notice.get_attribute("data-dt-older") == "mapping/untried"
    assert "mapping/nothing-else/narrow/not-tried/not-checked" in notice.inner_text()
    expect(page.locator('[data-part="data-unchecked"]')).to_be_visible()
    assert watch_of(page).page_errors == []


def test_the_card_shows_blockers_next_steps_and_routes_from_the_engine(page: Page, lang: Lang) -> None:
    path = ("format-style", "nothing-else", "narrow", "not-tried", "clustered")
    card = state(path, lang)["outcome"]
    open_widget(page, lang)
    walk(page, path)
    shown_outcome(page)
    assert page.locator("[data-part]").evaluate_all("els => els.map(e => e.dataset.part)") == [
        p["id"] for p in card["parts"]
    ]
    steps = page.locator(".dtw-next-steps > li").all_inner_texts()
    assert len(steps) == len(card["next_steps"])
    for shown, step in zip(steps, card["next_steps"], strict=True):
        assert step["text"] in shown
    assert page.locator("[data-route]").evaluate_all("rows => rows.map(r => r.dataset.route)") == [
        r["route"] for r in card["routes"]
    ]
    stances = page.locator("[data-stance-rule]").evaluate_all("links => links.map(a => a.dataset.stanceRule)")
    assert stances == [s["id"] for s in card["stances"]]
    assert "[object" not in page.locator("[data-outcome]").inner_text()


def test_an_answer_that_would_change_the_decision_opens_that_path(page: Page, lang: Lang) -> None:
    open_widget(page, lang)
    walk(page, ("format-style", "nothing-else", "narrow", "tried-failed", "clustered"))
    shown_outcome(page)
    page.locator("details.dtw-changes > summary").click()
    page.locator('[data-dt-change="format-style/nothing-else/narrow/tried-failed/good"]').click()
    expect(page.locator("[data-outcome]")).to_have_attribute("data-outcome", "fine-tune")
    assert page.url.endswith("#path=format-style/nothing-else/narrow/tried-failed/good")
    page.go_back()
    expect(page.locator("[data-outcome]")).to_have_attribute("data-outcome", "fix-data-first")


def test_notes_stay_in_the_page_and_reach_the_record_as_plain_text(page: Page, lang: Lang) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url + (r.post_data or "")))
    open_widget(page, lang)
    walk(page, ("mapping", "nothing-else", "narrow", "tried-failed", "good"))
    shown_outcome(page)
    page.locator("details.dtw-notes > summary").click()
    note = 'on 400 inputs the prompt fails 1 in 12 <img src=x onerror="window.__xss=1">'
    page.locator('[data-dt-note="prompting"]').fill(note)
    # Back and forward again: the note is still there.
    page.locator("[data-dt-controls] [data-dt-back]").click()
    page.locator('[data-question="data"] [data-answer="good"]').click()
    shown_outcome(page)
    page.locator("details.dtw-notes > summary").click()
    expect(page.locator('[data-dt-note="prompting"]')).to_have_value(note)
    page.locator("[data-dt-copy]").click()
    expect(page.locator("[data-dt-copy-status]")).to_have_text(LABELS["record_copied"][lang])
    record = page.evaluate("() => navigator.clipboard.readText()")
    assert f"{LABELS['team_note'][lang]}" in record
    assert '1 in 12 \\<img src=x onerror="window.\\_\\_xss=1"\\>' in record
    assert re.search(r"\d{4}-\d{2}-\d{2}", record)
    assert page.evaluate("() => window.__xss") is None
    assert not any("400 inputs" in r for r in requests), "a note left the page"


def test_the_card_fits_a_phone(browser: object, base_url: str, lang: Lang) -> None:
    from playwright.sync_api import Browser

    assert isinstance(browser, Browser)
    context = browser.new_context(
        base_url=base_url, viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True
    )
    page = context.new_page()
    try:
        open_widget(page, lang, "#path=format-style/also-reasoning/narrow/tried-failed/no-edge-cases")
        shown_outcome(page)
        for summary in page.locator("[data-outcome] details > summary").all():
            summary.tap()
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    finally:
        context.close()


def test_a_plan_answer_swaps_in_the_steps_that_fit_keeps_the_place_and_is_a_history_step(
    page: Page, lang: Lang
) -> None:
    path = ("format-style", "nothing-else", "narrow", "tried-failed", "good")
    on_device = state((*path, "on-device"), lang)["outcome"]
    open_widget(page, lang)
    walk(page, path)
    shown_outcome(page)
    button = page.locator('[data-plan-question="runs"] [data-plan-answer="on-device"]')
    expect(button).to_have_attribute("aria-pressed", "false")
    button.click()
    page.wait_for_url(re.compile(r"#path=format-style/nothing-else/narrow/tried-failed/good/on-device$"))
    pressed = page.locator('[data-plan-question="runs"] [data-plan-answer="on-device"]')
    expect(pressed).to_have_attribute("aria-pressed", "true")
    expect(pressed).to_be_focused()
    assert page.locator("[data-outcome]").get_attribute("data-outcome") == "fine-tune"
    steps = page.locator(".dtw-next-steps > li").all_inner_texts()
    assert len(steps) == len(on_device["next_steps"])
    for shown, step in zip(steps, on_device["next_steps"], strict=True):
        assert step["text"] in shown
    # The trail and the decision record carry the plan answer like any other.
    assert page.locator("[data-dt-trail] li").count() == len(path) + 1
    # Pressing it again clears it; Back returns to the path without it, then with it.
    pressed.click()
    page.wait_for_url(re.compile(r"#path=format-style/nothing-else/narrow/tried-failed/good$"))
    expect(page.locator('[data-plan-answer="on-device"]')).to_have_attribute("aria-pressed", "false")
    page.go_back()
    expect(page.locator('[data-plan-answer="on-device"]')).to_have_attribute("aria-pressed", "true")
    assert watch_of(page).page_errors == []
