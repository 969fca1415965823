"""The widget as part of the site: instant navigation, network, pre-rendered HTML, diagram.

Material's instant navigation swaps pages without a reload; leaving the widget and coming
back must re-initialise it with the same Web Worker. Pages without the widget download no
Pyodide byte, nothing is fetched from another host, and the first question is in the
served HTML, answerable before any script has run.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.request import urlopen

import pytest
from playwright.sync_api import Browser, Page, Request, Route, expect
from playwright.sync_api import Error as PlaywrightError

from decision_tree import explain, paths, to_fragment
from decision_tree.core.text import LANGS, Lang
from decision_tree.views.path import state

from .conftest import (
    ENGINE_TIMEOUT_MS,
    LANG_PREFIX,
    READY,
    answer_button,
    open_widget,
    shown_outcome,
    walk,
    watch_of,
    widget_url,
)

pytestmark = pytest.mark.browser

COUNT_WORKERS = """
window.__dtWorkers = [];
window.__dtSnapshotWorkers = [];
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  constructor(url, options) {
    super(url, options);
    // The engine's workers; the one that makes a snapshot for the next visit is counted apart.
    const snapshot = options?.name === "decision-tree-snapshot";
    (snapshot ? window.__dtSnapshotWorkers : window.__dtWorkers).push(String(url));
  }
};
"""

ENGINE_FILES = re.compile(r"/assets/pyodide/|dt-worker\\.mjs|dt-widget\\.mjs|\\.wasm|\\.whl")


def serve_at_site_url(page: Page, base_url: str) -> None:
    """Make the test server look like the address the site was built for.

    Material only navigates instantly to URLs listed in sitemap.xml, which holds absolute
    URLs from `site_url` (port included); the test server runs on a free port instead.
    """

    def rewrite(route: Route) -> None:
        try:
            response = route.fetch()
            body = re.sub(r"<loc>https?://[^/<]+/", f"<loc>{base_url}", response.text())
            route.fulfill(response=response, body=body)
        except PlaywrightError:
            pass  # the test ended and closed the page while Material was still fetching its sitemap

    page.route("**/sitemap.xml", rewrite)


def test_leaving_and_coming_back_reuses_the_one_worker(page: Page, base_url: str, lang: Lang) -> None:
    serve_at_site_url(page, base_url)
    page.add_init_script(COUNT_WORKERS)
    open_widget(page, lang)
    page.evaluate("window.__sameDocument = true")
    walk(page, ("facts", "nothing-else"))
    shown_outcome(page)

    # Away through the sidebar, back through the sidebar: one document throughout.
    page.locator('.md-nav--primary a.md-nav__link[href$="/paths/"]').first.click()
    page.wait_for_url("**/paths/")
    page.locator('.md-nav--primary a.md-nav__link[href$="/decision-tree/"]').first.click()
    page.wait_for_url(re.compile(r"/decision-tree/$"))
    page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
    walk(page, ("reasoning",))
    assert shown_outcome(page)[0] == "do-not-fine-tune-for-reasoning"

    # From the /paths/ table's "open in the decision tree" link, a path arrives in the fragment.
    page.locator('.md-nav--primary a.md-nav__link[href$="/paths/"]').first.click()
    page.wait_for_url("**/paths/")
    last = paths()[-1]
    page.locator(f'a[data-dt-path="{"/".join(last)}"]').click()
    page.wait_for_url(f"**/decision-tree/#{to_fragment(last)}")
    e = explain(last)
    assert e.outcome is not None
    assert shown_outcome(page) == (e.outcome.id, list(e.cites))

    # The browser's back button returns to /paths/ and forward to the widget again.
    page.go_back()
    page.wait_for_url("**/paths/")
    page.go_forward()
    assert shown_outcome(page)[0] == e.outcome.id

    assert page.evaluate("window.__sameDocument") is True, "instant navigation kept the document"
    workers = page.evaluate("window.__dtWorkers")
    assert len([w for w in workers if "dt-worker" in w]) == 1, workers
    assert watch_of(page).page_errors == []


def test_nothing_is_fetched_from_another_host(page: Page, lang: Lang) -> None:
    open_widget(page, lang)
    walk(page, ("format-style", "nothing-else", "narrow", "tried-failed", "good"))
    shown_outcome(page)
    page.locator("[data-dt-copy]").click()
    page.wait_for_load_state("networkidle")
    assert watch_of(page).foreign_requests == []


@pytest.mark.cold  # a first visit: the engine must really be downloaded (tests/conftest.py)
@pytest.mark.parametrize("slug", ["", "paths/", "when-to-fine-tune/"])
def test_a_page_without_the_widget_downloads_no_engine(page: Page, lang: Lang, slug: str) -> None:
    requests: list[str] = []

    def record(request: Request) -> None:
        requests.append(request.url)

    page.on("request", record)
    page.goto(LANG_PREFIX[lang] + slug)
    page.wait_for_load_state("networkidle")
    assert requests, "the page loaded"
    assert [url for url in requests if ENGINE_FILES.search(url)] == []


class _FirstQuestion(HTMLParser):
    """The served widget root, its question and answer buttons, read without any script."""

    def __init__(self) -> None:
        super().__init__()
        self.root: dict[str, str | None] | None = None
        self.question: str | None = None
        self.answers: list[tuple[str, str]] = []
        self._answer: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if "data-dt-widget" in a and self.root is None:
            self.root = a
        if "data-question" in a and self.question is None:
            self.question = a["data-question"]
        if tag == "button" and "data-answer" in a:
            self._answer = a["data-answer"]

    def handle_data(self, data: str) -> None:
        if self._answer is not None:
            self.answers.append((self._answer, data))
            self._answer = None


@pytest.mark.parametrize("lang_", LANGS)
def test_the_first_question_is_in_the_served_html(base_url: str, lang_: Lang) -> None:
    with urlopen(base_url + widget_url(lang_)) as response:
        html = response.read().decode("utf-8")
    parsed = _FirstQuestion()
    parsed.feed(html)
    first = state((), lang_)["question"]
    assert parsed.root is not None
    assert parsed.root["data-engine"] == "loading"
    assert parsed.root["data-lang"] == lang_
    assert parsed.question == first["id"]
    assert parsed.answers == [(a["id"], a["label"]) for a in first["answers"]]
    widget_html = html[html.index("data-dt-widget") : html.index("data-dt-live")]
    scripts = re.findall(r"<script[^>]*>", widget_html)
    assert all(" src=" in tag for tag in scripts), "the widget brings no inline script: settings are data attributes"


def test_without_javascript_the_question_the_note_and_the_paths_link_are_there(browser: Browser, base_url: str) -> None:
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    try:
        page = context.new_page()
        for lang in LANGS:
            page.goto(widget_url(lang))
            expect(page.locator('[data-question="goal"] [data-answer="facts"]')).to_be_visible()
            note = page.locator(".dtw-noscript")
            expect(note).to_be_visible()
            expect(note.locator("a")).to_have_attribute("href", "../paths/")
    finally:
        context.close()


def test_the_engine_renders_the_first_question_exactly_as_served(page: Page, lang: Lang) -> None:
    """Python pre-renders the first question, JavaScript renders the others: same markup."""
    page.goto(widget_url(lang))
    served = page.locator("[data-dt-stage]").inner_html()
    page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
    assert page.evaluate("performance.getEntriesByName('dt:engine-ready').length") == 1
    walk(page, ("format-style",))
    page.locator('[data-question="pattern-also"]').wait_for()
    page.locator("[data-dt-controls] [data-dt-back]").click()
    page.locator('[data-question="goal"]').wait_for()
    rendered = page.locator("[data-dt-stage]").inner_html()
    assert rendered == served.replace(' elementtiming="dt-first-question"', "")


def test_the_diagram_highlights_the_current_path(page: Page, lang: Lang) -> None:
    path = ("format-style", "nothing-else", "narrow", "tried-failed", "good")
    open_widget(page, lang)
    assert page.locator("svg #q-goal").count() == 1, "the page's diagram carries the node ids"
    for depth in range(len(path) + 1):
        if depth:
            step = explain(path[:depth]).steps[-1]
            answer_button(page, step.question.id, step.answer.id).click()
        e = explain(path[:depth])
        expected = {f"q-{s.question.id}" for s in e.steps} | {f"a-{s.question.id}-{s.answer.id}" for s in e.steps}
        expected.add(f"o-{e.outcome.id}" if e.outcome else f"q-{e.question.id}" if e.question else "")
        page.wait_for_function("n => document.querySelectorAll('.dt-on-path').length === n", arg=len(expected))
        lit = set(page.locator(".dt-on-path").evaluate_all("els => els.map(e => e.id)"))
        assert lit == expected
