"""Repeat visits offline: the site's service worker (dt-sw.js, registered by dt-offline.mjs).

Each test runs in a persistent profile (a real browser's disk cache and service workers) on
its own server, which a test stops to go offline: nothing can come from the network then, not
even a revalidated HTTP cache entry (`Cache-Control: no-cache`), so whatever works was served
by the worker. A control shows the same visit fails offline without the worker.

What is checked: a visit to the widget registers the worker once the engine is ready and
fills a complete copy of this deployment; offline, the widget's pages in both languages load,
the engine gets ready (restored from its snapshot where there is one) and answers, and every
other page opens; a new deployment replaces the copy (unchanged files copied, not downloaded
again; the old copy answers offline until the new one is complete, then it is deleted), and
an open page of the old deployment keeps working; pages without the widget never register it
and load no engine bytes, even when a new worker installs; Material's instant navigation
offline; the strict policy as headers; a site under a sub-path (GitHub project pages); and,
online, that only navigations pass through the worker, the server's errors reach the page
and a non-GET request is left alone.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page
from playwright.sync_api import Error as PlaywrightError

from macros.widget import FULL_STDLIB, PYODIDE_CORE, SERVICE_WORKER, STDLIB
from scripts.csp import policy_for
from scripts.offline import build_id, offline_files, write
from tests.csp.test_csp import REPORT_VIOLATIONS
from tools.dev.browser import CHROMIUM_ARGS, chromium_path
from tools.dev.server import serve

from .conftest import ENGINE_TIMEOUT_MS, MARK_TIMES, READY, shown_outcome, walk

pytestmark = [pytest.mark.browser, pytest.mark.cold]  # about a first visit: a fresh context (tests/conftest.py)

NO_CACHE = {"Cache-Control": "no-cache"}
"""Every response revalidated: offline, the browser's HTTP cache alone cannot serve a page."""
SNAPSHOTS = "dt-engine-snapshots"
ENGINE = re.compile(r"/assets/pyodide/|dt-worker\.mjs|dt-offline\.mjs|dt-sw\.js")
PAGES_WITHOUT_WIDGET = ["", "when-to-fine-tune/", "rules/", "en/", "en/paths/", "en/best-practices/"]

_COPY = """() => {
  const marks = ["dt:offline-ready", "dt:offline-incomplete"].flatMap((name) => performance.getEntriesByName(name));
  return marks.length ? { mark: marks[0].name, ...marks[0].detail } : null;
}"""
_CACHES = "async () => (await caches.keys()).sort()"
_REGISTRATIONS = "async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope)"


@contextmanager
def persistent(browser: Browser, **options: Any) -> Iterator[BrowserContext]:
    """A browser profile on disk, as a reader's: HTTP cache, Cache API, service workers."""
    with tempfile.TemporaryDirectory() as profile:
        context = browser.browser_type.launch_persistent_context(
            profile, executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True, **options
        )
        try:
            yield context
        finally:
            context.close()


def watched(page: Page) -> list[str]:
    """The page's console errors and uncaught errors, as they come."""
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def deployment(source: Path) -> str:
    """The build id the worker of a built site carries."""
    match = re.search(r'^const BUILD = "([0-9a-f]+)";$', (source / SERVICE_WORKER).read_text("utf-8"), re.M)
    assert match is not None
    return match.group(1)


def poll(condition: Callable[[], bool], timeout_s: float = 30) -> None:
    """Wait for something only an async browser API tells (wait_for_function takes a promise as true)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def open_ready(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)


def offline_copy(page: Page) -> dict[str, Any]:
    """Wait for the worker to report this deployment's copy (dt-offline.mjs marks it)."""
    page.wait_for_function(
        "() => performance.getEntriesByName('dt:offline-ready').length"
        " + performance.getEntriesByName('dt:offline-incomplete').length > 0",
        timeout=ENGINE_TIMEOUT_MS,
    )
    result: dict[str, Any] = page.evaluate(_COPY)
    return result


def engine_source(page: Page) -> str:
    source: str = page.evaluate("() => performance.getEntriesByName('dt:engine-ready')[0].detail.source")
    return source


def answers(page: Page) -> None:
    walk(page, ("facts", "nothing-else"))
    assert shown_outcome(page)[0] == "use-rag"


def go_offline(context: BrowserContext, server: ExitStack, browser_knows: bool = True) -> None:
    """The server stops (nothing answers on its port) and, if `browser_knows`, the browser says it is offline.

    When it does not know (a server that is down, a network that is not there although the
    device is connected), `navigator.onLine` stays true: the worker learns it from a
    navigation that fails.
    """
    server.close()
    if browser_knows:
        context.set_offline(True)


def copy_site(site_dir: Path, target: Path) -> Path:
    """A copy to deploy changes into (hard links: a changed file is replaced, never edited in place)."""
    shutil.copytree(site_dir, target, copy_function=os.link)
    return target


def redeploy(site: Path, page: str, marker: str) -> str:
    """A new deployment: one page changed, and the worker the build writes for it; its build id."""
    file = site / page
    text = file.read_text(encoding="utf-8")
    file.unlink()
    file.write_text(text.replace("<head>", f'<head><meta name="dt-test-deployment" content="{marker}">', 1), "utf-8")
    (site / SERVICE_WORKER).unlink()
    write(site)
    return build_id(site)


def deployed(page: Page) -> str | None:
    marker: str | None = page.evaluate(
        "() => document.querySelector('meta[name=dt-test-deployment]')?.getAttribute('content') ?? null"
    )
    return marker


# ---- a visit to the zh widget, then offline -------------------------------------------


@pytest.fixture(scope="module")
def visited(browser: Browser, site_dir: Path) -> Iterator[tuple[BrowserContext, str, dict[str, Any]]]:
    """A profile that has used the zh widget once, online; then the server stops (the browser does not know)."""
    requested: list[str] = []

    def log(path: str) -> dict[str, str]:
        requested.append(path.split("?")[0])
        return NO_CACHE

    with persistent(browser) as context, ExitStack() as server:
        url = server.enter_context(serve(site_dir, headers_for=log))
        page = context.new_page()
        errors = watched(page)
        open_ready(page, url + "decision-tree/")
        copy = offline_copy(page)
        # The snapshot for the next visits is made apart, after the copy (dt-engine.mjs).
        page.wait_for_function(
            "() => performance.getEntriesByName('dt:snapshot-made').length > 0", timeout=ENGINE_TIMEOUT_MS
        )
        copy["marks"] = page.evaluate(MARK_TIMES)
        engine = [name for name in PYODIDE_CORE if name != FULL_STDLIB] + [STDLIB]
        copy["engine downloads"] = {name: requested.count(f"/assets/pyodide/{name}") for name in engine}
        copy["controller"] = page.evaluate("() => navigator.serviceWorker.controller?.scriptURL ?? null")
        copy["scopes"] = page.evaluate(_REGISTRATIONS)
        copy["caches"] = page.evaluate(_CACHES)
        copy["errors"] = errors
        page.close()
        go_offline(context, server, browser_knows=False)
        yield context, url, copy


def test_the_snapshot_is_made_after_the_copy_never_beside_it(
    visited: tuple[BrowserContext, str, dict[str, Any]],
) -> None:
    """Made together, the snapshot's Pyodide boot kept a new deployment's worker from activating.

    (Chromium left it "installed": see the new-deployment test below, which failed 3 runs in 4.)
    """
    marks = visited[2]["marks"]
    assert (
        marks["dt:engine-ready"] < marks["dt:offline-ready"] <= marks["dt:snapshot-start"] < marks["dt:snapshot-made"]
    )


def test_a_visit_to_the_widget_registers_the_worker_and_keeps_a_complete_copy(
    visited: tuple[BrowserContext, str, dict[str, Any]], site_dir: Path
) -> None:
    _, url, copy = visited
    assert copy["mark"] == "dt:offline-ready", copy
    assert copy["complete"] is True
    assert copy["build"] == deployment(site_dir)
    assert copy["missing"] == []
    assert copy["fetched"] + copy["copied"] == len(offline_files(site_dir))
    assert copy["controller"] == url + SERVICE_WORKER, "the page is controlled once the worker is active"
    assert copy["scopes"] == [url], "one worker, scoped to the whole site: both languages"
    assert copy["caches"] == sorted([SNAPSHOTS, f"dt-offline-{deployment(site_dir)}"])
    # Asked for once by the reader's engine and once by the worker that makes the snapshot
    # (revalidated: this server says no-cache); never by the copy, which the HTTP cache served.
    assert set(copy["engine downloads"].values()) == {2}, copy["engine downloads"]
    assert copy["errors"] == []


def test_offline_the_widget_page_loads_restores_its_engine_and_answers(
    visited: tuple[BrowserContext, str, dict[str, Any]],
) -> None:
    context, url, _ = visited
    page = context.new_page()
    errors = watched(page)
    response = page.goto(url + "decision-tree/")
    assert response is not None
    assert response.ok
    assert response.from_service_worker
    page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
    assert engine_source(page) == "restored", "the engine comes back from its snapshot, offline too"
    answers(page)
    assert offline_copy(page)["complete"] is True, "the page served from the copy finds it complete, quietly"
    # A reload of the same visit reopens the path in its link; a rule the outcome cites opens too.
    page.reload()
    page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
    assert shown_outcome(page)[0] == "use-rag"
    rule = page.locator("[data-outcome] a[data-rule]").first
    anchor = (rule.get_attribute("data-rule") or "").lower()
    rule.click()
    page.wait_for_url(re.compile(f"#{anchor}$"))
    page.locator(f"[id='{anchor}']").wait_for()
    assert errors == []
    page.close()


def test_offline_the_other_language_uses_the_same_engine_files(
    visited: tuple[BrowserContext, str, dict[str, Any]],
) -> None:
    """Only the zh widget was visited: the en page and the shared engine come from the copy.

    The engine's snapshot is kept under the Pyodide folder both languages share, so the en
    engine is restored from the snapshot the zh visit left.
    """
    context, url, _ = visited
    page = context.new_page()
    errors = watched(page)
    response = page.goto(url + "en/decision-tree/")
    assert response is not None
    assert response.from_service_worker
    page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
    assert engine_source(page) == "restored", "one snapshot serves both languages"
    answers(page)
    assert errors == []
    page.close()


@pytest.mark.parametrize("path", PAGES_WITHOUT_WIDGET)
def test_offline_every_other_page_opens(visited: tuple[BrowserContext, str, dict[str, Any]], path: str) -> None:
    context, url, _ = visited
    page = context.new_page()
    errors = watched(page)
    response = page.goto(url + path)
    assert response is not None
    assert response.ok
    assert page.locator(".md-content h1").first.is_visible()
    page.wait_for_load_state("load")
    assert page.evaluate("typeof __md_scope") == "object", "Material's scripts ran"
    assert errors == []
    page.close()


def test_offline_a_file_of_another_deployment_is_not_served(
    visited: tuple[BrowserContext, str, dict[str, Any]], site_dir: Path
) -> None:
    """The wheel and the stdlib are kept under their `?v=` digests: a page asking for others gets nothing."""
    context, url, _ = visited
    page = context.new_page()
    page.goto(url + "decision-tree/")
    versioned = [u for u, _ in offline_files(site_dir) if "?v=" in u]
    assert sorted(u.split("?v=")[0].rsplit(".", 1)[1] for u in versioned) == ["whl", "zip"]
    fetch = "async (u) => { try { return (await fetch(u)).status; } catch { return 'refused'; } }"
    for file in versioned:
        assert page.evaluate(fetch, url + file) == 200
        assert page.evaluate(fetch, url + file.split("?v=")[0] + "?v=000000000000") == "refused"
    assert page.evaluate(fetch, url + "no-such-page/") == "refused"
    page.close()


def test_offline_instant_navigation_keeps_the_document(browser: Browser, site_dir: Path, tmp_path: Path) -> None:
    """Material's instant navigation (it follows links listed in sitemap.xml) works offline too.

    The sitemaps list absolute URLs of the address the site was built for: the copy served
    here lists this server's, as a site built for it would (and its worker is written anew).
    """
    site = copy_site(site_dir, tmp_path / "site")
    with persistent(browser) as context, ExitStack() as server:
        url = server.enter_context(serve(site, NO_CACHE))
        for sitemap in (site / "sitemap.xml", site / "en" / "sitemap.xml"):
            text = sitemap.read_text(encoding="utf-8")
            sitemap.unlink()
            sitemap.write_text(re.sub(r"<loc>https?://[^/<]+/", f"<loc>{url}", text), encoding="utf-8")
        (site / SERVICE_WORKER).unlink()
        write(site)
        page = context.new_page()
        errors = watched(page)
        open_ready(page, url + "decision-tree/")
        assert offline_copy(page)["complete"] is True

        go_offline(context, server)
        page.goto(url + "decision-tree/")
        page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
        page.evaluate("window.__sameDocument = true")
        page.locator('.md-nav--primary a.md-nav__link[href$="/rules/"]').first.click()
        page.wait_for_url("**/rules/")
        page.locator('.md-nav--primary a.md-nav__link[href$="/decision-tree/"]').first.click()
        page.wait_for_url(re.compile(r"/decision-tree/$"))
        page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
        answers(page)
        assert page.evaluate("window.__sameDocument") is True, "instant navigation kept the document, offline"
        assert errors == []


def test_control_without_the_worker_the_same_visit_fails_offline(browser: Browser, site_dir: Path) -> None:
    with persistent(browser, service_workers="block") as context, ExitStack() as server:
        url = server.enter_context(serve(site_dir, NO_CACHE))
        page = context.new_page()
        open_ready(page, url + "decision-tree/")
        go_offline(context, server)
        with pytest.raises(PlaywrightError, match="net::ERR_"):
            page.reload()


# ---- deployments -----------------------------------------------------------------------


def test_a_new_deployment_replaces_the_copy_and_an_open_old_page_keeps_working(
    browser: Browser, site_dir: Path, tmp_path: Path
) -> None:
    site = copy_site(site_dir, tmp_path / "site")
    first = deployment(site)
    with persistent(browser) as context, ExitStack() as server:
        url = server.enter_context(serve(site, NO_CACHE))
        old = context.new_page()
        open_ready(old, url + "decision-tree/")
        assert offline_copy(old)["build"] == first

        second = redeploy(site, "decision-tree/index.html", "2")
        assert second != first
        page = context.new_page()
        errors = watched(page)
        open_ready(page, url + "decision-tree/")
        assert deployed(page) == "2", "online, the page comes from the network"
        copy = offline_copy(page)
        assert copy["build"] == second
        assert copy["complete"] is True
        assert copy["fetched"] == 1, "only the changed page is downloaded"
        assert copy["copied"] == len(offline_files(site)) - 1, "the rest is copied from the previous copy"
        assert page.evaluate(_CACHES) == sorted([SNAPSHOTS, f"dt-offline-{second}"]), "the old copy is deleted"

        # The page of the old deployment, open all along, still answers.
        answers(old)

        go_offline(context, server)
        page.reload()
        assert deployed(page) == "2", "offline, the new deployment is served"
        page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
        answers(page)
        assert errors == []


def test_pages_without_the_widget_never_register_it_nor_load_the_engine(
    browser: Browser, site_dir: Path, tmp_path: Path
) -> None:
    """Not on a first visit; and when a new worker installs from such a page, it downloads nothing.

    Until the new deployment's copy is complete (a widget visit fills it), the previous
    complete copy still answers offline, whole: its pages with its own engine.
    """
    site = copy_site(site_dir, tmp_path / "site")
    requested: list[str] = []

    def log(path: str) -> dict[str, str]:
        requested.append(path)
        return NO_CACHE

    with persistent(browser) as context, ExitStack() as server:
        url = server.enter_context(serve(site, headers_for=log))
        page = context.new_page()
        for path in PAGES_WITHOUT_WIDGET:
            page.goto(url + path, wait_until="networkidle")
        page.wait_for_timeout(1000)
        assert page.evaluate(_REGISTRATIONS) == []
        assert [path for path in requested if ENGINE.search(path)] == []

        open_ready(page, url + "decision-tree/")
        first = offline_copy(page)["build"]
        second = redeploy(site, "rules/index.html", "2")
        del requested[:]
        page.goto(url + "rules/", wait_until="networkidle")
        assert deployed(page) == "2"
        # The browser finds the new worker on that navigation; it activates and makes its cache.
        poll(lambda: f"dt-offline-{second}" in page.evaluate(_CACHES))
        page.goto(url + "when-to-fine-tune/", wait_until="networkidle")
        assert [path for path in requested if ENGINE.search(path) and not path.startswith(f"/{SERVICE_WORKER}")] == []
        assert page.evaluate(_CACHES) == sorted([SNAPSHOTS, f"dt-offline-{first}", f"dt-offline-{second}"])

        go_offline(context, server)
        page.goto(url + "rules/")
        assert deployed(page) is None, "offline, the previous complete copy: its own pages"
        page.goto(url + "decision-tree/")
        page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
        answers(page)


# ---- policy, sub-path, what the worker leaves alone --------------------------------------


def test_the_strict_policy_as_headers_lets_it_register_and_work_offline(browser: Browser, site_dir: Path) -> None:
    with persistent(browser) as context, ExitStack() as server:
        url = server.enter_context(
            serve(
                site_dir, headers_for=lambda path: {**NO_CACHE, "Content-Security-Policy": policy_for(path, site_dir)}
            )
        )
        context.add_init_script(REPORT_VIOLATIONS)
        page = context.new_page()
        errors = watched(page)
        open_ready(page, url + "decision-tree/")
        assert offline_copy(page)["complete"] is True
        assert page.evaluate("window.__cspViolations") == []

        go_offline(context, server)
        response = page.reload()
        assert response is not None
        assert response.from_service_worker
        assert response.headers["content-security-policy"].startswith("default-src 'self'"), "kept with the page"
        page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
        answers(page)
        assert page.evaluate("window.__cspViolations") == []
        assert errors == []


def test_under_a_sub_path_the_worker_covers_that_path_only(browser: Browser, site_dir: Path, tmp_path: Path) -> None:
    """GitHub project pages serve the site under /<repo>/: the worker is registered there."""
    (tmp_path / "repo").symlink_to(site_dir, target_is_directory=True)
    with persistent(browser) as context, ExitStack() as server:
        url = server.enter_context(serve(tmp_path, NO_CACHE))
        page = context.new_page()
        open_ready(page, url + "repo/en/decision-tree/")
        assert offline_copy(page)["complete"] is True
        assert page.evaluate(_REGISTRATIONS) == [url + "repo/"]

        # Online, the worker fetches navigations (falling back to the copy only when that fails)
        # and leaves every other request to the network; the server's errors reach the page.
        responses: list[Any] = []
        page.on("response", lambda response: responses.append(response))
        navigation = page.goto(url + "repo/en/decision-tree/")
        assert navigation is not None
        assert navigation.from_service_worker
        page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
        others = [r for r in responses if r.request.resource_type != "document"]
        assert others
        assert not [r.url for r in others if r.from_service_worker]
        missing = page.goto(url + "repo/en/no-such-page/")
        assert missing is not None
        assert missing.status == 404
        page.goto(url + "repo/en/decision-tree/")

        # A request that is not a GET goes to the server untouched. (Nothing cross-origin can be
        # asked: the site's policy allows 'self' only; the worker leaves such requests alone too.)
        with page.expect_response(lambda response: response.request.method == "POST") as posted:
            page.evaluate("(url) => fetch(url, { method: 'POST' }).catch(() => {})", url + "repo/")
        assert posted.value.status == 501, "the test server's answer to a POST"
        assert not posted.value.from_service_worker

        go_offline(context, server)
        page.reload()
        page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
        answers(page)
