"""Click latency on a ready widget page, and how much of it is the page's and how much the widget's.

Every path of the tree is clicked answer by answer (a restart between paths) on one ready
widget page, each click on a settled page, timed from dispatch to the DOM change and to the
end of the next frame (a task queued from the next animation frame runs after that frame's
style, layout and paint).

Then the same page *replays* what each click left behind, with none of the widget's code: the
widget's DOM as it was after the click (cloned then), the diagram's highlight, the focus on
the new heading and the page's scroll position. The replay's next frame is what this browser
needs to show that view on this page, whatever code produced it: the card's style, layout and
paint, and the page's reflow around it. The widget's own share of a click is then its frame
minus the replay's, click by click (paired, so a busy moment slows both alike). Every view
is replayed twice: the two replays do the same work, so their difference says how much of
that share, at the median and in the tail, is the browser's own noise.

Why both: on this Material page even a pre-built card swapped in costs more than the 5 ms the
first target asked of a whole click (issue 13), so the widget's own share is what its code
can still improve.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from playwright.sync_api import Browser, Page

from decision_tree import Path, explain, paths

TIMEOUT_MS = 180_000
TARGET_CLICK_MEDIAN_MS = 5.0
TARGET_CLICK_P95_MS = 10.0
WHERE = ("widget", "diagram")

# A reader clicks a settled page, having read the question: the previous click's frame
# painted and its transitions (the diagram's 150 ms fade) over. While one runs, Chromium
# renders a frame every 16.7 ms, so a click then waits for the next one (8 ms on average).
# (At most 300 ms: waiting on every animation's `finished` once hung the bench for good.)
_SETTLE = """
  const ending = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime < Infinity);
  const ended = Promise.all(ending.map((animation) => animation.finished.catch(() => {})));
  await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 300))]);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
"""

# A task queued from the next animation frame runs once that frame's rendering is done.
_NEXT_FRAME = """
  let frameStart = null;
  await new Promise((resolve) => requestAnimationFrame(() => {
    frameStart = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  }));
  const times = [dom - start, performance.now() - start, frameStart - dom, performance.now() - frameStart];
"""

# What the page shows now, kept for the replay (after the measured frame, so untimed); and
# whether the diagram's frame is on screen, which the series' names only say of its start.
_KEEP = """() => {
  const frame = document.querySelector(".dt-diagram__scroll");
  (window.__dtReplay ??= []).push({
    root: document.querySelector("[data-dt-widget]").cloneNode(true),
    on: [...document.querySelectorAll(".dt-on-path")].map((node) => node.id),
    answered: document.querySelector("svg.dt-diagram__svg").hasAttribute("data-dt-answered"),
    x: scrollX, y: scrollY, frameX: frame.scrollLeft, frameY: frame.scrollTop,
  });
  const box = frame.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight;
}"""

_CLICK = f"""async (selector) => {{
  {_SETTLE}
  const stage = document.querySelector("[data-dt-stage]");
  let dom = null;
  const changed = new Promise((resolve) => {{
    const observer = new MutationObserver(() => {{ observer.disconnect(); dom = performance.now(); resolve(); }});
    observer.observe(stage, {{ childList: true }});
  }});
  const start = performance.now();
  document.querySelector(selector).click();
  await changed;
  {_NEXT_FRAME}
  return times;
}}"""

# Show kept view `index` as the widget left it, with no widget code: its DOM (cloned before
# the clock starts), the path's highlight, the focus and the scroll positions.
_SHOW = """
  const kept = window.__dtReplay[index];
  const root = document.querySelector("[data-dt-widget]");
  const nodes = [...kept.root.cloneNode(true).childNodes];
  const svg = document.querySelector("svg.dt-diagram__svg");
  const frame = document.querySelector(".dt-diagram__scroll");
  // The frame keeps its own scroll offset off screen, as it did through the clicks; but
  // while `content-visibility: auto` skips its drawing, it has nothing to scroll and a
  // scrollTo is lost. Reading the drawing's box lays it out first (untimed, like the clone).
  if (frame.scrollLeft !== kept.frameX || frame.scrollTop !== kept.frameY) {
    svg.getBoundingClientRect();
    frame.scrollTo(kept.frameX, kept.frameY);
  }
  const start = performance.now();
  root.replaceChildren(...nodes);
  const on = new Set(kept.on);
  for (const node of document.querySelectorAll(".dt-on-path")) {
    if (!on.has(node.id)) node.classList.remove("dt-on-path");
  }
  for (const id of on) document.getElementById(id)?.classList.add("dt-on-path");
  svg.toggleAttribute("data-dt-answered", kept.answered);
  root.querySelector(".dtw-heading")?.focus({ preventScroll: true });
  if (scrollX !== kept.x || scrollY !== kept.y) scrollTo(kept.x, kept.y);
  const dom = performance.now();
"""

# The replay checks itself: the widget's DOM, the highlight, the focus and the scroll position
# are those the click left, or the replay would time another page.
_REPLAY = f"""async (index) => {{
  {_SETTLE}
  {_SHOW}
  {_NEXT_FRAME}
  const highlight = (ids) => [...ids].sort().join(" ");
  const heading = root.querySelector(".dtw-heading");
  const faithful = {{
    dom: root.innerHTML === kept.root.innerHTML,
    highlight: highlight([...document.querySelectorAll(".dt-on-path")].map((node) => node.id)) === highlight(kept.on),
    focus: heading === null || document.activeElement === heading,
    scroll: Math.abs(scrollY - kept.y) < 1 && Math.abs(frame.scrollLeft - kept.frameX) < 1,
  }};
  return [times, Object.keys(faithful).filter((key) => !faithful[key])];
}}"""


@dataclass
class Clicks:
    """Per click, in ms: to the DOM change, to the end of the next frame, and the frame's two parts.

    `wait`: from the DOM change to the frame's start (its animation-frame callbacks), the
    time the browser's frame schedule holds the change; `render`: from there to the task
    after the frame, the frame's style, layout, paint and commit of the changed page.
    `replay`: the same click's view shown again without the widget's code, to its next frame;
    `again`: a second replay of every view, which does exactly the same work, so its difference
    from the first is what pairing alone leaves of the browser's noise (`noise`).
    """

    dom: list[float] = field(default_factory=list)
    frame: list[float] = field(default_factory=list)
    wait: list[float] = field(default_factory=list)
    render: list[float] = field(default_factory=list)
    replay: list[float] = field(default_factory=list)
    again: list[float] = field(default_factory=list)
    # Replays that did not show what their click left, and how: "3: scroll" (see `replay`).
    unlike: list[str] = field(default_factory=list)
    # Per click, whether the diagram's frame was on screen after it. A series starts with the
    # widget or the diagram in view, but an answer brings the widget's view into sight
    # (dt-widget.mjs, `reveal`), and Start over returns to where the reader first answered.
    diagram_on_screen: list[bool] = field(default_factory=list)

    def own(self) -> list[float]:
        """The widget's own share of each click: its next frame minus the replay's."""
        return _paired(self.frame, self.replay)

    def noise(self) -> list[float]:
        """The same view replayed twice, second minus first: the paired measure's own spread."""
        return _paired(self.again, self.replay)


def _paired(times: list[float], baseline: list[float]) -> list[float]:
    """Each time minus the baseline's time for the same view."""
    return [time - base for time, base in zip(times, baseline, strict=True)]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def click_latencies(browser: Browser, url: str, where: str, walk: Sequence[Path] | None = None) -> Clicks:
    """Time every click of every path (or of `walk`), restarts included, on one ready widget page; then replay each."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector('[data-dt-widget][data-engine="ready"]', timeout=TIMEOUT_MS)
        assert page.locator("svg.dt-diagram__svg").count() == 1, "the diagram is on the page"
        if where == "diagram":
            page.evaluate("() => document.querySelector('.dt-diagram__scroll').scrollIntoView({ block: 'end' })")
        page.wait_for_timeout(500)
        page.evaluate(_KEEP)
        clicks = Clicks()

        def click(selector: str) -> None:
            d, f, w, r = page.evaluate(_CLICK, selector)
            clicks.diagram_on_screen.append(page.evaluate(_KEEP))
            clicks.dom.append(d)
            clicks.frame.append(f)
            clicks.wait.append(w)
            clicks.render.append(r)

        for number, path in enumerate(paths() if walk is None else walk):
            if number:
                click("[data-dt-controls] [data-dt-restart]")
            for step in explain(path).steps:
                click(f'[data-question="{step.question.id}"] [data-answer="{step.answer.id}"]')
            assert page.locator("[data-outcome]").count() == 1
            assert page.locator("svg .dt-on-path").count() > 0, "the highlight works"
        clicks.replay, clicks.unlike = replay(page, len(clicks.frame))
        clicks.again, unlike = replay(page, len(clicks.frame))
        clicks.unlike += [f"again {view}" for view in unlike]
        return clicks
    finally:
        context.close()


def replay(page: Page, count: int) -> tuple[list[float], list[str]]:
    """Each kept view shown again in turn, from the first one (the page before any click).

    Returns the replays' times, and those replays that differed from what their click left:
    counted and printed, not hidden, since a view the page shows in its own way would make
    that click's share meaningless (tests/widget/test_click_bench.py wants none).
    """
    page.evaluate(f"async (index) => {{ {_SHOW} }}", 0)
    times, differing = [], []
    for index in range(1, count + 1):
        (_, frame, _, _), unlike = page.evaluate(_REPLAY, index)
        if unlike:
            differing.append(f"{index}: {', '.join(unlike)}")
        times.append(frame)
    assert page.locator("[data-outcome]").count() == 1, "the replay ends on the last path's outcome"
    assert page.locator("svg .dt-on-path").count() > 0, "with its highlight"
    return times, differing


def summarise_clicks(clicks: dict[str, Clicks]) -> dict[str, dict[str, float]]:
    """Medians and tails of each series of clicks (see `Clicks`)."""
    return {where: _summary(c) for where, c in clicks.items()}


def _summary(c: Clicks) -> dict[str, float]:
    return {
        "count": len(c.dom),
        **_median_and_p95("dom", c.dom),
        **_median_and_p95("frame", c.frame),
        "frame_max_ms": max(c.frame),
        "wait_median_ms": statistics.median(c.wait),
        **_median_and_p95("render", c.render),
        **_median_and_p95("replay", c.replay),
        **_median_and_p95("own", c.own()),
        **_median_and_p95("noise", c.noise()),
        "replays_unlike": len(c.unlike),
        "diagram_on_screen": sum(c.diagram_on_screen),
    }


def _median_and_p95(name: str, values: list[float]) -> dict[str, float]:
    return {f"{name}_median_ms": statistics.median(values), f"{name}_p95_ms": percentile(values, 0.95)}


def click_lines(clicks: dict[str, Any]) -> Iterator[str]:
    for where, c in clicks.items():
        ok = c["frame_median_ms"] <= TARGET_CLICK_MEDIAN_MS and c["frame_p95_ms"] <= TARGET_CLICK_P95_MS
        yield (
            f"Clicks, {where} in view at the start ({c['count']} clicks, every path and restart"
            + (f"; the diagram on screen after {c['diagram_on_screen']} of them" if "diagram_on_screen" in c else "")
            + "): "
            f"DOM change median {c['dom_median_ms']:.1f} ms, p95 {c['dom_p95_ms']:.1f} ms; "
            f"next frame median {c['frame_median_ms']:.1f} ms, p95 {c['frame_p95_ms']:.1f} ms, "
            f"max {c['frame_max_ms']:.1f} ms "
            f"[after the DOM change: median {c['wait_median_ms']:.1f} ms until the frame starts, "
            f"{c['render_median_ms']:.1f} ms (p95 {c['render_p95_ms']:.1f}) to render it] "
            f"(target ≤ {TARGET_CLICK_MEDIAN_MS:.0f} / ≤ {TARGET_CLICK_P95_MS:.0f} ms: "
            f"{'met' if ok else 'NOT met'})"
        )
        if "replay_median_ms" in c:
            yield (
                f"  the same views replayed without the widget's code (the page's own cost): next frame "
                f"median {c['replay_median_ms']:.1f} ms, p95 {c['replay_p95_ms']:.1f} ms; "
                f"the widget's own share (click minus replay, paired): median {c['own_median_ms']:.1f} ms, "
                f"p95 {c['own_p95_ms']:.1f} ms"
                + (f" ({c['replays_unlike']} replays differed from their click)" if c.get("replays_unlike") else "")
            )
        if "noise_median_ms" in c:
            yield (
                f"  the measure's own noise (every view replayed twice, second minus first, paired as above): "
                f"median {c['noise_median_ms']:.1f} ms, p95 {c['noise_p95_ms']:.1f} ms"
            )
