"""Re-highlighting the path touches only what changed (issue 13: a click must not restyle the whole drawing).

The diagram's own tests check what the reader sees (tests/diagram); here, what an answer costs the
browser: the attribute mutations inside the inline SVG. An answer changes the class of only the
groups that join or leave the path; the dimming of the rest is one attribute on the drawing's root
that flips once per path (first answer, restart), never a selector (`:has()`) that makes every
class change restyle the whole figure.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from decision_tree import explain

from .conftest import answer_button, open_widget

pytestmark = pytest.mark.browser

_RECORD = """() => {
  window.__svgMutations = [];
  const svg = document.querySelector("svg.dt-diagram__svg");
  new MutationObserver((records) => {
    for (const r of records) window.__svgMutations.push(`${r.target.id || r.target.tagName}:${r.attributeName}`);
  }).observe(svg, { attributes: true, subtree: true, attributeFilter: ["class", "data-dt-answered"] });
}"""

_TAKE = """() => { const found = window.__svgMutations; window.__svgMutations = []; return found; }"""


def _lit(page: Page) -> set[str]:
    return set(page.locator("svg.dt-diagram__svg .dt-on-path").evaluate_all("els => els.map(e => e.id)"))


def test_an_answer_changes_only_the_groups_that_join_or_leave_the_path(page: Page) -> None:
    path = ("format-style", "nothing-else", "narrow", "tried-failed", "good")
    open_widget(page, "en")
    svg = page.locator("svg.dt-diagram__svg")
    assert svg.get_attribute("data-dt-answered") is None, "nothing is dimmed before the first answer"
    page.evaluate(_RECORD)
    before = _lit(page)
    for depth, answer in enumerate(path, start=1):
        step = explain(path[:depth]).steps[-1]
        answer_button(page, step.question.id, answer).click()
        expected_count = 2 * depth + 1  # questions and answers so far, and where the path stands
        page.wait_for_function("n => document.querySelectorAll('.dt-on-path').length === n", arg=expected_count)
        after = _lit(page)
        changed = page.evaluate(_TAKE)
        classes = sorted(m.split(":")[0] for m in changed if m.endswith(":class"))
        assert classes == sorted(before ^ after), f"answer {depth}: only the groups that joined or left"
        flips = [m for m in changed if m.endswith(":data-dt-answered")]
        assert flips == (["svg:data-dt-answered"] if depth == 1 else []), "the dimming flips once per path"
        assert svg.get_attribute("data-dt-answered") == ""
        before = after
    page.locator("[data-dt-controls] [data-dt-restart]").click()
    page.locator('[data-question="goal"]').wait_for()
    page.wait_for_function("() => document.querySelectorAll('.dt-on-path').length === 1")
    assert [m for m in page.evaluate(_TAKE) if m.endswith(":data-dt-answered")] == ["svg:data-dt-answered"]
    assert svg.get_attribute("data-dt-answered") is None, "a restart undims the tree"
