"""On a phone (390×844) the widget is where the reader looks: the first question is on the
first screen, each new question shows below Material's fixed header, never under it, and
after the last answer the outcome's title is the first thing in view."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, ViewportSize

from decision_tree import explain
from decision_tree.core.text import Lang

from .conftest import ENGINE_TIMEOUT_MS, READY, answer_button, widget_url

pytestmark = pytest.mark.browser

PHONE: ViewportSize = {"width": 390, "height": 844}
FINE_TUNE = ("format-style", "nothing-else", "narrow", "tried-failed", "good")

# The visible band below the header, and where the current heading and an element sit in it.
GEOMETRY = """(selector) => {
    const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
    const heading = document.querySelector("[data-dt-stage] .dtw-heading").getBoundingClientRect();
    const other = selector ? document.querySelector(selector).getBoundingClientRect() : null;
    return { header, top: heading.top, bottom: heading.bottom, height: innerHeight,
             otherTop: other?.top ?? null, otherBottom: other?.bottom ?? null };
}"""


@pytest.fixture
def phone(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(
        base_url=base_url, viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2
    )
    yield context.new_page()
    context.close()


def test_the_first_question_and_its_first_answer_are_on_the_first_screen(phone: Page, lang: Lang) -> None:
    phone.goto(widget_url(lang))
    first = '[data-question="goal"] [data-answer]'
    at = phone.evaluate(GEOMETRY, first)
    assert phone.evaluate("scrollY") == 0
    assert at["top"] >= at["header"], at
    assert at["bottom"] <= at["height"], f"the first question is below the first screen: {at}"
    assert at["otherBottom"] <= at["height"], f"its first answer is below the first screen: {at}"


def test_each_new_question_shows_below_the_header_and_the_outcome_title_comes_first(phone: Page, lang: Lang) -> None:
    phone.goto(widget_url(lang))
    phone.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
    for depth, step in enumerate(explain(FINE_TUNE).steps, 1):
        answer_button(phone, step.question.id, step.answer.id).tap()
        e = explain(FINE_TUNE[:depth])
        shown = e.question.id if e.question else e.outcome.id if e.outcome else ""
        phone.locator(f'[data-question="{shown}"], [data-outcome="{shown}"]').wait_for()
        phone.wait_for_timeout(700)  # any smooth scrolling is over; also past the double-tap interval
        at = phone.evaluate(GEOMETRY, None)
        assert at["top"] >= at["header"], f"after answer {depth} the heading is under the fixed header: {at}"
        assert at["bottom"] <= at["height"], f"after answer {depth} the heading is below the screen: {at}"
    # The verdict first: nothing but a small gap between the header and the outcome's title.
    assert at["top"] - at["header"] <= 24, f"the outcome's title is not the first thing in view: {at}"
