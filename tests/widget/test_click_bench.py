"""`make bench`'s click replay (benchmarks/clicks.py) shows what each click showed.

The replay is the bench's measure of the page's own cost of a view, so a replay that showed
another DOM, highlight, focus or scroll position would make the widget's share meaningless;
the replay checks each of its views itself, and this runs it on two paths and wants no
difference.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from benchmarks.clicks import WHERE, click_latencies
from decision_tree import explain, paths

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("where", WHERE)
def test_every_click_is_replayed_as_it_was_shown(browser: Browser, base_url: str, where: str) -> None:
    # Three paths: the second Start over is where the diagram comes back into view with its
    # frame scrolled while off screen (a replay once lost that scroll, the only one to differ).
    walk = [*paths()[:3], paths()[-1]]
    clicks = click_latencies(browser, base_url + "decision-tree/", where, walk)
    expected = sum(len(explain(path).steps) for path in walk) + len(walk) - 1  # the answers and the restarts
    assert len(clicks.frame) == len(clicks.replay) == len(clicks.again) == expected
    assert all(value > 0 for value in clicks.frame + clicks.replay + clicks.again)
    assert all(dom < frame for dom, frame in zip(clicks.dom, clicks.frame, strict=True))
    assert len(clicks.own()) == len(clicks.noise()) == expected
    assert clicks.unlike == [], "each replay shows the DOM, highlight, focus and scroll its click left"
    assert len(clicks.diagram_on_screen) == expected
    # Begun on the diagram, Start over returns there (the browser restores where the reader
    # first answered): the series does time views with the diagram on screen.
    assert any(clicks.diagram_on_screen) == (where == "diagram")
