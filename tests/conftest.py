"""Shared fixtures: the built site, a server for it, and a Chromium driven by Playwright.

Browser and site tests never skip: `make test` builds the site first, and a missing
build or browser is an error that says what to run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tools.dev.browser import CHROMIUM_ARGS, chromium_path
from tools.dev.server import configured_port, serve

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site (`make build`); DT_SITE_DIR points elsewhere for parallel work."""
    directory = Path(os.environ.get("DT_SITE_DIR", ROOT / "site"))
    if not (directory / "index.html").is_file() or not (directory / "en" / "index.html").is_file():
        pytest.fail(f"no built site in {directory}: run `make build` first (make test does it for you)")
    return directory


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    """The whole site served on 127.0.0.1: on its configured port if free, else any free port."""
    with ExitStack() as stack:
        try:
            url = stack.enter_context(serve(site_dir, port=configured_port(site_dir) or 0))
        except OSError:  # the configured port is busy (say, `make serve` is running): serve elsewhere
            url = stack.enter_context(serve(site_dir))
        yield url


@pytest.fixture(scope="session")
def playwright() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: object) -> Iterator[object]:
    """A Chromium for fresh contexts: each starts with an empty cache, as a first visit does."""
    from playwright.sync_api import Playwright

    assert isinstance(playwright, Playwright)
    b = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
    yield b
    b.close()


_CONTEXT_OPTIONS: dict[str, object] = {
    "permissions": ["clipboard-read", "clipboard-write"],
    "viewport": {"width": 1280, "height": 900},
}


@pytest.fixture(scope="session")
def warm_context(playwright: object, base_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One persistent profile shared by the tests that are not about a first visit: a repeat visit.

    Its HTTP cache and the widget's snapshot (Cache Storage) survive from test to test, so the
    engine starts in well under a second instead of compiling Pyodide again for every test,
    the way a returning reader's browser does. Service workers are blocked here, so a test's
    `page.route` always sees the requests; storage a test leaves behind is cleared after it.
    Tests about a first visit, the service worker or failed downloads are marked `cold`.
    """
    from playwright.sync_api import Playwright

    assert isinstance(playwright, Playwright)
    context = playwright.chromium.launch_persistent_context(
        str(tmp_path_factory.mktemp("warm-profile")),
        executable_path=chromium_path(),
        args=CHROMIUM_ARGS,
        headless=True,
        base_url=base_url,
        service_workers="block",
        **_CONTEXT_OPTIONS,  # type: ignore[arg-type]
    )
    yield context
    context.close()


class PageWatch:
    """What a page did that a test may object to: console errors, requests to other hosts."""

    def __init__(self, allowed_host: str) -> None:
        self.allowed_host = allowed_host
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.foreign_requests: list[str] = []

    def on_request(self, url: str) -> None:
        parsed = urlparse(url)
        if parsed.scheme in ("data", "blob", "about"):
            return
        if parsed.netloc != self.allowed_host:
            self.foreign_requests.append(url)


@pytest.fixture
def page(request: pytest.FixtureRequest, base_url: str) -> Iterator[object]:
    """A page with clipboard access; `page.watch` records problems.

    In the shared warm profile (a repeat visit) unless the test is marked `cold`, which gets a
    fresh browser context: an empty cache, no snapshot, as on a first visit.
    """
    from playwright.sync_api import Browser, BrowserContext, ConsoleMessage

    cold = request.node.get_closest_marker("cold") is not None
    if cold:
        browser = request.getfixturevalue("browser")
        assert isinstance(browser, Browser)
        context = browser.new_context(base_url=base_url, **_CONTEXT_OPTIONS)  # type: ignore[arg-type]
    else:
        context = request.getfixturevalue("warm_context")
        assert isinstance(context, BrowserContext)
    pg = context.new_page()
    watch = PageWatch(urlparse(base_url).netloc)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            watch.console_errors.append(message.text)

    pg.on("console", on_console)
    pg.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    pg.on("request", lambda request: watch.on_request(request.url))
    pg.watch = watch  # type: ignore[attr-defined]
    yield pg
    if cold:
        context.close()
        return
    _leave_no_trace(pg, base_url)


def _leave_no_trace(pg: object, base_url: str) -> None:
    """Close a warm page leaving the profile as the next test expects: no storage, cookies or settings.

    The HTTP cache and the widget's engine snapshot stay: they are what makes the profile warm,
    and a reader's browser keeps them too.
    """
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import Page

    assert isinstance(pg, Page)
    try:
        if pg.url.startswith(base_url):
            pg.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
    except PlaywrightError:
        pass  # a page that crashed or navigated away has nothing left to clear
    pg.context.clear_cookies()
    pg.close()
