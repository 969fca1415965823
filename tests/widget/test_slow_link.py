"""On a slow link (400 kbit/s, the engine takes minutes) a reader who answers before the
engine is ready sees, next to the answer they pressed, how far the download is, that
their answer is kept, and, once the rate is known, about how long is left; and the
answer is taken when the engine arrives."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser

from decision_tree.core.text import Lang
from decision_tree.views.labels import LABELS

from .conftest import ENGINE_TIMEOUT_MS, answer_button, widget_url

pytestmark = [pytest.mark.browser, pytest.mark.cold]  # about a first visit: a fresh context (tests/conftest.py)

SLOW = {"offline": False, "latency": 150, "downloadThroughput": 400_000 / 8, "uploadThroughput": 400_000 / 8}
FAST = {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}


def pattern(template: str, **fields: str) -> re.Pattern[str]:
    """A label with its placeholders as regular expressions."""
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(fields[p] if i % 2 else re.escape(p) for i, p in enumerate(parts)))


def test_loading_shows_beside_the_pressed_answer_with_megabytes_kept_answer_and_time_left(
    browser: Browser, base_url: str, lang: Lang
) -> None:
    context = browser.new_context(
        base_url=base_url, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", SLOW)
        page.goto(widget_url(lang), wait_until="domcontentloaded", timeout=60_000)
        page.wait_for_function("() => document.querySelector('[data-dt-widget]').dataset.engine === 'loading'")
        page.wait_for_load_state("load", timeout=60_000)  # the page's own scripts: the engine is still far off
        pressed = answer_button(page, "goal", "specialised-task")
        pressed.scroll_into_view_if_needed()
        pressed.tap()

        box = page.locator('[data-answer="specialised-task"] + [data-dt-pending]')
        box.wait_for(timeout=10_000)
        megabytes = pattern(LABELS["loading_bytes"][lang], loaded=r"\d+\.\d", total=r"\d+\.\d")
        page.wait_for_function(
            "([sel, re]) => new RegExp(re).test(document.querySelector(sel).textContent)",
            arg=["[data-dt-pending]", megabytes.pattern],
            timeout=20_000,
        )
        assert LABELS["pending"][lang] in box.inner_text()
        seen = box.bounding_box()
        assert seen is not None
        assert seen["y"] >= 48, f"the loading state is under the header: {seen}"
        assert seen["y"] + seen["height"] <= 844, f"the loading state is below the screen: {seen}"

        left = "|".join(
            pattern(LABELS[key][lang], n=r"\d+").pattern for key in ("time_left_seconds", "time_left_minutes")
        )
        page.wait_for_function(
            "([sel, re]) => new RegExp(re).test(document.querySelector(sel).textContent)",
            arg=["[data-dt-pending-time]", left],
            timeout=20_000,
        )
        assert page.locator("[data-dt-widget]").get_attribute("data-engine") == "loading"

        # The link recovers: the kept answer is answered, and the loading state goes.
        cdp.send("Network.emulateNetworkConditions", FAST)
        page.locator('[data-question="pattern-also"]').first.wait_for(timeout=ENGINE_TIMEOUT_MS * 2)
        assert page.url.endswith("#path=specialised-task")
        assert page.locator("[data-dt-pending]").count() == 0
    finally:
        context.close()
