"""Without JavaScript the widget says so first, and its answers still lead somewhere: each
opens the table of every path at the first path that starts with that answer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from decision_tree.core.text import Lang
from decision_tree.views.labels import LABELS
from decision_tree.views.path import first_row
from decision_tree.views.urls import path_anchor

from .conftest import LANG_PREFIX, answer_button, widget_url

pytestmark = pytest.mark.browser


@pytest.fixture
def no_js(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(base_url=base_url, java_script_enabled=False, viewport={"width": 390, "height": 844})
    yield context.new_page()
    context.close()


def test_the_note_comes_first_and_each_answer_opens_its_paths(no_js: Page, lang: Lang) -> None:
    for answer in ("facts", "format-style", "many-tasks"):
        no_js.goto(widget_url(lang))
        note = no_js.locator(".dtw-noscript")
        expect(note).to_be_visible()
        assert note.inner_text().startswith(LABELS["noscript_before"][lang])
        first_box = no_js.locator("[data-dt-widget] > :not(link):not(script)").first.evaluate(
            "el => el.matches('noscript') || el.querySelector('.dtw-noscript') !== null"
        )
        assert first_box, "the no-JavaScript note is the first thing in the widget"
        note_box, question_box = note.bounding_box(), no_js.locator('[data-question="goal"]').bounding_box()
        assert note_box is not None
        assert question_box is not None
        assert note_box["y"] < question_box["y"]

        answer_button(no_js, "goal", answer).click()
        row = path_anchor(first_row((answer,)))
        no_js.wait_for_url(f"**/{LANG_PREFIX[lang]}paths/?#{row}")
        target = no_js.locator(f'[id="{row}"]')
        expect(target).to_have_count(1)
        path = target.locator("xpath=ancestor::tr").locator("a[data-dt-path]").get_attribute("data-dt-path")
        assert path is not None
        assert path.split("/")[0] == answer, "the row is a path that starts with the answer"
