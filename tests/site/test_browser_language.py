"""The language selector keeps the reader on the same page, at the same place.

Both sites have the same slugs and anchors, so switching from /when-not-to-fine-tune/#nft-1
must land on /en/when-not-to-fine-tune/#nft-1 and back; a widget path (#path=…) travels
the same way, so a shared decision survives a change of language.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.site.browsing import assert_clean, switch_language

pytestmark = pytest.mark.browser

PLACES = (
    "when-not-to-fine-tune/#nft-1",
    "#core",
    "",
    "best-practices/#bp-5",
    "rules/",
    "decision-tree/#path=facts/nothing-else",
)


@pytest.mark.parametrize("place", PLACES, ids=lambda p: p or "home")
def test_switching_language_keeps_the_page_and_the_fragment(page: Page, base_url: str, place: str) -> None:
    page.goto(place, wait_until="networkidle")
    switch_language(page, "en")
    page.wait_for_url(base_url + "en/" + place)
    assert page.locator("html").get_attribute("lang") == "en"

    switch_language(page, "zh")
    page.wait_for_url(base_url + place)
    assert page.locator("html").get_attribute("lang") == "zh"
    assert_clean(page)


def test_the_fragment_the_reader_moved_to_is_the_one_kept(page: Page, base_url: str) -> None:
    """The fragment may change after load: by a click on a permalink, or by script without a hashchange."""
    page.goto("en/when-to-fine-tune/#ft-1", wait_until="networkidle")
    page.click('[data-dt-rule="FT-3"] a.dt-rule__permalink')
    switch_language(page, "zh")
    page.wait_for_url(base_url + "when-to-fine-tune/#ft-3")

    page.evaluate("history.replaceState(null, '', '#ft-4')")
    switch_language(page, "en")
    page.wait_for_url(base_url + "en/when-to-fine-tune/#ft-4")
    assert_clean(page)


def _scheme(page: Page) -> str:
    return str(page.evaluate("document.body.dataset.mdColorScheme"))


def _toggle_scheme(page: Page) -> None:
    """Press the header's light/dark toggle (the label of the palette option not shown now)."""
    before = _scheme(page)
    page.locator("form[data-md-component=palette] label:visible").click()
    page.wait_for_function("s => document.body.dataset.mdColorScheme !== s", arg=before)


@pytest.mark.parametrize("start", ["zh", "en"])
def test_the_light_or_dark_choice_survives_a_change_of_language(page: Page, base_url: str, start: str) -> None:
    """Material stores the choice per site root (`/` and `/en/`); the reader made one choice."""
    other = "en" if start == "zh" else "zh"
    root = {"zh": "", "en": "en/"}
    page.goto(root[start] + "best-practices/", wait_until="networkidle")
    assert _scheme(page) == "default"
    _toggle_scheme(page)
    assert _scheme(page) == "slate"

    switch_language(page, other)
    page.wait_for_url(base_url + root[other] + "best-practices/")
    assert _scheme(page) == "slate", "the dark choice made on one language holds on the other"

    _toggle_scheme(page)  # back to light, on the other language
    page.goto(root[start] + "rules/", wait_until="networkidle")  # typed or followed from elsewhere
    assert _scheme(page) == "default", "and so does the light choice made afterwards"
    assert_clean(page)
