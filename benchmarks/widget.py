"""`make bench`: how fast the widget answers, against a page that only loads Pyodide.

One Chromium, one run: for each cache state (cold: a fresh browser context per load; warm:
the same context, primed by one unmeasured load) the bare page and the widget page load
alternately, so a busy machine slows both alike. Per load it records:

- first question visible: the Element Timing render time of the pre-rendered question
  heading (`elementtiming="dt-first-question"`), and how long after DOMContentLoaded it came;
- engine ready: the `dt:engine-ready` mark (bare page: `bare:ready`, when `loadPyodide`
  resolved), from navigation start; the ratio compares the medians;
- bytes transferred: response headers and bodies of every request of the page and its worker.

Then per-click latency on a ready widget: every path of the tree clicked answer by answer
(with a restart between paths), each click on a settled page timed from dispatch to the
next frame after the widget re-rendered. Both servers send `Cache-Control: max-age=600`, as GitHub Pages does.
Prints a table and writes JSON to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Request, sync_playwright

from benchmarks.bare_page import make_bare_site
from decision_tree import explain, paths
from tools.dev.browser import CHROMIUM_ARGS, chromium_path
from tools.dev.server import serve

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
CACHE_HEADERS = {"Cache-Control": "max-age=600"}
TIMEOUT_MS = 120_000

TARGET_FIRST_QUESTION_MS = 100.0
TARGET_READY_RATIO = 1.15
TARGET_CLICK_MEDIAN_MS = 30.0

_TIMINGS = """async (mark) => {
  const nav = performance.getEntriesByType("navigation")[0];
  const ready = performance.getEntriesByName(mark)[0];
  const element = await new Promise((resolve) => {
    const timeout = setTimeout(() => resolve(null), 1000);
    new PerformanceObserver((list) => {
      const entry = list.getEntries().find((e) => e.identifier === "dt-first-question");
      if (entry) { clearTimeout(timeout); resolve(entry); }
    }).observe({ type: "element", buffered: true });
  });
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  return {
    dcl: nav.domContentLoadedEventStart,
    ready: ready ? ready.startTime : null,
    first_question: element ? (element.renderTime || element.loadTime) : null,
    fcp: paint ? paint.startTime : null,
  };
}"""

_CLICK = """async (selector) => {
  // A reader clicks a settled page: let the previous click's frame finish painting first.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  const stage = document.querySelector("[data-dt-stage]");
  const changed = new Promise((resolve) => {
    const observer = new MutationObserver(() => { observer.disconnect(); resolve(); });
    observer.observe(stage, { childList: true });
  });
  const start = performance.now();
  document.querySelector(selector).click();
  await changed;
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  return performance.now() - start;
}"""


@dataclass
class Load:
    """One page load's figures, in milliseconds from navigation start (bytes in bytes)."""

    dcl: float
    ready: float
    first_question: float | None
    fcp: float | None
    bytes: int


@dataclass
class Series:
    page: str
    cache: str
    loads: list[Load] = field(default_factory=list)

    def median(self, name: str) -> float | None:
        values = [getattr(load, name) for load in self.loads if getattr(load, name) is not None]
        return statistics.median(values) if values else None

    def first_question_after_dcl(self) -> float | None:
        values = [load.first_question - load.dcl for load in self.loads if load.first_question is not None]
        return statistics.median(values) if values else None


def measure_load(context: BrowserContext, url: str, mark: str) -> Load:
    sizes: list[int] = []

    def finished(request: Request) -> None:
        s = request.sizes()
        sizes.append(s["responseHeadersSize"] + s["responseBodySize"])

    context.on("requestfinished", finished)
    page = context.new_page()
    try:
        page.goto(url, wait_until="commit")
        page.wait_for_function("m => performance.getEntriesByName(m).length > 0", arg=mark, timeout=TIMEOUT_MS)
        page.wait_for_load_state("networkidle")
        timings: dict[str, Any] = page.evaluate(_TIMINGS, mark)
    finally:
        page.close()
        context.remove_listener("requestfinished", finished)
    return Load(
        dcl=timings["dcl"],
        ready=timings["ready"],
        first_question=timings["first_question"],
        fcp=timings["fcp"],
        bytes=sum(sizes),
    )


def click_latencies(browser: Browser, url: str) -> list[float]:
    """Time every click of every path, restarts included, on one ready widget page."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector('[data-dt-widget][data-engine="ready"]', timeout=TIMEOUT_MS)
        times: list[float] = []
        for number, path in enumerate(paths()):
            if number:
                times.append(page.evaluate(_CLICK, "[data-dt-controls] [data-dt-restart]"))
            for step in explain(path).steps:
                selector = f'[data-question="{step.question.id}"] [data-answer="{step.answer.id}"]'
                times.append(page.evaluate(_CLICK, selector))
            assert page.locator("[data-outcome]").count() == 1
        return times
    finally:
        context.close()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run(site_dir: Path, runs: int, lang_prefix: str) -> dict[str, Any]:
    series = {(p, c): Series(p, c) for p in ("bare", "widget") for c in ("cold", "warm")}
    with ExitStack() as stack:
        bare_dir = make_bare_site(site_dir, Path(stack.enter_context(tempfile.TemporaryDirectory())))
        site_url = stack.enter_context(serve(site_dir, CACHE_HEADERS))
        bare_url = stack.enter_context(serve(bare_dir, CACHE_HEADERS))
        urls = {
            "bare": (bare_url + "bare/", "bare:ready"),
            "widget": (f"{site_url}{lang_prefix}decision-tree/", "dt:engine-ready"),
        }
        p = stack.enter_context(sync_playwright())
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
        stack.callback(browser.close)
        # Warm runs need a disk cache: an ephemeral context keeps responses in memory and
        # never stores one as large as pyodide.asm.wasm, which a real browser would.
        warm: dict[str, BrowserContext] = {}
        for name in urls:
            profile = stack.enter_context(tempfile.TemporaryDirectory())
            warm[name] = p.chromium.launch_persistent_context(
                profile, executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True
            )
            stack.callback(warm[name].close)
        for name, (url, mark) in urls.items():
            measure_load(warm[name], url, mark)  # prime the cache: not measured
        for _ in range(runs):
            for name, (url, mark) in urls.items():
                cold = browser.new_context()
                try:
                    series[(name, "cold")].loads.append(measure_load(cold, url, mark))
                finally:
                    cold.close()
                series[(name, "warm")].loads.append(measure_load(warm[name], url, mark))
        clicks = click_latencies(browser, urls["widget"][0])
        version = browser.version
    return report(series, clicks, runs, version)


def report(series: dict[tuple[str, str], Series], clicks: list[float], runs: int, version: str) -> dict[str, Any]:
    summary: dict[str, Any] = {}
    for cache in ("cold", "warm"):
        bare, widget = series[("bare", cache)], series[("widget", cache)]
        bare_ready, widget_ready = bare.median("ready"), widget.median("ready")
        summary[cache] = {
            "bare_ready_ms": bare_ready,
            "widget_ready_ms": widget_ready,
            "ready_ratio": widget_ready / bare_ready if bare_ready and widget_ready else None,
            "first_question_ms": widget.median("first_question"),
            "first_question_after_dcl_ms": widget.first_question_after_dcl(),
            "widget_dcl_ms": widget.median("dcl"),
            "bare_bytes": bare.median("bytes"),
            "widget_bytes": widget.median("bytes"),
        }
    summary["clicks"] = {
        "count": len(clicks),
        "median_ms": statistics.median(clicks),
        "p95_ms": percentile(clicks, 0.95),
        "max_ms": max(clicks),
    }
    summary["targets"] = {
        "first_question_within_ms_of_dcl": TARGET_FIRST_QUESTION_MS,
        "ready_ratio_at_most": TARGET_READY_RATIO,
        "click_median_below_ms": TARGET_CLICK_MEDIAN_MS,
    }
    return {
        "runs": runs,
        "browser": f"Chromium {version}",
        "machine": f"{platform.system()} {platform.machine()}, Python {platform.python_version()}",
        "summary": summary,
        "loads": {f"{p}-{c}": [asdict(load) for load in s.loads] for (p, c), s in series.items()},
        "clicks_ms": clicks,
    }


def _fmt(value: float | None, unit: str = " ms") -> str:
    return "–" if value is None else f"{value:,.0f}{unit}"


def table(result: dict[str, Any]) -> Iterator[str]:
    s = result["summary"]
    yield f"Widget benchmark: {result['runs']} runs per cell, {result['browser']}, {result['machine']}"
    yield ""
    yield f"| {'':38} | {'cold cache':>14} | {'warm cache':>14} | target |"
    yield f"| {'-' * 38} | {'-' * 14}:| {'-' * 14}:| ------ |"
    rows = [
        ("bare page: Pyodide ready (median)", "bare_ready_ms", " ms", ""),
        ("widget: engine ready (median)", "widget_ready_ms", " ms", ""),
        ("ratio engine ready / bare Pyodide", "ready_ratio", "", f"≤ {TARGET_READY_RATIO}"),
        ("widget: DOMContentLoaded", "widget_dcl_ms", " ms", ""),
        ("widget: first question visible", "first_question_ms", " ms", ""),
        (
            "first question − DOMContentLoaded",
            "first_question_after_dcl_ms",
            " ms",
            f"≤ {TARGET_FIRST_QUESTION_MS:.0f} ms",
        ),
        ("bare page: bytes transferred", "bare_bytes", " B", ""),
        ("widget page: bytes transferred", "widget_bytes", " B", ""),
    ]
    for label, key, unit, target in rows:
        cells = []
        for cache in ("cold", "warm"):
            value = s[cache][key]
            cells.append(f"{value:.3f}" if key == "ready_ratio" and value is not None else _fmt(value, unit))
        yield f"| {label:38} | {cells[0]:>14} | {cells[1]:>14} | {target} |"
    c = s["clicks"]
    yield ""
    yield (
        f"Per click ({c['count']} clicks, every path and restart): median {c['median_ms']:.1f} ms, "
        f"p95 {c['p95_ms']:.1f} ms, max {c['max_ms']:.1f} ms (target: median < {TARGET_CLICK_MEDIAN_MS:.0f} ms)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (make build)")
    parser.add_argument("--runs", type=int, default=5, help="loads per page and cache state (at least 5)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if args.runs < 5:
        parser.error("--runs must be at least 5")
    if not (args.site / "decision-tree" / "index.html").is_file():
        parser.error(f"no built site in {args.site}: run `make build`")
    result = run(args.site, args.runs, "" if args.lang == "zh" else "en/")
    result["lang"] = args.lang
    for line in table(result):
        print(line)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for name in (f"widget-{stamp}.json", "widget-latest.json"):
        (args.out / name).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nJSON: {args.out / f'widget-{stamp}.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
