"""Docs and rules agree on the built site, in both languages.

Every rule of `decision_tree.core.rules` has exactly one home section per language, at the
page its `home` names, with the lower-case ID as anchor; no page documents a rule the
engine lacks; both languages have the same pages; and each page is really written in
its language, not left untranslated.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from decision_tree import LANGS, RULES, Lang, Rule
from tests.site.built import LANG_DIRS, PAGES, language_pages

pytestmark = pytest.mark.site

RULE_LIKE = re.compile(r"(?:core|(?:ft|nft|bp)-\d+)")
# Han characters among Han characters + Latin words in a page's main text (BuiltPage.cjk_share).
# Chinese pages keep rule IDs, RAG and the English titles of sources (references: ~0.75,
# the others above 0.9); English pages quote the guide's Chinese title and its author's
# name (references: ~0.05, the others ~0). A page left in the other language is near 0 or 1.
MIN_CJK_SHARE_ZH = 0.5
MAX_CJK_SHARE_EN = 0.2


def _home(rule: Rule) -> str:
    return f"{rule.home}/" if rule.home else ""


@pytest.mark.parametrize("lang", LANGS)
def test_every_design_page_is_built_in_each_language(site_dir: Path, lang: Lang) -> None:
    built = set(language_pages(site_dir, lang))
    missing = {f"{page}/" if page else "" for page in PAGES} - built
    assert not missing, f"/{LANG_DIRS[lang]}: pages missing: {sorted(missing)}"
    assert "404.html" in built, f"/{LANG_DIRS[lang]} has no 404 page of its own"


def test_both_languages_have_the_same_pages(site_dir: Path) -> None:
    zh, en = set(language_pages(site_dir, "zh")), set(language_pages(site_dir, "en"))
    assert zh == en, f"only in zh: {sorted(zh - en)}; only in en: {sorted(en - zh)}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_has_exactly_one_home_section(site_dir: Path, lang: Lang, rule: Rule) -> None:
    pages = language_pages(site_dir, lang)
    found = {path: page.ids.count(rule.anchor) for path, page in pages.items() if rule.anchor in page.ids}
    assert found == {_home(rule): 1}, (
        f"{rule.id} on the {lang} site: expected one #{rule.anchor} on /{LANG_DIRS[lang]}{_home(rule)}, found {found}"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_documents_a_rule_the_engine_lacks(site_dir: Path, lang: Lang) -> None:
    known = {rule.anchor for rule in RULES}
    unknown = {
        (path, anchor)
        for path, page in language_pages(site_dir, lang).items()
        for anchor in page.ids
        if RULE_LIKE.fullmatch(anchor) and anchor not in known
    }
    assert not unknown, f"rule-like anchors without a rule in decision_tree.core.rules: {sorted(unknown)}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_section_shows_what_the_tests_check(site_dir: Path, lang: Lang, rule: Rule) -> None:
    page = language_pages(site_dir, lang)[_home(rule)]
    text = " ".join(page.main_text.split())
    for part in (rule.title[lang], rule.statement[lang], rule.check[lang], rule.source[lang]):
        assert " ".join(part.split()) in text, f"{rule.id} ({lang}) does not show: {part}"


@pytest.mark.parametrize("lang", LANGS)
def test_each_page_declares_its_language(site_dir: Path, lang: Lang) -> None:
    wrong = {path: page.lang for path, page in language_pages(site_dir, lang).items() if page.lang != lang}
    assert not wrong, f"pages of the {lang} site with another <html lang>: {wrong}"


def test_chinese_pages_are_written_in_chinese(site_dir: Path) -> None:
    shares = {path or "/": round(page.cjk_share(), 2) for path, page in language_pages(site_dir, "zh").items()}
    left_in_english = {path: share for path, share in shares.items() if share < MIN_CJK_SHARE_ZH}
    assert not left_in_english, f"zh pages with too little Chinese (share of Han characters): {left_in_english}"


def test_english_pages_are_written_in_english(site_dir: Path) -> None:
    shares = {path or "/": round(page.cjk_share(), 2) for path, page in language_pages(site_dir, "en").items()}
    left_in_chinese = {path: share for path, share in shares.items() if share > MAX_CJK_SHARE_EN}
    assert not left_in_chinese, f"en pages with Chinese left in them (share of Han characters): {left_in_chinese}"
