"""Every page of both languages loads in Chromium with no console error and no request
to another host (no web fonts, CDN, analytics or API calls: the site is self-contained)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from decision_tree import LANGS, Lang
from tests.site.browsing import assert_clean, problems
from tests.site.built import LANG_DIRS, PAGES

pytestmark = pytest.mark.browser

NOT_FOUND_HEADING = {"zh": "页面不存在", "en": "page not found"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", PAGES, ids=lambda s: s or "home")
def test_page_loads_cleanly_and_stays_on_this_host(page: Page, lang: Lang, slug: str) -> None:
    response = page.goto(LANG_DIRS[lang] + (f"{slug}/" if slug else ""), wait_until="networkidle")
    assert response is not None
    assert response.ok
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("article h1").count() == 1, "every page has one title"
    assert_clean(page)


@pytest.mark.parametrize("lang", LANGS)
def test_a_missing_page_shows_the_404_page_of_its_language(page: Page, lang: Lang) -> None:
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    response = page.goto(LANG_DIRS[lang] + "no-such-page/deeper/", wait_until="networkidle")

    assert response is not None
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == lang
    assert NOT_FOUND_HEADING[lang] in page.locator("article h1").inner_text()
    # Served at any depth, the page must still find its styles and scripts (absolute asset URLs).
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    assert failed == [page.url], "only the missing page itself may answer 404"
    seen = problems(page)
    # Chromium reports the page's own 404 status on the console; nothing else may appear.
    assert len(seen["console errors"]) == 1, seen
    assert "404" in seen["console errors"][0], seen
    assert not seen["page errors"], seen
    assert not seen["requests to other hosts"], seen
