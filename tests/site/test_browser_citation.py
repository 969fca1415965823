"""The "copy citation" button of a rule section puts the exact Markdown on the clipboard:
`[NFT-1 · <title>](<absolute page URL>#nft-1)`, ready to paste into a design review."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from decision_tree import LANGS, Lang, rule
from decision_tree.views.labels import LABELS
from tests.site.browsing import assert_clean
from tests.site.built import LANG_DIRS

pytestmark = pytest.mark.browser

NO_CLIPBOARD_API = "Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined})"


def _expected(page: Page, lang: Lang, rule_id: str) -> str:
    """The citation for a rule on the page shown, whose canonical URL comes from site_url."""
    canonical = page.locator("link[rel=canonical]").get_attribute("href") or ""
    r = rule(rule_id)
    assert urlsplit(canonical).scheme in ("http", "https"), "citations carry an absolute URL"
    assert urlsplit(canonical).path.endswith(f"/{LANG_DIRS[lang]}{r.home}/")
    return f"[{r.id} · {r.title[lang]}]({canonical}#{r.anchor})"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("rule_id", ["NFT-1", "BP-7"])
def test_copy_citation_puts_the_markdown_link_on_the_clipboard(page: Page, lang: Lang, rule_id: str) -> None:
    r = rule(rule_id)
    page.goto(f"{LANG_DIRS[lang]}{r.home}/", wait_until="networkidle")
    page.click(f'[data-dt-rule="{rule_id}"] button[data-dt-cite]')

    expect(page.locator(f'[data-dt-rule="{rule_id}"] .dt-rule__status')).to_have_text(LABELS["citation_copied"][lang])
    assert page.evaluate("navigator.clipboard.readText()") == _expected(page, lang, rule_id)
    assert_clean(page)


@pytest.mark.parametrize("lang", LANGS)
def test_without_the_clipboard_api_the_citation_is_shown_selected(page: Page, lang: Lang) -> None:
    page.add_init_script(NO_CLIPBOARD_API)
    page.goto(f"{LANG_DIRS[lang]}when-not-to-fine-tune/", wait_until="networkidle")
    page.click('[data-dt-rule="NFT-2"] button[data-dt-cite]')

    field = page.locator('[data-dt-rule="NFT-2"] .dt-rule__fallback')
    expect(field).to_be_visible()
    expected = _expected(page, lang, "NFT-2")
    assert field.input_value() == expected
    assert field.evaluate("f => [f.selectionStart, f.selectionEnd]") == [0, len(expected)]
    status = page.locator('[data-dt-rule="NFT-2"] .dt-rule__status').inner_text()
    assert status in (LABELS["citation_copied"][lang], LABELS["copy_manually"][lang])
    assert_clean(page)
