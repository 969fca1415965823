"""The built site as the tests see it: pages, their ids, their links and their main text.

Read with the standard library's HTML parser, so the checks do not depend on the theme's
JavaScript: what is asserted here is what a crawler, a screen reader or a reader with
scripts off receives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from decision_tree import LANGS, Lang

# Each language's directory below the site root: zh at "/", en at "/en/".
LANG_DIRS: dict[Lang, str] = {"zh": "", "en": "en/"}
# Page slugs of design.md ("" is the home page), the same in both languages.
PAGES: tuple[str, ...] = (
    "",
    "when-to-fine-tune",
    "when-not-to-fine-tune",
    "best-practices",
    "decision-tree",
    "paths",
    "rules",
    "references",
)
_SKIP_TEXT = {"script", "style", "svg", "noscript"}
_LINK_ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src", "iframe": "src"}
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class BuiltPage:
    """One HTML file of the built site."""

    file: Path
    url_path: str  # relative to the site root, as served: "en/when-to-fine-tune/", "404.html"
    lang: str
    ids: tuple[str, ...]  # every element id, in order, duplicates kept so tests can count
    links: tuple[str, ...]  # href/src of a, link, script, img, source, iframe
    canonical: str | None
    main_text: str  # the article text (Material's .md-content__inner), scripts and styles left out

    def cjk_share(self) -> float:
        """Han characters among Han characters plus Latin words in the main text.

        A Han character and an English word carry roughly as much text, so a Chinese page
        that cites English titles stays high, and an untranslated page stands out at once.
        """
        han = len(_HAN.findall(self.main_text))
        words = len(_LATIN_WORD.findall(self.main_text))
        return han / (han + words) if han + words else 0.0


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = ""
        self.ids: list[str] = []
        self.links: list[str] = []
        self.canonical: str | None = None
        self.text: list[str] = []
        self._main_depth = 0  # > 0 inside the article
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang", "")
        if a.get("id"):
            self.ids.append(a["id"])
        attr = _LINK_ATTRS.get(tag)
        if attr and a.get(attr):
            self.links.append(a[attr])
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag == "article" and "md-content__inner" in a.get("class", "").split():
            self._main_depth = 1
        elif self._main_depth and tag == "article":
            self._main_depth += 1
        if tag in _SKIP_TEXT:
            self._skip_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TEXT and self._skip_depth:
            self._skip_depth -= 1
        if tag == "article" and self._main_depth:
            self._main_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._main_depth and not self._skip_depth:
            self.text.append(data)


def parse_page(file: Path, url_path: str) -> BuiltPage:
    parser = _PageParser()
    parser.feed(file.read_text(encoding="utf-8"))
    parser.close()
    return BuiltPage(
        file=file,
        url_path=url_path,
        lang=parser.lang,
        ids=tuple(parser.ids),
        links=tuple(parser.links),
        canonical=parser.canonical,
        main_text=" ".join(parser.text),
    )


def lang_of(url_path: str) -> Lang:
    return "en" if url_path.startswith("en/") else "zh"


@cache
def site_pages(site_dir: Path) -> dict[str, BuiltPage]:
    """Every HTML page of the site by its URL path; the theme's assets and the search index left out."""
    pages: dict[str, BuiltPage] = {}
    for file in sorted(site_dir.rglob("*.html")):
        rel = file.relative_to(site_dir).as_posix()
        if rel.startswith(("assets/", "en/assets/", "search/", "en/search/")):
            continue
        url_path = rel.removesuffix("index.html")
        pages[url_path] = parse_page(file, url_path)
    return pages


def language_pages(site_dir: Path, lang: Lang) -> dict[str, BuiltPage]:
    """The pages of one language, keyed by their path below that language's root."""
    prefix = LANG_DIRS[lang]
    return {
        url.removeprefix(prefix): page
        for url, page in site_pages(site_dir).items()
        if lang_of(url) == lang and url.startswith(prefix)
    }


__all__ = ["LANGS", "LANG_DIRS", "PAGES", "BuiltPage", "lang_of", "language_pages", "parse_page", "site_pages"]
