"""The diagram in the built site: embedded on /decision-tree/ of each language, links that land.

Reads the built HTML (`make build`, or DT_SITE_DIR). Every link in the SVG is resolved the
way a browser would from the page that shows it, and its fragment must name an element of
the target page in the same language.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from decision_tree import LANGS, TREE, Lang
from decision_tree.render.dot import PAGE_STYLE, STYLE, render_svg, to_svg
from decision_tree.render.wrap import wrap
from decision_tree.views.diagram import LEGEND_IDS, diagram, outcome_dom_id, question_dom_id
from decision_tree.views.urls import DIAGRAM_FIGURE, DIAGRAM_FILE
from macros.diagram import CAPTION_ID, inline_svg
from tests.diagram.drawing import groups_by_id, hrefs, parse_svg, text_lines
from tests.site.built import LANG_DIRS
from tests.site_html import element_ids

pytestmark = pytest.mark.site

HOST = "http://site.test/"


def page_html(site_dir: Path, lang: Lang) -> str:
    return (site_dir / LANG_DIRS[lang] / "decision-tree" / "index.html").read_text(encoding="utf-8")


def embedded_svg(html: str) -> str:
    found = re.findall(r'<svg class="dt-diagram__svg".*?</svg>', html, re.DOTALL)
    assert len(found) == 1, f"expected one diagram on the page, found {len(found)}"
    return str(found[0])


@cache
def _ids(target: Path) -> frozenset[str]:
    return frozenset(element_ids(target))


def unresolved(site_dir: Path, lang: Lang, links: list[str]) -> list[str]:
    """The links, seen from /decision-tree/ of `lang`, whose page or anchor is missing."""
    base = f"{HOST}{LANG_DIRS[lang]}decision-tree/"
    broken = []
    for link in links:
        url = urlsplit(urljoin(base, link))
        path = url.path.lstrip("/")
        target = site_dir / path / "index.html" if path.endswith("/") or not path else site_dir / path
        in_language = lang == "en" or not path.startswith("en/")
        if not (url.netloc == "site.test" and in_language and target.is_file() and url.fragment in _ids(target)):
            broken.append(f"{link} -> /{path}#{url.fragment}")
    return broken


@pytest.mark.parametrize("lang", LANGS)
def test_every_link_in_the_diagram_resolves_to_an_anchor_in_the_same_language(site_dir: Path, lang: Lang) -> None:
    links = hrefs(parse_svg(embedded_svg(page_html(site_dir, lang))))
    assert len(links) > len(TREE.outcomes), "every outcome links at least its title and one rule"
    assert unresolved(site_dir, lang, links) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_page_embeds_the_diagram_of_the_current_tree(site_dir: Path, lang: Lang) -> None:
    """A stale site (built before the tree changed) fails here: rebuild with `make build`."""
    assert embedded_svg(page_html(site_dir, lang)) == inline_svg(render_svg(diagram(lang), PAGE_STYLE))


@pytest.mark.parametrize("lang", LANGS)
def test_the_full_size_svg_sits_beside_the_page_and_its_links_work_from_there(site_dir: Path, lang: Lang) -> None:
    standalone = site_dir / LANG_DIRS[lang] / "decision-tree" / DIAGRAM_FILE
    svg = standalone.read_text(encoding="utf-8")
    assert svg == to_svg(lang)
    assert unresolved(site_dir, lang, hrefs(parse_svg(svg))) == []
    assert 'href="diagram.svg"' in page_html(site_dir, lang)


def test_the_chinese_page_shows_the_chinese_labels_as_text(site_dir: Path) -> None:
    groups = groups_by_id(parse_svg(embedded_svg(page_html(site_dir, "zh"))))
    for q in TREE.questions:
        assert text_lines(groups[question_dom_id(q.id)]) == wrap(q.text.zh, STYLE.question_width)
    for o in TREE.outcomes:
        assert text_lines(groups[outcome_dom_id(o.id)]) == [*wrap(o.title.zh, STYLE.outcome_width), *o.cites]


@pytest.mark.parametrize("lang", LANGS)
def test_the_figure_is_named_by_its_caption_and_scrolls_by_keyboard(site_dir: Path, lang: Lang) -> None:
    html = page_html(site_dir, lang)
    figure = re.search(rf'<figure id="{DIAGRAM_FIGURE}" class="dt-diagram" [^>]*data-search-exclude>', html)
    assert figure, "the widget links to #dt-diagram when its engine cannot load"
    assert f'aria-labelledby="{CAPTION_ID}"' in embedded_svg(html)
    assert html.count(f'id="{CAPTION_ID}"') == 1
    assert re.search(r'<div class="dt-diagram__scroll" tabindex="0" role="region" aria-label="[^"]+">', html)


@pytest.mark.parametrize("lang", LANGS)
def test_the_page_shows_the_legend_above_the_frame_and_the_standalone_svg_keeps_its_own(
    site_dir: Path, lang: Lang
) -> None:
    html = page_html(site_dir, lang)
    legend = html[html.index('<div class="dt-diagram__legend">') : html.index('<div class="dt-diagram__scroll"')]
    assert re.findall(r'data-legend="([^"]+)"', legend) == list(LEGEND_IDS)
    groups = groups_by_id(parse_svg(embedded_svg(html)))
    assert not set(LEGEND_IDS) & set(groups), "the page's drawing leaves the legend to the page"
    standalone = groups_by_id(parse_svg((site_dir / LANG_DIRS[lang] / "decision-tree" / DIAGRAM_FILE).read_text()))
    assert set(LEGEND_IDS) <= set(standalone)


def test_the_link_check_reports_a_missing_anchor_page_or_language(site_dir: Path) -> None:
    """The checker itself: links that would break are caught, not waved through."""
    bad = ["../when-to-fine-tune/#ft-9", "../no-such-page/#ft-1", "../en/when-to-fine-tune/#ft-1"]
    assert len(unresolved(site_dir, "zh", bad)) == 3
    assert unresolved(site_dir, "zh", ["../when-to-fine-tune/#ft-1", "../#core"]) == []
