"""A reader with a keyboard alone walks the tree: focus moves to each new question, a live
region announces it, focus rings are visible; and axe-core finds no serious or critical
violation in either state, language or palette."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from decision_tree import explain
from decision_tree.core.text import LANGS, Lang
from decision_tree.views.labels import LABELS
from tests.support.axe import serious_violations

from .conftest import ENGINE_TIMEOUT_MS, READY, WIDGET, open_widget, shown_outcome, walk, widget_url

pytestmark = pytest.mark.browser

FINE_TUNE = ("format-style", "nothing-else", "narrow", "tried-failed", "good")


def focused(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return {
                answer: el.dataset.answer ?? null,
                heading: el.classList.contains("dtw-heading"),
                text: el.textContent,
                inWidget: el.closest("[data-dt-widget]") !== null,
                outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
            };
        }"""
    )
    return result


def test_keyboard_alone_walks_a_path_with_focus_and_announcements(page: Page, lang: Lang) -> None:
    open_widget(page, lang)
    for _ in range(80):  # the widget is reachable from the top of the page with Tab
        page.keyboard.press("Tab")
        if focused(page)["inWidget"]:
            break
    assert focused(page)["answer"] == "facts", "Tab reaches the first answer of the first question"
    for number, step in enumerate(explain(FINE_TUNE).steps, 1):
        if number > 1:
            page.keyboard.press("Tab")  # from the question heading to its first answer
        answers = [a.id for a in step.question.answers]
        for _ in range(answers.index(step.answer.id)):
            page.keyboard.press("Tab")
        now = focused(page)
        assert now["answer"] == step.answer.id
        assert now["outline"], "a focused answer shows a focus ring"
        page.keyboard.press("Enter" if number % 2 else "Space")
        page.wait_for_function("() => document.activeElement.classList.contains('dtw-heading')")
        heading = focused(page)["text"]
        live = page.locator("[data-dt-live]").text_content()
        e = explain(FINE_TUNE[:number])
        if e.question is not None:
            assert heading == e.question.text[lang]
            assert live == LABELS["announce_question"][lang].format(n=number + 1, text=e.question.text[lang])
        else:
            assert e.outcome is not None
            assert heading == e.outcome.title[lang]
            assert live == LABELS["announce_outcome"][lang].format(text=e.outcome.title[lang])
    assert shown_outcome(page)[0] == "fine-tune"
    # Back, by keyboard: Shift+Tab from the heading leaves the card; the back button is reachable.
    page.locator("[data-dt-controls] [data-dt-back]").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.classList.contains('dtw-heading')")
    question = explain(FINE_TUNE[:-1]).question
    assert question is not None
    assert focused(page)["text"] == question.text[lang]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation_in_question_and_outcome(browser: Browser, base_url: str, scheme: str) -> None:
    context = browser.new_context(base_url=base_url, color_scheme=scheme)  # type: ignore[arg-type]
    try:
        page = context.new_page()
        for lang in LANGS:
            page.goto(widget_url(lang))
            page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
            # Inside the widget only: the theme's own chrome is audited elsewhere.
            assert serious_violations(page, WIDGET) == [], f"{lang}, {scheme}: the first question"
            walk(page, FINE_TUNE)
            shown_outcome(page)
            assert serious_violations(page, WIDGET) == [], f"{lang}, {scheme}: the fine-tune outcome"
    finally:
        context.close()
