"""The path lives in the URL: reload restores it, back/forward walk it, and one link opens
the same path on both language sites (and through the language switcher)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from decision_tree import explain, to_fragment
from decision_tree.core.text import Lang

from .conftest import LANG_PREFIX, READY, answer_button, open_widget, shown_outcome, walk, widget_url

pytestmark = pytest.mark.browser

FINE_TUNE = ("format-style", "nothing-else", "narrow", "tried-failed", "good")


def _asked(depth: int) -> str:
    """The question the engine asks after the first `depth` answers of FINE_TUNE."""
    question = explain(FINE_TUNE[:depth]).question
    assert question is not None
    return question.id


def test_each_answer_is_a_history_step_and_reload_restores_the_path(page: Page, lang: Lang) -> None:
    open_widget(page, lang)
    walk(page, FINE_TUNE)
    assert shown_outcome(page)[0] == "fine-tune"
    assert page.url.endswith(widget_url(lang, "#" + to_fragment(FINE_TUNE)))
    page.reload()
    page.wait_for_selector(READY)
    assert shown_outcome(page) == ("fine-tune", list(explain(FINE_TUNE).cites))

    # Back walks the path one answer at a time, forward walks it again.
    for depth in range(len(FINE_TUNE) - 1, 0, -1):
        page.go_back()
        question = explain(FINE_TUNE[:depth]).question
        assert question is not None
        page.locator(f'[data-question="{question.id}"]').wait_for()
        assert page.url.endswith("#" + to_fragment(FINE_TUNE[:depth]))
    page.go_back()
    page.locator('[data-question="goal"]').wait_for()
    page.go_forward()
    page.locator(f'[data-question="{_asked(1)}"]').wait_for()
    for _ in FINE_TUNE[1:]:
        page.go_forward()
    assert shown_outcome(page)[0] == "fine-tune"


def test_back_restart_and_trail_buttons_move_along_the_path(page: Page, lang: Lang) -> None:
    open_widget(page, lang)
    walk(page, FINE_TUNE)
    page.locator("[data-dt-controls] [data-dt-back]").click()
    page.locator(f'[data-question="{_asked(len(FINE_TUNE) - 1)}"]').wait_for()
    # The trail: the first step's button goes back to the first question, keeping nothing after it.
    page.locator("[data-dt-trail] [data-dt-goto]").first.click()
    page.locator('[data-question="goal"]').wait_for()
    assert page.locator("[data-dt-trail]").is_hidden()
    answer_button(page, "goal", "facts").click()
    answer_button(page, "facts-also", "nothing-else").click()
    assert shown_outcome(page)[0] == "use-rag"
    page.locator("[data-dt-controls] [data-dt-restart]").click()
    page.locator('[data-question="goal"]').wait_for()
    page.wait_for_url(lambda url: "#path=" not in url)  # history lands just after the view shows


@pytest.mark.parametrize(("source", "target"), [("zh", "en"), ("en", "zh")])
def test_the_same_link_opens_the_same_path_in_the_other_language(page: Page, source: Lang, target: Lang) -> None:
    path = ("format-style", "also-facts", "narrow", "tried-failed", "clustered")
    e = explain(path)
    assert e.outcome is not None
    open_widget(page, source, "#" + to_fragment(path))
    assert shown_outcome(page) == (e.outcome.id, list(e.cites))
    title_there = page.locator("[data-outcome] .dtw-heading").inner_text()
    assert title_there == e.outcome.title[source]

    # Through the header's language switcher: same page, same fragment, other language.
    page.locator(".md-header .md-select").hover()
    page.locator(f'.md-select__link[hreflang="{target}"]').click()
    page.wait_for_url(f"**/{widget_url(target, '#' + to_fragment(path))}")
    page.wait_for_selector(READY)
    assert shown_outcome(page) == (e.outcome.id, list(e.cites))
    assert page.locator("[data-outcome] .dtw-heading").inner_text() == e.outcome.title[target]


def test_the_widgets_back_and_start_over_agree_with_the_browsers_back(page: Page, lang: Lang) -> None:
    """Widget Back, the trail and Start over walk the history the answers made: afterwards the
    browser's Back goes where the widget's Back would, never to the path just left."""
    before = LANG_PREFIX[lang] + "paths/"
    page.goto(before)
    open_widget(page, lang)
    entries = page.evaluate("history.length")
    walk(page, FINE_TUNE[:3])
    page.locator(f'[data-question="{_asked(3)}"]').wait_for()
    page.mouse.wheel(0, 300)  # the theme records the scroll position in the history entry
    page.wait_for_timeout(300)

    page.locator("[data-dt-controls] [data-dt-back]").click()
    page.locator(f'[data-question="{_asked(2)}"]').wait_for()
    page.wait_for_url(lambda url: url.endswith("#" + to_fragment(FINE_TUNE[:2])))
    page.go_back()  # the browser's Back: one more answer back, not to the path just left
    page.locator(f'[data-question="{_asked(1)}"]').wait_for()
    assert page.url.endswith("#" + to_fragment(FINE_TUNE[:1]))

    page.go_forward()
    page.locator(f'[data-question="{_asked(2)}"]').wait_for()
    page.locator("[data-dt-trail] [data-dt-goto]").first.click()  # "change" the first answer
    page.locator('[data-question="goal"]').wait_for()
    page.wait_for_url(lambda url: url.endswith(widget_url(lang)))
    assert page.evaluate("history.length") == entries + 3, "going back made no history entry"

    walk(page, ("facts", "nothing-else"))
    shown_outcome(page)
    page.locator("[data-dt-controls] [data-dt-restart]").click()
    page.locator('[data-question="goal"]').wait_for()
    page.wait_for_url(lambda url: url.endswith(widget_url(lang)))
    page.go_back()  # from the start, the browser's Back leaves the tree
    page.wait_for_url(f"**/{before}")


_PRESS_AND_WATCH_SCROLL = """(selector) => new Promise((resolve) => {
  // The scroll offset each frame painted, for 300 ms and at least 8 frames after one press of a
  // widget button (a loaded machine paints fewer frames in 300 ms): read in a task queued from
  // the frame's animation callbacks, which runs once it is rendered.
  const frames = [];
  const start = performance.now();
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    frames.push(scrollY);
    if (performance.now() - start < 300 || frames.length < 8) requestAnimationFrame(frame);
    else resolve(frames);
  };
  const frame = () => channel.port2.postMessage(null);
  document.querySelector(selector).click();
  requestAnimationFrame(frame);
})"""


@pytest.mark.parametrize("button", ["back", "restart"])
def test_back_and_start_over_keep_the_view_where_it_first_shows(page: Page, lang: Lang, button: str) -> None:
    """The widget shows the view before history lands on its entry, and the browser then
    restores the offset the reader left that entry at. No frame may paint the view at one
    offset and then another: the page holds one position from the first frame on, with the
    focused heading in sight."""
    open_widget(page, lang)
    walk(page, FINE_TUNE)
    shown_outcome(page)
    page.mouse.wheel(0, 600)  # reading down the outcome card
    page.wait_for_timeout(300)
    frames = page.evaluate(_PRESS_AND_WATCH_SCROLL, f"[data-dt-controls] [data-dt-{button}]")
    landed = "#" + to_fragment(FINE_TUNE[:-1]) if button == "back" else widget_url(lang)
    page.wait_for_url(lambda url: url.endswith(landed))
    assert len(frames) >= 8
    assert set(frames) == {frames[0]}, f"the page moved after the view showed: {frames}"
    heading = page.locator("[data-dt-stage] .dtw-heading")
    expect(heading).to_be_focused()
    expect(heading).to_be_in_viewport()


def test_back_from_a_shared_link_replaces_the_entry_instead_of_adding_one(page: Page, lang: Lang) -> None:
    before = LANG_PREFIX[lang] + "paths/"
    page.goto(before)
    open_widget(page, lang, "#" + to_fragment(FINE_TUNE))
    shown_outcome(page)
    entries = page.evaluate("history.length")
    page.locator("[data-dt-controls] [data-dt-back]").click()
    page.locator(f'[data-question="{_asked(len(FINE_TUNE) - 1)}"]').wait_for()
    page.locator("[data-dt-controls] [data-dt-restart]").click()
    page.locator('[data-question="goal"]').wait_for()
    assert page.evaluate("history.length") == entries
    page.go_back()
    page.wait_for_url(f"**/{before}")


_PRESS_AND_WATCH = """(selector) => new Promise((resolve) => {
  // What happens after one press of the widget's own button: each render of the stage and
  // each popstate, with the URL's fragment at that moment.
  const seen = [];
  const stage = document.querySelector("[data-dt-stage]");
  new MutationObserver(() => seen.push(["render", location.hash])).observe(stage, { childList: true });
  addEventListener("popstate", () => {
    seen.push(["popstate", location.hash]);
    setTimeout(() => resolve(seen), 300);
  });
  document.querySelector(selector).click();
})"""


@pytest.mark.parametrize("button", ["back", "restart"])
def test_back_and_start_over_show_their_view_at_once_and_history_follows(page: Page, lang: Lang, button: str) -> None:
    """The view comes first (the reply is at hand), then history walks onto it: the popstate
    that follows finds that view shown and renders nothing again."""
    open_widget(page, lang)
    walk(page, FINE_TUNE)
    shown_outcome(page)
    page.wait_for_timeout(200)  # the replies for Back and Start over are asked for in the background
    seen = page.evaluate(_PRESS_AND_WATCH, f"[data-dt-controls] [data-dt-{button}]")
    target = FINE_TUNE[:-1] if button == "back" else ()
    landed = "#" + to_fragment(target) if target else ""
    assert seen == [["render", "#" + to_fragment(FINE_TUNE)], ["popstate", landed]]
    question = explain(target).question
    assert question is not None
    expect(page.locator(f'[data-question="{question.id}"] .dtw-heading')).to_be_focused()
    # History agrees with what is shown: Back goes one more answer back, Forward from the start
    # to the first answer.
    if target:
        page.go_back()
        page.locator(f'[data-question="{_asked(len(target) - 1)}"]').wait_for()
    else:
        page.go_forward()
        page.locator(f'[data-question="{_asked(1)}"]').wait_for()
