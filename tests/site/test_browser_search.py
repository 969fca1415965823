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
