"""The site's URL scheme: page slugs, language prefixes and the links every output makes.

design.md fixes these as a public contract (readers cite them in design reviews), so they
are written once here and every renderer, macro and the widget take them from here.
Links are relative to a language site's root (`when-to-fine-tune/#ft-1`); the caller
puts the right base in front (`../` from a page, the site URL in a decision record).
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from decision_tree.core.rules import Rule, rule
from decision_tree.core.text import Lang

LANGUAGE_PREFIX: Mapping[Lang, str] = MappingProxyType({"zh": "", "en": "en/"})
"""Where each language site sits in the whole site: zh at `/`, en at `/en/`."""

HOME = ""
WHEN_TO = "when-to-fine-tune"
WHEN_NOT = "when-not-to-fine-tune"
BEST_PRACTICES = "best-practices"
DECISION_TREE = "decision-tree"
PATHS = "paths"
RULES_INDEX = "rules"
REFERENCES = "references"
PAGES: tuple[str, ...] = (HOME, WHEN_TO, WHEN_NOT, BEST_PRACTICES, DECISION_TREE, PATHS, RULES_INDEX, REFERENCES)
"""Every page slug, the same in both languages (design.md, "Pages")."""

CONTEXT_ANCHOR = "hosted-fine-tuning"
"""The dated context on hosted fine-tuning, on every page that shows it (home and references)."""

DIAGRAM_FIGURE = "dt-diagram"
"""The diagram's figure on /decision-tree/ (the widget's failure sentence links to it)."""

DIAGRAM_FILE = "diagram.svg"
"""The full-size SVG, next to the /decision-tree/ page of each language site."""


def page_href(slug: str, anchor: str = "") -> str:
    """A page (and section) relative to the language site's root: `paths/#outcome-fine-tune`."""
    path = f"{slug}/" if slug else ""
    return f"{path}#{anchor}" if anchor else (path or "./")


def rule_href(r: Rule | str) -> str:
    """A rule's home section, relative to the language site's root: `when-not-to-fine-tune/#nft-1`."""
    r = rule(r) if isinstance(r, str) else r
    return page_href(r.home, r.anchor)


def source_href(anchor: str) -> str:
    """A source's entry on the references page."""
    return page_href(REFERENCES, anchor)


def outcome_href(outcome_id: str) -> str:
    """An outcome's group on the /paths/ page."""
    return page_href(PATHS, outcome_anchor(outcome_id))


def outcome_anchor(outcome_id: str) -> str:
    return f"outcome-{outcome_id}"


def path_anchor(path: tuple[str, ...]) -> str:
    """A path's row on the /paths/ page: `path-format-style--tried-failed--good--narrow`.

    Answer IDs never contain `--`, so the anchor reads back unambiguously. Without
    JavaScript, the widget's answers lead here (`views.path.question_view`).
    """
    return "path-" + "--".join(path)


def language_root(site_url: str, lang: Lang) -> str:
    """The absolute URL of a language site's root, from the whole site's URL."""
    return site_url.rstrip("/") + "/" + LANGUAGE_PREFIX[lang]


def from_page(slug: str) -> str:
    """The way up from a page to its language site's root (`../` from `decision-tree/`)."""
    return "../" * slug.count("/") + ("../" if slug else "")


def source_file(slug: str) -> str:
    """The Markdown file of a page, relative to its language's docs folder: `paths.md`, `index.md`."""
    return f"{slug}.md" if slug else "index.md"


def slug_of(page_url: str) -> str:
    """The slug of a page from its URL in its language site: `paths/` -> `paths`, `` -> ``."""
    return page_url.strip("/").removesuffix("index.html").strip("/")


@dataclass(frozen=True, slots=True)
class PageLinks:
    """Links from one page of a language site to the others, in the two forms a page needs.

    Markdown links point at `.md` files, so MkDocs checks each one and its anchor in a
    `--strict` build; raw HTML (the widget's path links, whose `#path=` fragments are no
    anchors) gets a plain relative URL.
    """

    slug: str

    def markdown(self, slug: str, anchor: str = "") -> str:
        start = posixpath.dirname(source_file(self.slug)) or "."
        target = posixpath.relpath(source_file(slug), start)
        return f"{target}#{anchor}" if anchor else target

    def html(self, slug: str, fragment: str = "") -> str:
        target = from_page(self.slug) + (f"{slug}/" if slug else "")
        target = target or "./"
        return f"{target}#{fragment}" if fragment else target

    def rule(self, rule_id: str) -> str:
        r = rule(rule_id)
        return self.markdown(r.home, r.anchor)
