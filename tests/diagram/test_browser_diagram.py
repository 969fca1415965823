"""The diagram as Chromium draws it: legible in light and dark, scrollable on a phone, path on top.

Colours are read from the browser (`getComputedStyle`), after the site's CSS has replaced
Graphviz's light-palette defaults, and held to WCAG's 4.5:1 contrast for text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from decision_tree import LANGS, TREE, Lang, explain
from decision_tree.views.diagram import answer_dom_id, outcome_dom_id, question_dom_id
from tests.site.built import LANG_DIRS
from tests.widget.conftest import open_widget

pytestmark = pytest.mark.browser

SCHEMES = ("light", "dark")
PHONE = {"width": 390, "height": 844}

# Every text of every node and edge with the colour behind it: the node's own shape for
# node labels, the diagram's background for edge labels and the legend's title.
_TEXT_ON_BACKGROUND = """
() => {
  const region = document.querySelector('.dt-diagram__scroll');
  const page = getComputedStyle(region).backgroundColor;
  const out = [];
  for (const group of document.querySelectorAll('.dt-diagram__svg g.node, .dt-diagram__svg g.edge,'
                                                 + ' .dt-diagram__svg g.cluster')) {
    const shape = group.classList.contains('node') ? group.querySelector('path, polygon') : null;
    const behind = shape ? getComputedStyle(shape).fill : page;
    for (const text of group.querySelectorAll('text')) {
      out.push({id: group.id, text: text.textContent, fill: getComputedStyle(text).fill, behind,
                page});
    }
  }
  return out;
}
"""


def _rgba(css: str) -> tuple[float, float, float, float]:
    parts = [float(p) for p in re.findall(r"[\d.]+", css)]
    assert len(parts) in (3, 4), css
    return (parts[0], parts[1], parts[2], parts[3] if len(parts) == 4 else 1.0)


def _over(top: str, bottom: str) -> tuple[float, float, float]:
    r, g, b, a = _rgba(top)
    br, bg, bb, _ = _rgba(bottom)
    return (r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a))


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(text: str, behind: str, page: str) -> float:
    background = _over(behind, page)
    foreground = _over(text, f"rgb{background}")
    hi, lo = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def scheme_page(browser: Browser, base_url: str, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A page in the colour scheme and viewport the test asks for (indirect parameter)."""
    scheme, viewport = request.param
    context = browser.new_context(base_url=base_url, color_scheme=scheme, viewport=viewport)
    yield context.new_page()
    context.close()


def _open(page: Page, lang: Lang) -> None:
    page.goto(LANG_DIRS[lang] + "decision-tree/")
    page.locator("#dt-diagram svg").wait_for()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scheme_page", [(s, {"width": 1280, "height": 900}) for s in SCHEMES], indirect=True)
def test_every_label_keeps_a_readable_contrast_in_light_and_dark(scheme_page: Page, lang: Lang) -> None:
    _open(scheme_page, lang)
    texts: list[dict[str, Any]] = scheme_page.evaluate(_TEXT_ON_BACKGROUND)
    assert len(texts) > 100
    low = [
        (t["id"], t["text"], round(contrast(t["fill"], t["behind"], t["page"]), 2))
        for t in texts
        if contrast(t["fill"], t["behind"], t["page"]) < 4.5
    ]
    assert low == [], "\n".join(map(str, low))


@pytest.mark.parametrize("scheme_page", [(s, {"width": 1280, "height": 900}) for s in SCHEMES], indirect=True)
def test_the_dark_palette_really_repaints_the_nodes(scheme_page: Page) -> None:
    _open(scheme_page, "en")
    fill = scheme_page.evaluate("getComputedStyle(document.querySelector('#o-fine-tune > path')).fill")
    light_fill = "rgb(226, 243, 223)"  # Graphviz's own colour, right for the standalone SVG only
    dark = scheme_page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    assert (fill != light_fill) == dark


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scheme_page", [(s, PHONE) for s in SCHEMES], indirect=True)
def test_on_a_phone_the_diagram_scrolls_inside_its_frame_with_no_label_cut_off(scheme_page: Page, lang: Lang) -> None:
    page = scheme_page
    _open(page, lang)
    sizes = page.evaluate(
        """() => {
          const region = document.querySelector('.dt-diagram__scroll');
          const svg = region.querySelector('svg');
          const box = svg.getBoundingClientRect();
          const cut = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()])
            .filter(([, r]) => r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom)
            .map(([text]) => text);
          return {page: document.documentElement.scrollWidth, viewport: window.innerWidth,
                  scroll: region.scrollWidth, frame: region.clientWidth, drawn: box.width,
                  natural: svg.viewBox.baseVal.width, cut};
        }"""
    )
    assert sizes["page"] <= sizes["viewport"], "the page itself must not scroll sideways"
    assert sizes["scroll"] > sizes["frame"], "the diagram scrolls inside its frame"
    assert sizes["drawn"] >= sizes["natural"], "labels are never drawn smaller than 1 px per point"
    assert sizes["cut"] == []
    # The far end can be reached: the rightmost node comes into view.
    region = page.locator(".dt-diagram__scroll")
    region.evaluate("r => { r.scrollLeft = r.scrollWidth; }")
    rightmost = page.evaluate(
        """() => Math.max(...[...document.querySelectorAll('.dt-diagram__svg g.node')]
                  .map((g) => g.getBoundingClientRect().right))"""
    )
    frame = region.bounding_box()
    assert frame is not None
    assert rightmost <= frame["x"] + frame["width"]


_LOOK = """ids => Object.fromEntries(ids.map(id => {
  const group = document.getElementById(id);
  const line = getComputedStyle(group.querySelector('path'));
  return [id, {opacity: parseFloat(getComputedStyle(group).opacity), stroke: line.stroke,
               width: parseFloat(line.strokeWidth)}];
}))"""


@pytest.mark.parametrize("scheme_page", [(s, {"width": 1280, "height": 900}) for s in SCHEMES], indirect=True)
def test_the_current_path_stands_out_and_the_rest_steps_back(scheme_page: Page) -> None:
    """The widget marks the path (`dt-on-path`, its own tests check which ids); the CSS makes it visible."""
    page = scheme_page
    path = ("format-style", "nothing-else", "narrow", "tried-failed", "good")
    e = explain(path)
    assert e.outcome is not None
    on_path = [i for s in e.steps for i in (question_dom_id(s.question.id), answer_dom_id(s.question.id, s.answer.id))]
    on_path.append(outcome_dom_id(e.outcome.id))
    off_path = [outcome_dom_id(o.id) for o in TREE.outcomes if o is not e.outcome] + [
        "a-goal-facts",
        "q-prompting-with-rag",
    ]

    open_widget(page, "zh", "#path=" + "/".join(path))
    page.locator(f'[data-outcome="{e.outcome.id}"]').wait_for()
    page.wait_for_function("n => document.querySelectorAll('.dt-on-path').length === n", arg=len(on_path))
    # Look at the diagram as a reader would: its frame is `content-visibility: auto`, so the
    # browser renders it (and runs the fade) only once it is near the viewport.
    page.locator(".dt-diagram__scroll").scroll_into_view_if_needed()
    page.wait_for_timeout(400)  # the dimming fades in
    look: dict[str, dict[str, Any]] = page.evaluate(_LOOK, on_path + off_path)

    assert {look[i]["stroke"] for i in on_path} == {look[on_path[0]]["stroke"]}, "one colour for the whole path"
    assert look[on_path[0]]["stroke"] not in {look[i]["stroke"] for i in off_path}
    assert all(look[i]["opacity"] == 1 for i in on_path)
    assert all(look[i]["opacity"] < 0.5 for i in off_path), "the rest of the tree steps back"
    legend = page.locator("[data-legend='legend-fine-tune']").evaluate("e => getComputedStyle(e).opacity")
    assert legend == "1", "the legend stays readable"
    assert look["q-data"]["width"] > look["q-prompting-with-rag"]["width"]
    assert look["o-fine-tune"]["width"] > look["o-narrow-scope-first"]["width"]
    assert look["a-goal-format-style"]["width"] > look["a-goal-facts"]["width"]


@pytest.mark.parametrize("scheme_page", [(s, {"width": 1280, "height": 900}) for s in SCHEMES], indirect=True)
def test_before_the_first_answer_nothing_is_dimmed(scheme_page: Page) -> None:
    open_widget(scheme_page, "en")
    scheme_page.wait_for_function("() => document.querySelector('#q-goal.dt-on-path') !== null")
    scheme_page.wait_for_timeout(400)
    ids = [question_dom_id(q.id) for q in TREE.questions] + [outcome_dom_id(o.id) for o in TREE.outcomes]
    look: dict[str, dict[str, Any]] = scheme_page.evaluate(_LOOK, ids)
    assert all(v["opacity"] == 1 for v in look.values())
