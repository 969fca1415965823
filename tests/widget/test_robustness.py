"""When the engine cannot load, the widget says so in one sentence and points to the diagram
and the table of every path, never spinning forever; a bad or hostile link shows a message
and a restart, and its text is never run or rendered as HTML."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Dialog, Page, Route, expect

from decision_tree.core.text import Lang
from decision_tree.views.labels import LABELS

from .conftest import ENGINE_TIMEOUT_MS, FAILED, READY, answer_button, widget_url

pytestmark = pytest.mark.browser


def assert_failed_with_one_sentence(page: Page, lang: Lang) -> None:
    page.wait_for_selector(FAILED, timeout=ENGINE_TIMEOUT_MS)
    failure = page.locator("[data-dt-failure]")
    expect(failure).to_be_visible()
    assert failure.inner_text().startswith(LABELS["failed_before"][lang])
    links = failure.locator("a").evaluate_all("links => links.map(a => a.href)")
    page_url = page.url.split("#")[0]
    assert links == [page_url + "#dt-diagram", urljoin(page_url, "../paths/")]
    assert page.locator("#dt-diagram").count() == 1, "the failure sentence points at the diagram on the page"
    for part in ("[data-dt-status]", "[data-dt-stage]", "[data-dt-controls]"):
        expect(page.locator(part)).to_be_hidden()


def abort(route: Route) -> None:
    route.abort()


def not_found(route: Route) -> None:
    route.fulfill(status=404, body="not found")


@pytest.mark.parametrize(
    ("pattern", "handler"),
    [("**/*.wasm", abort), ("**/decision_tree-*.whl*", not_found), ("**/pyodide.mjs", not_found)],
    ids=["wasm-blocked", "wheel-missing", "pyodide-missing"],
)
def test_an_engine_that_cannot_load_says_so_and_points_elsewhere(
    page: Page, lang: Lang, pattern: str, handler: Callable[[Route], None]
) -> None:
    page.route(pattern, handler)
    page.goto(widget_url(lang))
    assert_failed_with_one_sentence(page, lang)


def test_a_browser_without_webassembly_is_told_at_once(page: Page, lang: Lang) -> None:
    page.add_init_script("delete globalThis.WebAssembly")
    page.goto(widget_url(lang))
    assert_failed_with_one_sentence(page, lang)


def test_a_stalled_download_ends_in_the_failure_message_not_a_spinner(page: Page, lang: Lang) -> None:
    held: list[Route] = []
    page.clock.install()
    page.route("**/*.wasm", lambda route: held.append(route))  # the download starts and never finishes
    page.goto(widget_url(lang))
    expect(page.locator("[data-dt-status]")).to_be_visible()
    page.wait_for_timeout(500)  # let the worker ask for the wasm file
    assert held, "the engine asked for pyodide.asm.wasm"
    assert page.locator("[data-dt-widget]").get_attribute("data-engine") == "loading"
    page.clock.run_for(31_000)
    assert_failed_with_one_sentence(page, lang)


def test_a_click_while_loading_is_kept_and_answered_when_ready(page: Page, lang: Lang) -> None:
    held: list[Route] = []
    page.route("**/*.wasm", lambda route: held.append(route))
    page.goto(widget_url(lang))
    answer_button(page, "goal", "format-style").click()  # pre-rendered: clickable before the engine
    while not held:
        page.wait_for_timeout(50)
    assert page.locator("[data-dt-widget]").get_attribute("data-engine") == "loading"
    expect(page.locator('[data-answer="format-style"]')).to_have_class("dtw-answer dtw-answer--pending")
    held[0].continue_()
    page.locator('[data-question="prompting"]').wait_for(timeout=ENGINE_TIMEOUT_MS)
    assert page.url.endswith("#path=format-style")


XSS = [  # each payload, and the step the reader is told is wrong
    ('<img src=x onerror="window.__xss=1;alert(1)">', 1),
    ("knowledge/<script>window.__xss=1</script>", 2),
    ('"><svg onload=alert(1)>', 1),
]


def test_a_hostile_fragment_is_neither_run_nor_rendered(page: Page, lang: Lang) -> None:
    """The first payload arrives with the page load, the others as later fragment changes."""
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    for number, (payload, step) in enumerate(XSS):
        page.goto(widget_url(lang, "#path=" + payload))
        if number == 0:
            page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
        expect(page.locator("[data-dt-message-text]")).to_have_text(
            LABELS["bad_path_malformed"][lang].format(step=step)
        )
        widget = page.locator("[data-dt-widget]")
        assert widget.locator('img, svg, iframe, script:not([src$="/dt-boot.mjs"])').count() == 0
        assert "onerror" not in widget.inner_html()
        assert "onload" not in widget.inner_html()
        assert page.evaluate("window.__xss") is None
        assert dialogs == []
        page.locator("[data-dt-controls] [data-dt-restart]").click()
        page.locator('[data-question="goal"]').wait_for()


BAD_LINKS = [
    ("#path=knowledge/mapping", "finished", 2),
    ("#path=format-style/maybe", "unknown", 2),
    ("#path=a//b", "malformed", 2),
]


def test_a_bad_link_names_the_step_and_offers_a_restart(page: Page, lang: Lang) -> None:
    for number, (fragment, kind, step) in enumerate(BAD_LINKS):
        page.goto(widget_url(lang, fragment))
        if number == 0:
            page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
        expect(page.locator("[data-dt-message-text]")).to_have_text(LABELS[f"bad_path_{kind}"][lang].format(step=step))
        expect(page.locator("[data-dt-stage]")).to_be_hidden()
        restart = page.locator("[data-dt-controls] [data-dt-restart]")
        expect(restart).to_be_enabled()
        restart.click()
        page.locator('[data-question="goal"]').wait_for()
        expect(page.locator("[data-dt-message]")).to_be_hidden()
        assert "#path=" not in page.url
