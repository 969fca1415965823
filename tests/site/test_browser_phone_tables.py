"""The generated tables on a phone (390 px): /rules/ and /paths/ read without a struggle.

Measured as Chromium lays them out: a header never breaks inside a word, an outcome in
the rules index takes at most 3 lines, "open in the decision tree" at most 4, and a rule
ID (a link or inline code, anywhere on the site) never breaks at its hyphen ("BP-" / "1").
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, ViewportSize

from decision_tree import LANGS, Lang
from tests.site.built import LANG_DIRS, PAGES

pytestmark = pytest.mark.browser

PHONE: ViewportSize = {"width": 390, "height": 844}
RULE_ID = r"^(CORE|FT-\d|NFT-\d|BP-\d)$"

# Lines an inline element takes: one client rect per line box it sits on.
_LINES = "(els) => els.map((e) => [e.textContent.trim(), e.getClientRects().length])"

# Where a header's text wraps between two letters or two Han characters (inside a word).
_BROKEN_WORDS = """(cells) => cells.flatMap((cell) => {
  const broken = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  let previous = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.data.length; i++) {
      const range = document.createRange();
      range.setStart(node, i); range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      const ch = node.data[i];
      if (previous && rect.top > previous.top + rect.height / 2 && /[\\p{L}\\p{N}]/u.test(previous.ch + ch)
          && /[\\p{L}\\p{N}]/u.test(previous.ch) && /[\\p{L}\\p{N}]/u.test(ch)) {
        broken.push(cell.textContent.trim());
      }
      previous = {top: rect.top, ch};
    }
  }
  return broken;
})"""


@pytest.fixture(scope="module")
def phone(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(base_url=base_url, viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", ["rules", "paths"])
def test_table_headers_never_break_inside_a_word(phone: Page, lang: Lang, slug: str) -> None:
    phone.goto(f"{LANG_DIRS[lang]}{slug}/")
    broken = phone.locator(".dt-table th").evaluate_all(_BROKEN_WORDS)
    assert broken == []
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "the page scrolls sideways"


@pytest.mark.parametrize("lang", LANGS)
def test_an_outcome_in_the_rules_index_takes_at_most_three_lines(phone: Page, lang: Lang) -> None:
    phone.goto(f"{LANG_DIRS[lang]}rules/")
    outcomes = phone.locator(".dt-table--rules td:nth-child(3) a").evaluate_all(_LINES)
    assert len(outcomes) > 20
    assert [(text, lines) for text, lines in outcomes if lines > 3] == []


@pytest.mark.parametrize("lang", LANGS)
def test_open_in_the_tree_takes_at_most_four_lines(phone: Page, lang: Lang) -> None:
    phone.goto(f"{LANG_DIRS[lang]}paths/")
    links = phone.locator(".dt-table--paths a[data-dt-path]").evaluate_all(_LINES)
    assert len(links) > 20
    assert [(text, lines) for text, lines in links if lines > 4] == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", PAGES, ids=lambda s: s or "home")
def test_a_rule_id_never_breaks_at_its_hyphen(phone: Page, lang: Lang, slug: str) -> None:
    phone.goto(LANG_DIRS[lang] + (f"{slug}/" if slug else ""))
    ids = phone.locator("article :is(code, a)").evaluate_all(
        f"(els) => els.filter((e) => /{RULE_ID}/.test(e.textContent.trim()) && e.getClientRects().length)"
        ".map((e) => [e.textContent.trim(), e.getClientRects().length])"
    )
    assert [(text, lines) for text, lines in ids if lines > 1] == []
    # Unbreakable inline code must not push the page wider than the phone.
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "the page scrolls sideways"
