"""Printing: what lands on paper (Chromium's `page.pdf`, A4), in both languages.

The decision-tree page printed at an outcome gives the outcome, the path that led to it and
the rules it cites with their addresses, then the whole diagram, on as few pages as that
takes (it took 4 in Chinese and 5 in English, with the diagram clipped to its frame and
the widget's buttons printed). On every page: nothing to press is printed, a link shows
where it leads, and no heading is left as the last line of a page.

The PDF's text comes from poppler's `pdftotext` (Debian: poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Page

from decision_tree import LANGS, Lang, explain, rule
from decision_tree.views.labels import LABELS
from decision_tree.views.urls import rule_href
from tests.site.built import LANG_DIRS, PAGES
from tests.widget.conftest import open_widget, shown_outcome

pytestmark = pytest.mark.browser

PATH = ("format-style", "nothing-else", "narrow", "tried-failed", "good")
PRINTABLE_WIDTH_PX = 688  # A4 less print.css's 14 mm side margins, at 96 px per inch
PRINTABLE_HEIGHT_PX = 1009  # A4 less its 14 mm top and 16 mm bottom margins

# Every heading a reader sees: the article's, and those of the widget's outcome card.
_HEADINGS = """() => [...document.querySelectorAll('article :is(h1, h2, h3, h4), [data-dt-widget] :is(h2, h3)')]
  .map((h) => h.textContent.replace(/\\u00b6/g, '').trim()).filter(Boolean)"""


def _pdf_pages(page: Page, tmp_path: Path) -> list[str]:
    """The page printed to A4, as the text of each PDF page."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.fail("pdftotext is missing: install poppler-utils (make system-deps does)")
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(page.pdf(format="A4", print_background=True))
    text = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [p for p in text.split("\f") if p.strip()]


def _last_line(text: str) -> str:
    return [line.strip() for line in text.splitlines() if line.strip()][-1]


def _orphaned_headings(pages: list[str], headings: list[str]) -> list[str]:
    """Pages (but the last) whose last line is a heading, or the end of a heading that wrapped.

    A wrapped heading's end counts only with the line before it continuing the same heading:
    a table cell that wraps onto a last line like "base model" is not the heading "Roll back
    to the base model" (the paths page has both).
    """
    found = []
    for number, text in enumerate(pages[:-1], 1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        last, before = lines[-1], (lines[-2] if len(lines) > 1 else "")
        wrapped = (f"{before} {last}", f"{before}{last}")  # words, or Chinese without spaces
        if any(last == h or (len(last) >= 8 and any(h.endswith(w) for w in wrapped)) for h in headings):
            found.append(f"page {number} ends with the heading {last!r}")
    return found


def _flat(pages: list[str]) -> str:
    """The PDF's text without any white space (pdftotext breaks long addresses across lines)."""
    return "".join("".join(pages).split())


@pytest.mark.parametrize("lang", LANGS)
def test_the_decision_tree_prints_the_outcome_its_path_and_rules_then_the_whole_diagram(
    page: Page, base_url: str, lang: Lang, tmp_path: Path
) -> None:
    e = explain(PATH)
    assert e.outcome is not None
    open_widget(page, lang, "#path=" + "/".join(PATH))
    shown_outcome(page)
    headings = page.evaluate(_HEADINGS)
    pages = _pdf_pages(page, tmp_path)
    text = _flat(pages)

    # As few pages as the content needs: the outcome's pages are full up to the last one
    # before the diagram (no page broken off early), and the diagram takes one page.
    lines = [len([line for line in p.splitlines() if line.strip()]) for p in pages[:-1]]
    assert len(pages) <= 5, f"{len(pages)} pages"
    assert all(n >= 0.6 * max(lines) for n in lines[:-1]), f"a page before the diagram ends early: {lines} lines"
    assert "".join(e.outcome.title[lang].split()) in text
    for step in e.steps:
        assert "".join(step.question.text[lang].split()) in text
        assert "".join(step.answer.label[lang].split()) in text
    site_root = urljoin(base_url, LANG_DIRS[lang])
    for rule_id in e.cites:
        r = rule(rule_id)
        assert "".join(f"{r.id} · {r.title[lang]}".split()) in text
        # pdftotext drops a hyphen that ends a line ("when-to-fine-" / "tune"), so compare without them.
        address = f"<{site_root}{rule_href(r)}>".replace("-", "")
        assert address in text.replace("-", ""), f"the address of {rule_id} is printed"
    for control in ("restart", "back", "copy_record", "diagram_fit", "diagram_full_size"):
        assert not any(_last_line(p) == LABELS[control][lang] for p in pages)
        assert LABELS[control][lang] not in {line.strip() for p in pages for line in p.splitlines()}, control
    assert _orphaned_headings(pages, headings) == []


@pytest.mark.parametrize("lang", LANGS)
def test_on_paper_the_whole_diagram_fits_one_page_and_nothing_is_there_to_press(page: Page, lang: Lang) -> None:
    open_widget(page, lang, "#path=" + "/".join(PATH))
    shown_outcome(page)
    page.set_viewport_size({"width": PRINTABLE_WIDTH_PX, "height": PRINTABLE_HEIGHT_PX})
    page.emulate_media(media="print")
    fit = page.evaluate(
        """() => { const frame = document.querySelector('.dt-diagram__scroll');
             const right = frame.getBoundingClientRect().right;
             return {overflow: frame.scrollWidth - frame.clientWidth,
                     cut: [...frame.querySelectorAll('g.node')]
                       .filter((g) => g.getBoundingClientRect().right > right + 1)
                       .map((g) => g.id),
                     height: document.querySelector('.dt-diagram').getBoundingClientRect().height}; }"""
    )
    assert fit["overflow"] <= 0
    assert fit["cut"] == []
    assert fit["height"] <= PRINTABLE_HEIGHT_PX
    pressable = page.evaluate(
        """() => [...document.querySelectorAll('button, input:not([type=hidden]), select, textarea, [role=button],'
                                           + ' .md-header, .md-search, .md-top')]
             .filter((e) => e.getClientRects().length > 0)
             .map((e) => e.outerHTML.slice(0, 80))"""
    )
    assert pressable == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", PAGES, ids=lambda s: s or "home")
def test_every_page_prints_without_lone_headings_controls_or_bare_links(
    page: Page, base_url: str, lang: Lang, slug: str, tmp_path: Path
) -> None:
    page.goto(LANG_DIRS[lang] + (f"{slug}/" if slug else ""), wait_until="networkidle")
    headings = page.evaluate(_HEADINGS)
    # The first link in running text that leads to another page, as an address.
    target = page.evaluate(
        """() => [...document.querySelectorAll('article :is(p, li) > a[href]:not(.headerlink)')]
             .find((a) => !a.getAttribute('href').startsWith('#') && !a.closest('.dt-table')
                          && a.checkVisibility())?.href ?? null"""
    )
    pages = _pdf_pages(page, tmp_path)
    assert _orphaned_headings(pages, headings) == []
    lines = {line.strip() for p in pages for line in p.splitlines()}
    assert LABELS["copy_citation"][lang] not in lines
    if target:
        assert f"<{target}>" in _flat(pages), f"the address of {target} is printed"
