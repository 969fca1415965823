"""The site Zensical builds from our configs matches the site MkDocs builds: pages, anchors, widget.

Zensical, the successor of Material for MkDocs, reads mkdocs.yml; `make test-zensical`
builds the site with both (scripts/build-site.sh mkdocs|zensical) and runs this module on
the two builds (DT_SITE_DIR, DT_ZENSICAL_SITE_DIR). What a reader, a citation or the widget
relies on is compared; the theme's own markup around it (skip link, palette toggles) may
differ. Where Zensical does not yet build what MkDocs builds, the check is an expected
failure whose reason names the difference: it is strict, so it fails, and must be removed,
the day a newer Zensical builds the same thing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest

from decision_tree import LANGS, RULES, TREE, Lang
from decision_tree.views.urls import outcome_anchor
from tests.site.built import LANG_DIRS, PAGES, site_pages

pytestmark = pytest.mark.zensical

ZENSICAL_VERSION = "0.0.73"  # pyproject.toml's `zensical` extra

INHERIT_APPENDS_LISTS = (
    f"Zensical {ZENSICAL_VERSION} merges an INHERITed config with deepmerge's always_merger, which "
    "appends lists where MkDocs replaces them: mkdocs.en.yml's nav, palette and extra.alternate "
    "come after mkdocs.yml's, so each English page lists 16 pages (the 8 Chinese titles first) "
    "and 4 languages (中文 -> /en/, English -> /en/en/, then the right two). Zensical 0.1.0 "
    "replaces lists (config._merge_inherited); 0.0.74 and later need zensical-ui, which the "
    "PyPI mirror lists without any file, so the pin stays at 0.0.73."
)
RAW_HTML_URLS_FROM_SOURCE = (
    "Zensical rewrites a relative href or src in raw HTML as if it were relative to the Markdown "
    "source file, like a Markdown link (zensical#258, fixed so in PR #571, 0.0.35); MkDocs leaves "
    "raw HTML as written. Our macros write raw HTML links relative to the page's URL, so on a "
    "page that is not an index.md they gain a `../`: /decision-tree/'s full-size diagram link "
    "becomes /diagram.svg (missing) in both languages; on /en/decision-tree/ the widget's boot "
    "script and module preloads point to /assets/widget/ and its paths link to /paths/ (the "
    "Chinese site's); on /en/paths/ every path link opens the Chinese widget."
)
# Build-time instructions the builders consume: Zensical's search removes data-search-exclude
# after reading it (the widget's text stays out of its index), MkDocs leaves it in the page.
CONSUMED_ATTRIBUTES = {"data-search-exclude"}
# The theme's own ids (`__skip`, `__palette_1`...): Zensical puts its skip-link target in the article.
THEME_ID_PREFIX = "__"
WHOLE_SITE = "http://site/"


@pytest.fixture(scope="module")
def zensical_dir() -> Path:
    directory = Path(os.environ.get("DT_ZENSICAL_SITE_DIR", Path(__file__).resolve().parents[2] / "site-zensical"))
    if not (directory / "index.html").is_file() or not (directory / "en" / "index.html").is_file():
        pytest.fail(f"no Zensical build in {directory}: run `make test-zensical` (it builds both sites)")
    return directory


@dataclass
class PageFacts:
    """What this comparison reads from one built page."""

    title: str = ""
    article_ids: list[str] = field(default_factory=list)  # ids inside the article, in order
    article_links: list[tuple[str, str]] = field(default_factory=list)  # (attribute, URL) inside the article
    nav: list[tuple[str, str]] = field(default_factory=list)  # (URL, label) of the site navigation's page links
    languages: list[tuple[str, str]] = field(default_factory=list)  # (hreflang, URL) of the language selector
    widget: dict[str, str] | None = None  # the [data-dt-widget] root's attributes
    question: str | None = None  # the pre-rendered question's data-question
    answers: list[tuple[str, str]] = field(default_factory=list)  # (data-answer, label) of its buttons


class _Reader(HTMLParser):
    """Collects PageFacts; links are resolved against the page, as a browser would."""

    def __init__(self, url_path: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = WHOLE_SITE + url_path
        self.facts = PageFacts()
        self._article = 0  # depth inside Material's .md-content__inner
        self._in_title = False
        self._text: list[str] | None = None  # the text of an open nav link or answer button
        self._closing: Callable[[str], None] | None = None

    def _resolve(self, url: str) -> str:
        return urljoin(self.base, url).removeprefix(WHOLE_SITE)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        classes = a.get("class", "").split()
        if tag == "title":
            self._in_title = True
        if tag == "article" and ("md-content__inner" in classes or self._article):
            self._article += 1
        if self._article:
            if a.get("id") and not a["id"].startswith(THEME_ID_PREFIX):
                self.facts.article_ids.append(a["id"])
            for name in ("href", "src", "xlink:href"):
                if a.get(name):
                    self.facts.article_links.append((name, self._resolve(a[name])))
        if "data-dt-widget" in a:
            self.facts.widget = a
        if "data-question" in a and self.facts.question is None:
            self.facts.question = a["data-question"]
        if tag == "button" and "data-answer" in a:
            self._collect(lambda text: self.facts.answers.append((a["data-answer"], text)))
        if tag == "a" and "md-nav__link" in classes and "href" in a and "#" not in a["href"]:
            url = self._resolve(a["href"])
            self._collect(lambda text: self.facts.nav.append((url, text)))
        if tag == "a" and "md-select__link" in classes:
            self.facts.languages.append((a.get("hreflang", ""), self._resolve(a.get("href", ""))))

    def _collect(self, closing: Callable[[str], None]) -> None:
        self._text, self._closing = [], closing

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "article" and self._article:
            self._article -= 1
        if tag in ("a", "button") and self._closing is not None and self._text is not None:
            self._closing(" ".join("".join(self._text).split()))
            self._text, self._closing = None, None

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.facts.title += data
        if self._text is not None:
            self._text.append(data)


@cache
def facts(site: Path, url_path: str) -> PageFacts:
    reader = _Reader(url_path)
    file = site / url_path if url_path.endswith(".html") else site / url_path / "index.html"
    reader.feed(file.read_text(encoding="utf-8"))
    reader.close()
    return reader.facts


# Every page of both languages, as the MkDocs build names them ("", "en/paths/", "404.html"...).
PAGE_PATHS = [LANG_DIRS[lang] + (f"{slug}/" if slug else "") for lang in LANGS for slug in PAGES] + [
    f"{LANG_DIRS[lang]}404.html" for lang in LANGS
]
WIDGET_PAGES = [LANG_DIRS[lang] + "decision-tree/" for lang in LANGS]


def _pages(expected_failures: dict[str, str]) -> list[object]:
    """Every page, those with a known difference as a strict expected failure that names it."""
    return [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=expected_failures[p]))
        if p in expected_failures
        else p
        for p in PAGE_PATHS
    ]


def test_both_builds_have_the_same_pages(site_dir: Path, zensical_dir: Path) -> None:
    mkdocs, zensical = set(site_pages(site_dir)), set(site_pages(zensical_dir))
    assert set(PAGE_PATHS) <= mkdocs, f"the MkDocs build lacks {sorted(set(PAGE_PATHS) - mkdocs)}"
    assert zensical == mkdocs, (
        f"only built by MkDocs: {sorted(mkdocs - zensical)}; only by Zensical: {sorted(zensical - mkdocs)}"
    )


@pytest.mark.parametrize("url_path", PAGE_PATHS)
def test_each_page_has_the_same_title_and_anchors(site_dir: Path, zensical_dir: Path, url_path: str) -> None:
    mkdocs, zensical = facts(site_dir, url_path), facts(zensical_dir, url_path)
    assert zensical.title.strip() == mkdocs.title.strip()
    # Every id in the article, in order: headings, rule sections (#core, #ft-1...), the
    # outcome groups of /paths/ (#outcome-...), the diagram's nodes, the widget's heading.
    assert zensical.article_ids == mkdocs.article_ids


@pytest.mark.parametrize("lang", LANGS)
def test_the_citable_anchors_are_among_those_compared(site_dir: Path, zensical_dir: Path, lang: Lang) -> None:
    """The rule and outcome anchors design.md makes public are in both builds, where they belong."""
    prefix = LANG_DIRS[lang]
    for site in (site_dir, zensical_dir):
        for r in RULES:
            assert r.anchor in facts(site, prefix + (f"{r.home}/" if r.home else "")).article_ids, (site, r.id)
        paths_ids = facts(site, prefix + "paths/").article_ids
        assert {outcome_anchor(o.id) for o in TREE.outcomes} <= set(paths_ids), site


@pytest.mark.parametrize("url_path", WIDGET_PAGES)
def test_the_widget_is_the_same(site_dir: Path, zensical_dir: Path, url_path: str) -> None:
    mkdocs, zensical = facts(site_dir, url_path), facts(zensical_dir, url_path)
    assert mkdocs.widget is not None, "the MkDocs build has no [data-dt-widget]"
    assert zensical.widget is not None, "the Zensical build has no [data-dt-widget]"

    def data(attributes: dict[str, str]) -> dict[str, str]:
        return {k: v for k, v in attributes.items() if k not in CONSUMED_ATTRIBUTES}

    assert data(zensical.widget) == data(mkdocs.widget)
    assert mkdocs.question == TREE.root, "the first question is not pre-rendered"
    assert mkdocs.answers, "the first question has no answer buttons"
    assert (zensical.question, zensical.answers) == (mkdocs.question, mkdocs.answers)


@pytest.mark.parametrize(
    "url_path", _pages(dict.fromkeys(("decision-tree/", "en/decision-tree/", "en/paths/"), RAW_HTML_URLS_FROM_SOURCE))
)
def test_each_link_in_the_article_leads_to_the_same_place(site_dir: Path, zensical_dir: Path, url_path: str) -> None:
    mkdocs, zensical = facts(site_dir, url_path), facts(zensical_dir, url_path)
    differ = [(m, z) for m, z in zip(mkdocs.article_links, zensical.article_links, strict=False) if m != z]
    assert len(zensical.article_links) == len(mkdocs.article_links)
    assert differ == [], f"{len(differ)} links differ (MkDocs, Zensical), first: {differ[:3]}"


@pytest.mark.parametrize(
    "url_path", _pages({p: INHERIT_APPENDS_LISTS for p in PAGE_PATHS if p.startswith(LANG_DIRS["en"])})
)
def test_each_page_has_the_same_navigation_and_language_selector(
    site_dir: Path, zensical_dir: Path, url_path: str
) -> None:
    mkdocs, zensical = facts(site_dir, url_path), facts(zensical_dir, url_path)
    assert mkdocs.nav, "no navigation found: the theme's markup changed?"
    assert mkdocs.languages, "no language selector found: the theme's markup changed?"
    assert zensical.nav == mkdocs.nav
    assert zensical.languages == mkdocs.languages
