"""What every macro needs to know about the page being built, from mkdocs-macros' public API only.

`env.conf` (the build's config) and `env.page.url` are public in mkdocs-macros and
supported by Zensical; `env.page.file` and `env.post_build_functions` are not, so no
macro uses them. The language is the build's `theme.language` (one build per language).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from decision_tree.core.text import Lang, check_lang
from decision_tree.views.urls import PageLinks, slug_of


def lang(env: Any) -> Lang:
    """The build's language: `theme.language` of mkdocs.yml (zh) or mkdocs.en.yml (en)."""
    return check_lang(str(env.conf["theme"]["language"]))


def page_url(env: Any) -> str:
    """The page's URL relative to its language site's root (`when-to-fine-tune/`, `` for the home page)."""
    return str(env.page.url)


def set_meta(env: Any, key: str, value: str) -> None:
    """Hand a value to the theme's templates as `page.meta[key]` (the page's front matter dict).

    The macros run while MkDocs renders the page's Markdown, before its template: a value
    set here reaches the template of the same page (overrides/main.html).
    """
    env.page.meta[key] = value


def slug(env: Any) -> str:
    """The page's slug (design.md, "Pages"): `when-to-fine-tune`, `` for the home page."""
    return slug_of(page_url(env))


def links(env: Any) -> PageLinks:
    """Links from this page to the others (Markdown links MkDocs checks, and plain HTML hrefs)."""
    return PageLinks(slug(env))


def absolute_url(env: Any) -> str:
    """The page's absolute URL, from `site_url` (what a copied citation links to)."""
    return urljoin(str(env.conf["site_url"] or "/"), page_url(env))
