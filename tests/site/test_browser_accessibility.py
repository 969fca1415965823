"""axe-core on every page of both languages, in the light and the dark scheme.

The widget and the evidence boxes have their own axe tests; this one covers whole pages
(header, navigation, rule boxes, tables, footer), since a colour that passes on the light
scheme can fail on the dark one: the rule boxes' permalink and "copy citation" were
4.12:1 on the dark code background before the dark link colour was lightened.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from decision_tree import LANGS, Lang
from tests.diagram.test_browser_diagram import contrast
from tests.site.built import LANG_DIRS, PAGES
from tests.support.axe import serious_violations

pytestmark = pytest.mark.browser

SCHEMES = ("light", "dark")


@pytest.fixture(scope="module", params=SCHEMES)
def scheme_page(browser: Browser, base_url: str, request: pytest.FixtureRequest) -> Iterator[Page]:
    """One page per colour scheme for the whole module (axe is slow; a context per test is not needed)."""
    context = browser.new_context(
        base_url=base_url, color_scheme=request.param, viewport={"width": 1280, "height": 800}
    )
    page = context.new_page()
    page.scheme = request.param  # type: ignore[attr-defined]
    yield page
    context.close()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", PAGES, ids=lambda s: s or "home")
def test_no_serious_axe_finding_on_any_page_in_either_scheme(scheme_page: Page, lang: Lang, slug: str) -> None:
    page = scheme_page
    page.goto(LANG_DIRS[lang] + (f"{slug}/" if slug else ""))
    dark = page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    assert dark == (page.scheme == "dark")  # type: ignore[attr-defined]
    # The copy-citation buttons are shown by script; wait for them so axe sees what readers see.
    page.wait_for_load_state("load")
    assert serious_violations(page, "body") == [], f"{lang}/{slug} ({page.scheme})"  # type: ignore[attr-defined]
    # A rule box after "copy citation" was pressed (its button shows the copied state).
    copy = page.locator(".dt-rule__copy:visible")
    if copy.count():
        copy.first.click()
        page.locator(".dt-rule__copy[data-dt-state='copied']").wait_for()
        page.wait_for_timeout(300)  # the theme fades button colours in 125 ms
        assert serious_violations(page, ".dt-rule") == [], f"{lang}/{slug} ({page.scheme}), citation copied"  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", LANGS)
def test_the_copy_citation_button_stays_readable_when_hovered_focused_and_copied(scheme_page: Page, lang: Lang) -> None:
    """axe skips text whose colour equals its background, which is how "copied" used to look while focused."""
    page = scheme_page
    page.goto(LANG_DIRS[lang] + "best-practices/")
    button = page.locator(".dt-rule__copy:visible").first
    look = "b => { const s = getComputedStyle(b); return [s.color, s.backgroundColor]; }"
    page_bg = page.evaluate("getComputedStyle(document.querySelector('.dt-rule')).backgroundColor")
    seen = {"at rest": button.evaluate(look)}
    button.hover()
    page.wait_for_timeout(300)  # the theme fades button colours in 125 ms
    seen["hovered"] = button.evaluate(look)
    button.click()
    page.locator(".dt-rule__copy[data-dt-state='copied']").first.wait_for()
    page.wait_for_timeout(300)
    seen["copied, hovered and focused"] = button.evaluate(look)
    page.mouse.move(0, 0)
    page.wait_for_timeout(300)
    seen["copied and focused"] = button.evaluate(look)
    low = {
        state: round(contrast(fg, bg, page_bg), 2)
        for state, (fg, bg) in seen.items()
        if contrast(fg, bg, page_bg) < 4.5
    }
    assert low == {}, f"{lang} ({page.scheme}): {seen}"  # type: ignore[attr-defined]
