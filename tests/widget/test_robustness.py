"""When the engine cannot load, the widget says whose failure it was (the browser's, the
network's or the server's) in one sentence, offers a retry and points to the diagram and the
table of every path, never spinning forever; a bad or hostile link shows a message, the part
of the link that still opens and a restart, and its text is never run or rendered as HTML."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Dialog, Page, Route, expect

from decision_tree import explain, to_fragment
from decision_tree.core.text import Lang
from decision_tree.views.labels import LABELS

from .conftest import ENGINE_TIMEOUT_MS, FAILED, READY, answer_button, shown_outcome, walk, watch_of, widget_url

pytestmark = pytest.mark.browser


def assert_failed_with_one_sentence(page: Page, lang: Lang, kind: str) -> None:
    page.wait_for_selector(FAILED, timeout=ENGINE_TIMEOUT_MS)
    failure = page.locator("[data-dt-failure]")
    expect(failure).to_be_visible()
    sentence = failure.locator("p").inner_text()
    assert sentence.startswith(LABELS[f"failed_{kind}"][lang]), f"the {kind} is named: {sentence}"
    assert LABELS["failed_use"][lang] in sentence
    expect(failure.locator("[data-dt-retry]")).to_have_text(LABELS["retry"][lang])
    assert watch_of(page).page_errors == [], "the failure is handled, not an uncaught page error"
    links = failure.locator("a").evaluate_all("links => links.map(a => a.href)")
    page_url = page.url.split("#")[0]
    assert links == [page_url + "#dt-diagram", urljoin(page_url, "../paths/")]
    assert page.locator("#dt-diagram").count() == 1, "the failure sentence points at the diagram on the page"
    for part in ("[data-dt-status]", "[data-dt-stage]", "[data-dt-controls]"):
        expect(page.locator(part)).to_be_hidden()


def abort(route: Route) -> None:
    route.abort()


def offline(route: Route) -> None:
    route.abort("internetdisconnected")


def not_found(route: Route) -> None:
    route.fulfill(status=404, body="not found")


def served_as_text(route: Route) -> None:
    response = route.fetch()
    route.fulfill(response=response, headers={**response.headers, "content-type": "text/plain"})


def no_webassembly_policy(route: Route) -> None:
    """The worker's script with a policy that forbids compiling WebAssembly (a CompileError)."""
    response = route.fetch()
    route.fulfill(response=response, headers={**response.headers, "content-security-policy": "script-src 'self'"})


@pytest.mark.cold  # a first visit: the engine must really be downloaded (tests/conftest.py)
@pytest.mark.parametrize(
    ("pattern", "handler", "kind"),
    [
        ("**/dt-worker.mjs", no_webassembly_policy, "browser"),
        ("**/*.wasm", abort, "network"),
        ("**/assets/pyodide/**", offline, "network"),
        ("**/python_stdlib*.zip*", abort, "network"),
        ("**/should_i_fine_tune-*.whl*", not_found, "server"),
        ("**/pyodide.mjs", not_found, "server"),
        ("**/*.wasm", served_as_text, "server"),
        ("**/pyodide.mjs", served_as_text, "server"),
    ],
    ids=[
        "wasm-compile-blocked",
        "wasm-blocked",
        "offline",
        "stdlib-blocked",
        "wheel-missing",
        "pyodide-missing",
        "wasm-wrong-type",
        "pyodide-wrong-type",
    ],
)
def test_an_engine_that_cannot_load_says_whose_failure_it_was_and_points_elsewhere(
    page: Page, lang: Lang, pattern: str, handler: Callable[[Route], None], kind: str
) -> None:
    page.route(pattern, handler)
    page.goto(widget_url(lang))
    assert_failed_with_one_sentence(page, lang, kind)


@pytest.mark.cold  # a first visit: the engine must really be downloaded (tests/conftest.py)
def test_a_browser_without_webassembly_is_told_at_once(page: Page, lang: Lang) -> None:
    page.add_init_script("delete globalThis.WebAssembly")
    page.goto(widget_url(lang))
    assert_failed_with_one_sentence(page, lang, "browser")


@pytest.mark.cold  # a first visit: the engine must really be downloaded (tests/conftest.py)
def test_retry_loads_the_engine_once_the_server_delivers(page: Page, lang: Lang) -> None:
    page.route("**/should_i_fine_tune-*.whl*", not_found)
    page.goto(widget_url(lang))
    assert_failed_with_one_sentence(page, lang, "server")
    page.unroute("**/should_i_fine_tune-*.whl*")
    page.locator("[data-dt-retry]").click()
    expect(page.locator("[data-dt-failure]")).to_be_hidden()
    page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
    walk(page, ("facts", "nothing-else"))
    assert shown_outcome(page)[0] == "use-rag"


@pytest.mark.cold  # a first visit: the engine must really be downloaded (tests/conftest.py)
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
    assert_failed_with_one_sentence(page, lang, "network")


@pytest.mark.cold  # a first visit: the engine must really be downloaded (tests/conftest.py)
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
    page.locator('[data-question="pattern-also"]').wait_for(timeout=ENGINE_TIMEOUT_MS)
    assert page.url.endswith("#path=format-style")


XSS = [  # each payload, and the step the reader is told is wrong
    ('<img src=x onerror="window.__xss=1;alert(1)">', 1),
    ("facts/<script>window.__xss=1</script>", 2),
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


BAD_LINKS = [  # a bad link, what is wrong at which step, and whether some of it opens
    ("#path=facts/nothing-else/mapping", "finished", 3, True),
    ("#path=format-style/maybe", "unknown", 2, True),
    ("#path=a//b", "malformed", 2, False),
]


def test_a_bad_link_names_the_step_and_offers_a_restart(page: Page, lang: Lang) -> None:
    for number, (fragment, kind, step, opens) in enumerate(BAD_LINKS):
        page.goto(widget_url(lang, fragment))
        if number == 0:
            page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
        expect(page.locator("[data-dt-message-text]")).to_have_text(LABELS[f"bad_path_{kind}"][lang].format(step=step))
        expect(page.locator("[data-dt-stage]")).to_be_hidden()
        offer = page.locator("[data-dt-prefix]")
        if opens:
            expect(offer).to_be_visible()
        else:
            expect(offer).to_be_hidden()
        restart = page.locator("[data-dt-controls] [data-dt-restart]")
        expect(restart).to_be_enabled()
        restart.click()
        page.locator('[data-question="goal"]').wait_for()
        expect(page.locator("[data-dt-message]")).to_be_hidden()
        assert "#path=" not in page.url


PREFIX_LINKS = [  # a broken link, the step named, and the part of it that still opens
    (
        "#path=format-style/nothing-else/narrow/tried-failed/maybe",
        "unknown",
        5,
        ("format-style", "nothing-else", "narrow", "tried-failed"),
    ),
    ("#path=facts/nothing-else/mapping", "finished", 3, ("facts", "nothing-else")),
    (
        "#path=mapping/nothing-else/narrow/tried-failed/Good",
        "malformed",
        5,
        ("mapping", "nothing-else", "narrow", "tried-failed"),
    ),
]


def test_a_broken_link_offers_the_part_of_the_path_that_opens(page: Page, lang: Lang) -> None:
    for number, (fragment, kind, step, valid) in enumerate(PREFIX_LINKS):
        page.goto(widget_url(lang, fragment))
        if number == 0:
            page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
        expect(page.locator("[data-dt-message-text]")).to_have_text(LABELS[f"bad_path_{kind}"][lang].format(step=step))
        offer = page.locator("[data-dt-prefix]")
        expect(offer).to_have_text(LABELS["bad_path_prefix"][lang].format(n=len(valid)))
        expect(page.locator("[data-dt-controls] [data-dt-restart]")).to_be_enabled()
        entries = page.evaluate("history.length")
        offer.click()
        e = explain(valid)
        if e.question is not None:
            page.locator(f'[data-question="{e.question.id}"]').wait_for()
        else:
            shown_outcome(page)
        expect(page.locator("[data-dt-message]")).to_be_hidden()
        assert page.url.endswith(widget_url(lang, "#" + to_fragment(valid)))
        assert page.evaluate("history.length") == entries, "the broken link's entry is replaced, not kept"
