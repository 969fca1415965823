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
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


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
def page(browser: object, base_url: str) -> Iterator[object]:
    """A fresh browser context with clipboard access; `page.watch` records problems."""
    from playwright.sync_api import Browser, ConsoleMessage

    assert isinstance(browser, Browser)
    context = browser.new_context(
        permissions=["clipboard-read", "clipboard-write"], base_url=base_url, viewport={"width": 1280, "height": 900}
    )
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
    context.close()
