"""The engine's worker starts from the page's <head>, and the widget adopts it without losing a word.

macros/dt_start.js, inlined before the stylesheets, starts the worker while the head is
parsed; dt-engine.mjs takes it over later (`takeEarlyWorker`), with every message and error
the worker sent in between. Pages reached by instant navigation have no new <head>: there
the widget starts the worker itself. Either way a document has exactly one engine worker.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, Route

from decision_tree.core.text import Lang

from .conftest import ENGINE_TIMEOUT_MS, LANG_PREFIX, READY, shown_outcome, walk, watch_of, widget_url
from .test_page_integration import COUNT_WORKERS, serve_at_site_url
from .test_robustness import assert_failed_with_one_sentence, not_found

pytestmark = [pytest.mark.browser, pytest.mark.cold]  # about a first visit: a fresh context (tests/conftest.py)

EARLY = 'globalThis[Symbol.for("decision-tree.early-worker")]'
"""Where dt_start.js keeps the worker until dt-engine.mjs adopts it."""

STYLES_DELAY_S = 1.5


def engine_workers(page: Page) -> list[str]:
    workers: list[str] = page.evaluate("window.__dtWorkers")
    return [url for url in workers if "dt-worker" in url]


def held(page: Page, pattern: str) -> Callable[[], None]:
    """Hold the page's requests for `pattern` until the returned function lets them go."""
    waiting: list[Route] = []
    released = False

    def hold(route: Route) -> None:
        if released:
            route.continue_()
        else:
            waiting.append(route)

    page.route(pattern, hold)

    def release() -> None:
        nonlocal released
        released = True
        for route in waiting:
            route.continue_()

    return release


def wait_until(page: Page, condition: str, timeout_s: float = ENGINE_TIMEOUT_MS / 1000) -> None:
    """Poll `condition` (a JS expression) in the page; the engine's module is held, so no DOM hook changes."""
    deadline = time.monotonic() + timeout_s
    while not page.evaluate(f"() => Boolean({condition})"):
        assert time.monotonic() < deadline, f"never true: {condition}"
        page.wait_for_timeout(50)


def test_the_worker_starts_before_the_stylesheets_have_arrived(page: Page, lang: Lang) -> None:
    def slow_styles(route: Route) -> None:
        time.sleep(STYLES_DELAY_S)
        route.continue_()

    page.add_init_script(COUNT_WORKERS)
    page.route(re.compile(r"\.css$"), slow_styles)
    page.goto(widget_url(lang), wait_until="commit")
    page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
    start = page.evaluate('() => performance.getEntriesByName("dt:engine-start").map((m) => m.startTime)')
    assert len(start) == 1, "one start: the widget adopted the worker the head started"
    assert start[0] < STYLES_DELAY_S * 1000, f"started at {start[0]:.0f} ms, after the stylesheets"
    assert len(engine_workers(page)) == 1
    walk(page, ("reasoning",))
    assert shown_outcome(page)[0] == "do-not-fine-tune-for-reasoning"
    assert watch_of(page).page_errors == []


def test_a_ready_said_before_the_widget_arrived_is_kept(page: Page, lang: Lang) -> None:
    page.add_init_script(COUNT_WORKERS)
    release = held(page, "**/dt-engine.mjs")
    page.goto(widget_url(lang), wait_until="commit")
    wait_until(page, f'{EARLY}?.events.some((e) => e.data?.type === "ready")')
    release()
    page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
    assert page.evaluate(f"() => {EARLY} === undefined"), "adopted, and let go of"
    assert len(engine_workers(page)) == 1
    walk(page, ("facts", "nothing-else"))
    assert shown_outcome(page)[0] is not None


def test_a_failure_before_the_widget_arrived_is_reported(page: Page, lang: Lang) -> None:
    page.route("**/dt-worker.mjs", not_found)
    release = held(page, "**/dt-engine.mjs")
    page.goto(widget_url(lang), wait_until="commit")
    wait_until(page, f'{EARLY}?.events.some((e) => e.type === "error")')
    release()
    assert_failed_with_one_sentence(page, lang, "server")


def test_a_page_reached_by_instant_navigation_starts_the_worker_itself(page: Page, base_url: str, lang: Lang) -> None:
    serve_at_site_url(page, base_url)
    page.add_init_script(COUNT_WORKERS)
    page.goto(f"{LANG_PREFIX[lang]}paths/")
    page.evaluate("window.__sameDocument = true")
    page.locator('.md-nav--primary a.md-nav__link[href$="/decision-tree/"]').first.click()
    page.wait_for_url(re.compile(r"/decision-tree/$"))
    page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
    assert page.evaluate("window.__sameDocument") is True, "instant navigation kept the document"
    assert page.evaluate(f"() => {EARLY} === undefined"), "no <head> script ran"
    assert len(engine_workers(page)) == 1
    walk(page, ("reasoning",))
    assert shown_outcome(page)[0] == "do-not-fine-tune-for-reasoning"
