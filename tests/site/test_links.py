"""Every internal link and anchor of the built site resolves, in both languages.

MkDocs validates the Markdown links of each build; this reads the final HTML of the
whole site instead, so it also covers the theme's links, raw HTML from macros, links
between the two language sites and absolute URLs made from `site_url` (copied
citations, canonical links). A fragment must name an element of the target page, except
a widget path (`#path=…`) on the decision-tree page, which must be a path of the tree.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from decision_tree import LANGS, Lang, PathError, parse_fragment
from decision_tree.core.fragment import is_path_fragment
from tests.site.built import LANG_DIRS, BuiltPage, language_pages, site_pages

pytestmark = pytest.mark.site

HOST = "http://site.test/"
WIDGET_PAGES = {f"{d}decision-tree/" for d in LANG_DIRS.values()}


def _site_url(site_dir: Path) -> str:
    """The site_url the site was built for: the canonical URL of the Chinese home page."""
    home = site_pages(site_dir)[""]
    assert home.canonical, "the home page has no canonical link: is site_url set in mkdocs.yml?"
    return home.canonical


class OutsideSite(ValueError):
    """A link that looks internal but climbs out of the site's root."""


def _internal_path(page: BuiltPage, link: str, site_url: str) -> tuple[str, str] | None:
    """(URL path below the site root, fragment) for a link into this site; None for other sites."""
    if link.startswith(site_url):
        link = "/" + link.removeprefix(site_url)
        base_path = "/"
    else:
        base_path = urlsplit(site_url).path
    parts = urlsplit(link)
    if parts.scheme or parts.netloc:
        return None
    # 404 pages link from site_url's path ("/assets/…"); other pages link relative to themselves.
    absolute = urlsplit(urljoin(HOST + page.url_path, link))
    path = unquote(absolute.path)
    if not path.startswith(base_path):
        raise OutsideSite(path)
    return path.removeprefix(base_path), unquote(absolute.fragment)


def _target_file(site_dir: Path, path: str) -> Path | None:
    candidate = site_dir / path
    if path == "" or path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def _fragment_problem(target_path: str, target: BuiltPage, fragment: str) -> str | None:
    if is_path_fragment(fragment):
        if target.url_path not in WIDGET_PAGES:
            return f"a widget path (#{fragment}) points to {target.url_path}, which has no widget"
        try:
            parse_fragment(fragment)
        except PathError as error:
            return f"#{fragment} is not a path of the tree: {error}"
        return None
    if fragment not in target.ids:
        return f"no element #{fragment} on /{target_path}"
    return None


def broken_links(site_dir: Path, lang: Lang) -> list[str]:
    site_url = _site_url(site_dir)
    pages = site_pages(site_dir)
    problems: list[str] = []
    for page in language_pages(site_dir, lang).values():
        for link in page.links:
            if link.startswith(("mailto:", "data:", "javascript:", "tel:")):
                continue
            where = f"/{page.url_path} links to {link!r}"
            try:
                internal = _internal_path(page, link, site_url)
            except OutsideSite:
                problems.append(f"{where}: outside the site")
                continue
            if internal is None:
                continue
            path, fragment = internal
            file = _target_file(site_dir, path)
            if file is None:
                problems.append(f"{where}: no such file in the built site")
                continue
            if not fragment:
                continue
            target = pages.get(file.relative_to(site_dir).as_posix().removesuffix("index.html"))
            if target is None:
                problems.append(f"{where}: a fragment on a file that is not a page")
                continue
            problem = _fragment_problem(target.url_path, target, fragment)
            if problem:
                problems.append(f"{where}: {problem}")
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_every_internal_link_and_anchor_resolves(site_dir: Path, lang: Lang) -> None:
    problems = broken_links(site_dir, lang)
    assert not problems, "broken links:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_the_check_reads_links_at_all(site_dir: Path, lang: Lang) -> None:
    """Guards the test above against passing on an empty reading of the site."""
    links = [link for page in language_pages(site_dir, lang).values() for link in page.links]
    anchors = [link for link in links if "#" in link and not link.startswith("#")]
    assert len(links) > 100
    assert anchors, "no cross-page anchor link found: rule links in the rules index should be some"
