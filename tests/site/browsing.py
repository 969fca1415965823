"""Small helpers for the site's browser tests: what a page reported, the language menu, search."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Page


def problems(page: Page) -> dict[str, list[str]]:
    """Console errors, uncaught exceptions and requests to other hosts seen so far (conftest's PageWatch)."""
    watch: Any = page.watch  # type: ignore[attr-defined]
    return {
        "console errors": list(watch.console_errors),
        "page errors": list(watch.page_errors),
        "requests to other hosts": list(watch.foreign_requests),
    }


def assert_clean(page: Page) -> None:
    seen = {kind: items for kind, items in problems(page).items() if items}
    assert not seen, f"{page.url}: {seen}"


def switch_language(page: Page, lang: str) -> None:
    """Open the header's language menu (it opens on hover or focus) and pick `lang`."""
    page.hover(".md-header .md-select")
    page.click(f'.md-header .md-select__link[hreflang="{lang}"]')


def search(page: Page, query: str) -> list[str]:
    """Type `query` into the header's search box; the result links as 'path#fragment' (query string dropped)."""
    page.click(".md-search__input")
    page.fill(".md-search__input", query)
    # Material reads the query on keyup; fill() types no key (as an IME commits text), so press one.
    page.keyboard.press("End")
    results = page.locator(".md-search-result__list a")
    results.first.wait_for(state="attached")
    hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
    return [_path_and_fragment(href) for href in hrefs]


def _path_and_fragment(href: str) -> str:
    parts = urlsplit(href)
    return parts.path + (f"#{parts.fragment}" if parts.fragment else "")
