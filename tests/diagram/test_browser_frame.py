"""The diagram's frame as a reader meets it: on a phone and on a 1280 px desktop.

On a phone (390 × 844) the tree is wider than the frame, so it is shown at full size
(labels never below 1 px per point) and opens on the root question, not on an empty
corner; each answer scrolls the node where the path stands into view inside the frame,
never moving the page. Tree v2 (175 paths) is wider than a 1280 × 800 desktop's column at a
legible size too, so there it also opens at full size on the root question; "Fit to width"
shows the whole tree with no outcome or legend cut off, and "Full size" goes back.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, ViewportSize

from decision_tree import LANGS, Lang, explain
from decision_tree.views.diagram import LEGEND_IDS, highlight
from decision_tree.views.labels import LABELS
from tests.widget.conftest import ENGINE_TIMEOUT_MS, READY, widget_url

pytestmark = pytest.mark.browser

PHONE: ViewportSize = {"width": 390, "height": 844}
DESKTOP: ViewportSize = {"width": 1280, "height": 800}
PATH = ("format-style", "also-facts", "narrow", "tried-failed", "good")

FRAME = ".dt-diagram__scroll"
# Where an element lies relative to the frame's visible box (page pixels), and whether it is inside.
_PLACE = """([frameSelector, id]) => {
  const frame = document.querySelector(frameSelector).getBoundingClientRect();
  const box = document.getElementById(id).getBoundingClientRect();
  const inside = box.left >= frame.left - 1 && box.right <= frame.right + 1
    && box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
  return {inside, left: Math.round(box.left - frame.left), right: Math.round(frame.right - box.right)};
}"""


@pytest.fixture
def sized_page(browser: Browser, base_url: str, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A page at the viewport the test asks for (indirect parameter), with the frame's motion off."""
    context = browser.new_context(base_url=base_url, viewport=request.param, reduced_motion="reduce")
    yield context.new_page()
    context.close()


def _open(page: Page, lang: Lang, fragment: str = "") -> None:
    page.goto(widget_url(lang, fragment))
    page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)


def _look_at_frame(page: Page) -> None:
    """Scroll the page so the frame is on screen, as a reader scrolling down to it."""
    page.evaluate(f"document.querySelector('{FRAME}').scrollIntoView({{block: 'center'}})")
    page.wait_for_timeout(300)  # the IntersectionObserver reports, then the frame scrolls in a frame


def _place(page: Page, dom_id: str) -> dict[str, Any]:
    place: dict[str, Any] = page.evaluate(_PLACE, [FRAME, dom_id])
    return place


def _answer_without_moving(page: Page, question: str, answer: str) -> None:
    """Click an answer the way a reader does whose screen shows the frame: the page does not scroll to it.

    Each answer waits for its question and then a deliberate reader's pause, longer than a
    double click, so the widget takes it as a new answer.
    """
    page.locator(f"[data-question='{question}'] [data-answer='{answer}']").wait_for(state="attached")
    page.wait_for_timeout(600)
    page.evaluate(
        "([q, a]) => document.querySelector(`[data-question='${q}'] [data-answer='${a}']`).click()", [question, answer]
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("sized_page", [PHONE], indirect=True)
def test_on_a_phone_the_frame_opens_on_the_root_question_at_full_size(sized_page: Page, lang: Lang) -> None:
    page = sized_page
    _open(page, lang)
    _look_at_frame(page)
    assert page.locator(".dt-diagram").get_attribute("data-dt-zoom") == "full"
    full = page.locator(f"button[data-dt-zoom='full']:text-is('{LABELS['diagram_full_size'][lang]}')")
    assert full.get_attribute("aria-pressed") == "true"
    assert page.locator(".dt-diagram__tools").is_visible()
    sizes = page.evaluate(
        f"""() => {{ const f = document.querySelector('{FRAME}'), svg = f.querySelector('svg');
            return {{scroll: f.scrollWidth, frame: f.clientWidth, drawn: svg.getBoundingClientRect().width,
                     natural: svg.viewBox.baseVal.width}}; }}"""
    )
    assert sizes["scroll"] > sizes["frame"], "the tree is wider than a phone: it scrolls"
    assert sizes["drawn"] >= sizes["natural"], "labels never below 1 px per point"
    assert _place(page, "q-goal")["inside"], f"the root question is off to the side: {_place(page, 'q-goal')}"
    # The legend is above the frame, readable without scrolling it.
    for legend in LEGEND_IDS:
        assert page.locator(f"[data-legend='{legend}']").is_visible()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("sized_page", [PHONE], indirect=True)
def test_on_a_phone_after_each_answer_the_frame_shows_where_the_path_stands(sized_page: Page, lang: Lang) -> None:
    """The widget moves the page to its next question; back at the diagram, the reader finds the path."""
    page = sized_page
    _open(page, lang)
    for n, step in enumerate(explain(PATH).steps, 1):
        _look_at_frame(page)
        _answer_without_moving(page, step.question.id, step.answer.id)
        where = highlight(explain(PATH[:n]))[-1]
        page.wait_for_function("id => document.getElementById(id).classList.contains('dt-on-path')", arg=where)
        _look_at_frame(page)
        assert _place(page, where)["inside"], f"after answer {n}, {where} is out of view: {_place(page, where)}"


@pytest.mark.parametrize("sized_page", [PHONE], indirect=True)
def test_the_path_is_brought_into_view_by_scrolling_the_frame_not_the_page(sized_page: Page) -> None:
    page = sized_page
    _open(page, "en")
    _look_at_frame(page)
    scroll_y = page.evaluate("window.scrollY")
    for node in ("o-do-not-fine-tune-for-reasoning", "o-fine-tune", "q-goal"):
        # What highlightDiagram announces after an answer, the node where the path stands.
        page.evaluate("id => document.dispatchEvent(new CustomEvent('dt:diagram-focus', {detail: {id}}))", node)
        page.wait_for_timeout(200)
        assert _place(page, node)["inside"], f"{node}: {_place(page, node)}"
        assert page.evaluate("window.scrollY") == scroll_y, "the page itself stays put"


@pytest.mark.parametrize("sized_page", [PHONE], indirect=True)
def test_a_path_answered_while_the_frame_is_off_screen_is_shown_when_the_reader_gets_there(
    sized_page: Page,
) -> None:
    page = sized_page
    _open(page, "en")
    page.evaluate("window.scrollTo(0, 0)")
    scroll_left = page.evaluate(f"document.querySelector('{FRAME}').scrollLeft")
    for step in explain(PATH).steps:
        _answer_without_moving(page, step.question.id, step.answer.id)
    e = explain(PATH)
    assert e.outcome is not None
    page.locator(f"[data-outcome='{e.outcome.id}']").wait_for()
    page.wait_for_timeout(200)
    assert page.evaluate(f"document.querySelector('{FRAME}').scrollLeft") == scroll_left, (
        "an off-screen frame is left alone (not even measured)"
    )
    _look_at_frame(page)
    assert _place(page, f"o-{e.outcome.id}")["inside"]


@pytest.mark.parametrize("sized_page", [PHONE], indirect=True)
def test_a_link_to_a_path_opens_the_frame_on_where_the_path_stands(sized_page: Page) -> None:
    page = sized_page
    _open(page, "zh", "#path=" + "/".join(PATH))
    e = explain(PATH)
    assert e.outcome is not None
    page.locator(f"[data-outcome='{e.outcome.id}']").wait_for()
    _look_at_frame(page)
    assert _place(page, f"o-{e.outcome.id}")["inside"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("sized_page", [DESKTOP], indirect=True)
def test_at_1280_px_fit_to_width_shows_every_node_and_the_legend(sized_page: Page, lang: Lang) -> None:
    page = sized_page
    _open(page, lang)
    _look_at_frame(page)
    # Fitting would shrink the labels below FIT_AT_LEAST (dt-diagram.js): it opens at full size, on the root.
    assert page.locator(".dt-diagram").get_attribute("data-dt-zoom") == "full"
    assert _place(page, "q-goal")["inside"]
    page.locator("button[data-dt-zoom='fit']").click()
    assert page.locator(".dt-diagram").get_attribute("data-dt-zoom") == "fit"
    outside = page.evaluate(
        f"""() => {{ const frame = document.querySelector('{FRAME}').getBoundingClientRect();
            return [...document.querySelectorAll('{FRAME} g.node')].filter((g) => {{
              const b = g.getBoundingClientRect();
              return b.left < frame.left || b.right > frame.right; }}).map((g) => g.id); }}"""
    )
    assert outside == []
    assert page.evaluate(
        f"document.querySelector('{FRAME}').scrollWidth <= document.querySelector('{FRAME}').clientWidth"
    )
    figure = page.locator(".dt-diagram").bounding_box()
    assert figure is not None
    for legend in LEGEND_IDS:
        box = page.locator(f"[data-legend='{legend}']").bounding_box()
        assert box is not None
        assert figure["x"] <= box["x"], legend
        assert box["x"] + box["width"] <= figure["x"] + figure["width"], legend
    assert page.evaluate("document.documentElement.scrollWidth") <= DESKTOP["width"]


@pytest.mark.parametrize("sized_page", [PHONE], indirect=True)
def test_fit_to_width_and_full_size_switch_the_frame(sized_page: Page) -> None:
    page = sized_page
    _open(page, "en")
    _look_at_frame(page)
    fit, full = page.locator("button[data-dt-zoom='fit']"), page.locator("button[data-dt-zoom='full']")
    fit.click()
    assert fit.get_attribute("aria-pressed") == "true"
    assert full.get_attribute("aria-pressed") == "false"
    assert page.evaluate(
        f"document.querySelector('{FRAME}').scrollWidth <= document.querySelector('{FRAME}').clientWidth"
    )
    full.click()
    page.wait_for_timeout(200)
    assert page.evaluate(
        f"document.querySelector('{FRAME}').scrollWidth > document.querySelector('{FRAME}').clientWidth"
    )
    assert _place(page, "q-goal")["inside"], "back at full size, on where the path stands"
