"""Search works per language: Chinese is segmented (jieba at build time, with the guide's
terms in docs/search-dict-zh.txt), and each site finds only its own pages."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from decision_tree import Lang, rule
from tests.site.browsing import assert_clean, search
from tests.site.built import LANG_DIRS

pytestmark = pytest.mark.browser

# A query and the rule sections it must find: each of these rules' title or statement
# uses the term (检索增强 as part of 检索增强生成, fine-tune as fine-tuning).
EXPECTED: tuple[tuple[Lang, str, tuple[str, ...]], ...] = (
    ("zh", "微调", ("CORE", "FT-1", "NFT-1")),
    ("zh", "数据", ("NFT-3", "BP-3", "BP-5")),
    ("zh", "检索增强", ("NFT-1",)),
    ("en", "fine-tune", ("CORE", "FT-1", "NFT-1")),
    ("en", "RAG", ("NFT-1", "BP-7")),
)


def _section(lang: Lang, rule_id: str) -> str:
    r = rule(rule_id)
    return f"/{LANG_DIRS[lang]}{r.home + '/' if r.home else ''}#{r.anchor}"


@pytest.mark.parametrize(("lang", "query", "rule_ids"), EXPECTED, ids=[f"{q[0]}-{q[1]}" for q in EXPECTED])
def test_search_finds_the_sections_that_use_the_term(
    page: Page, lang: Lang, query: str, rule_ids: tuple[str, ...]
) -> None:
    page.goto(LANG_DIRS[lang], wait_until="networkidle")
    found = search(page, query)
    missing = [rule_id for rule_id in rule_ids if _section(lang, rule_id) not in found]
    assert not missing, f"searching {query!r} on the {lang} site misses {missing}; it found {found}"
    assert_clean(page)


@pytest.mark.parametrize(("lang", "query", "rule_ids"), EXPECTED, ids=[f"{q[0]}-{q[1]}" for q in EXPECTED])
def test_search_finds_no_page_of_the_other_language(
    page: Page, lang: Lang, query: str, rule_ids: tuple[str, ...]
) -> None:
    page.goto(LANG_DIRS[lang], wait_until="networkidle")
    found = search(page, query)
    other = [href for href in found if href.startswith("/en/") != (lang == "en")]
    assert found, f"searching {query!r} on the {lang} site found nothing"
    assert not other, f"searching {query!r} on the {lang} site returned pages of the other language: {other}"


# The standard name of a topic finds the sections that discuss it, the whole name matched and
# highlighted (Material lists a result that lacks a word with "Missing: …", and highlights
# the words it matched, `?h=`, on the page it opens).
TERMS: tuple[tuple[Lang, str, tuple[str, ...]], ...] = (
    ("zh", "灾难性遗忘", ("when-to-fine-tune/#kinds-of-tuning", "when-to-fine-tune/#ft-3", "best-practices/#measure")),
    (
        "en",
        "catastrophic forgetting",
        ("when-to-fine-tune/#kinds-of-tuning", "when-to-fine-tune/#ft-3", "best-practices/#measure"),
    ),
    ("en", "structured outputs", ("when-to-fine-tune/#ft-1",)),
)

_RESULTS = """() => [...document.querySelectorAll('.md-search-result__link')].map((a) => {
  const url = new URL(a.href);
  return {place: url.pathname + url.hash, highlight: url.searchParams.get('h') ?? '',
          missing: a.querySelector('.md-search-result__terms')?.textContent ?? ''};
})"""


def _results(page: Page, lang: Lang, query: str) -> dict[str, dict[str, str]]:
    page.goto(LANG_DIRS[lang], wait_until="networkidle")
    search(page, query)
    page.wait_for_timeout(300)  # every result is rendered, not only the first
    found: list[dict[str, str]] = page.evaluate(_RESULTS)
    return {r["place"]: r for r in found}


@pytest.mark.parametrize(("lang", "query", "places"), TERMS, ids=[f"{t[0]}-{t[1]}" for t in TERMS])
def test_a_standard_term_finds_the_sections_on_it_with_every_word(
    page: Page, lang: Lang, query: str, places: tuple[str, ...]
) -> None:
    results = _results(page, lang, query)
    for place in places:
        url = f"/{LANG_DIRS[lang]}{place}"
        assert url in results, f"searching {query!r} misses {url}; found {sorted(results)}"
        assert results[url]["missing"] == "", f"searching {query!r}: {url} says {results[url]['missing']!r}"
        highlighted = results[url]["highlight"].split()
        assert all(any(h.startswith(word[:-1]) for h in highlighted) for word in query.split()), (
            f"searching {query!r}: {url} highlights only {highlighted}"
        )


# Closing and middle punctuation that Chinese never puts at the start of a line.
_NO_LINE_START = "，。、：；？！）》”’…·,.;:!?)"

_LINE_STARTS = """(chars) => {
  const bad = [];
  for (const block of document.querySelectorAll('.md-search-result__article :is(p, li, h1, h2)')) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let lastTop = null, text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        const ch = node.data[i];
        if (/[\\s\\u200b]/.test(ch)) continue;
        const range = document.createRange();
        range.setStart(node, i); range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        if ((lastTop === null || rect.top > lastTop + rect.height / 2) && chars.includes(ch)) {
          bad.push(text.slice(-12) + ' ⏎ ' + node.data.slice(i, i + 12));
        }
        if (lastTop === null || rect.top > lastTop + rect.height / 2) lastTop = rect.top;
        text += ch;
      }
    }
  }
  return bad;
}"""


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("query", ["微调", "数据", "检索增强"])
def test_no_chinese_search_excerpt_or_line_starts_with_punctuation(page: Page, width: int, query: str) -> None:
    """Material marks word boundaries with zero-width spaces, which are also line-break chances."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(LANG_DIRS["zh"], wait_until="networkidle")
    if width < 960:
        page.click("label[for=__search]")  # on a phone, search opens from its header icon
    search(page, query)
    page.wait_for_timeout(300)
    page.evaluate("document.querySelectorAll('.md-search-result__more').forEach((d) => { d.open = true; })")
    assert page.evaluate(_LINE_STARTS, _NO_LINE_START) == []
