"""`make bench`: what readers get from the widget, against a page that only loads Pyodide.

One Chromium, one run, both pages served gzipped with `Cache-Control: max-age=600` as GitHub
Pages serves them. Cells: page (bare Pyodide, widget) × visit × link, each load of the bare
page followed by one of the widget, so a busy machine slows both alike:

- visit: *first* (a fresh browser context: nothing cached), *repeat* (one persistent profile
  per page, primed by two unmeasured visits: HTTP cache, V8 and WebAssembly code caches, and for
  the widget the engine's memory snapshot in the Cache API; service workers blocked, so the
  widget's requests go to the network as they did before it had one) or *repeat-sw* (the
  same with the site's service worker registered, active and its offline copy complete: every
  request of the page and its worker passes through it; the bare page has no service worker,
  so its repeat loads stand beside both);
- link: *unthrottled* (loopback) or *throttled* (Chromium's network emulation on the page and
  its worker: 10 Mbit/s down and up, 40 ms latency).

Per load: engine ready (`dt:engine-ready`; bare page: `bare:ready`, when `loadPyodide`
resolved), from navigation start, with where the engine came from (snapshot restored or
not) and whether a service worker controlled the page; DOMContentLoaded; the first
question's Element Timing render time; bytes transferred.
Ratios compare medians of the same run; the spread is the interquartile range.

Then per-click latency on a ready widget, with the diagram on the page and the highlight
working: every path of the tree clicked answer by answer (a restart between paths), each click
on a settled page timed from dispatch to the DOM change (the widget re-rendered) and to the
next frame, once begun with the widget in view and once with the diagram in view (answers
bring the widget's view into sight; Start over returns to where the reader began); and the
same views replayed twice without the widget's code, so the page's own cost, the widget's
share and the noise of that paired measure stand apart (benchmarks/clicks.py).

And: how soon the failure sentence comes when the worker may not compile WebAssembly (its
policy lacks 'wasm-unsafe-eval'), and the bytes of Pyodide a page without the widget loads.
Prints the load average before and after, a table, and writes JSON to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Page, Playwright, Request, sync_playwright

from benchmarks.bare_page import make_bare_site
from benchmarks.clicks import (
    TARGET_CLICK_MEDIAN_MS,
    TARGET_CLICK_P95_MS,
    TIMEOUT_MS,
    WHERE,
    Clicks,
    click_latencies,
    click_lines,
    summarise_clicks,
)
from scripts.csp import WORKER_SCRIPT, page_policy, policy_for
from tools.dev.browser import CHROMIUM_ARGS, chromium_path
from tools.dev.server import serve

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
CACHE_HEADERS = {"Cache-Control": "max-age=600"}
THROTTLE = {"offline": False, "latency": 40, "downloadThroughput": 10e6 / 8, "uploadThroughput": 10e6 / 8}
SNAPSHOT_CACHE = "dt-engine-snapshots"

TARGET_FIRST_QUESTION_MS = 100.0
TARGET_REPEAT_RATIO = 0.5
TARGET_FIRST_RATIO = 1.05
TARGET_FAILURE_MS = 1000.0

VISITS = ("first", "repeat", "repeat-sw")
LINKS = ("unthrottled", "throttled")
PAGES = ("bare", "widget")

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
  return {
    dcl: nav.domContentLoadedEventStart,
    ready: ready ? ready.startTime : null,
    source: ready && ready.detail ? ready.detail.source ?? null : null,
    first_question: element ? (element.renderTime || element.loadTime) : null,
    controlled: Boolean(navigator.serviceWorker && navigator.serviceWorker.controller),
  };
}"""

_SNAPSHOT_STORED = """async (name) => (await (await caches.open(name)).keys()).length > 0"""


def wait_for_snapshot(page: Page) -> None:
    """Poll until the worker has stored its snapshot (after "ready", off the page's thread)."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not page.evaluate(_SNAPSHOT_STORED, SNAPSHOT_CACHE) and time.monotonic() < deadline:
        page.wait_for_timeout(100)


@dataclass
class Load:
    """One page load's figures, in milliseconds from navigation start (bytes in bytes)."""

    dcl: float
    ready: float
    source: str | None
    first_question: float | None
    bytes: int
    bytes_later: int = 0  # after the engine was ready: the offline copy and the snapshot, at idle
    controlled: bool = False


@dataclass
class Series:
    loads: list[Load] = field(default_factory=list)

    def values(self, name: str) -> list[float]:
        return [v for load in self.loads if (v := getattr(load, name)) is not None]

    def median(self, name: str) -> float | None:
        values = self.values(name)
        return statistics.median(values) if values else None

    def spread(self, name: str) -> tuple[float, float] | None:
        values = self.values(name)
        return quartiles(values) if len(values) >= 2 else None

    def first_question_after_dcl(self) -> float | None:
        values = [load.first_question - load.dcl for load in self.loads if load.first_question is not None]
        return statistics.median(values) if values else None


def quartiles(values: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], q[2]


def throttle(page: Page) -> None:
    """Network emulation on the page and on every worker it starts (each is its own target)."""
    session = page.context.new_cdp_session(page)
    session.send("Network.enable")
    session.send("Network.emulateNetworkConditions", THROTTLE)

    def on_worker(worker: Any) -> None:
        # Playwright attaches to dedicated workers; emulate there too (the engine's downloads).
        try:
            worker_session = page.context.new_cdp_session(worker)
            worker_session.send("Network.enable")
            worker_session.send("Network.emulateNetworkConditions", THROTTLE)
        except Exception:  # an old Chromium without worker sessions: page-level emulation only
            pass

    page.on("worker", on_worker)


def measure_load(context: BrowserContext, url: str, mark: str, throttled: bool) -> Load:
    sizes: list[int] = []

    def finished(request: Request) -> None:
        s = request.sizes()
        sizes.append(s["responseHeadersSize"] + s["responseBodySize"])

    context.on("requestfinished", finished)
    page = context.new_page()
    try:
        if throttled:
            throttle(page)
        page.goto(url, wait_until="commit")
        page.wait_for_function("m => performance.getEntriesByName(m).length > 0", arg=mark, timeout=TIMEOUT_MS)
        timings: dict[str, Any] = page.evaluate(_TIMINGS, mark)
        by_ready = sum(sizes)
        if mark == "dt:engine-ready" and timings["source"] == "stored":
            # A first visit stores the snapshot after "ready": let it finish before the page goes.
            wait_for_snapshot(page)
        page.wait_for_load_state("networkidle")
    finally:
        page.close()
        context.remove_listener("requestfinished", finished)
    return Load(
        dcl=timings["dcl"],
        ready=timings["ready"],
        source=timings["source"],
        first_question=timings["first_question"],
        bytes=by_ready,
        bytes_later=sum(sizes) - by_ready,
        controlled=timings["controlled"],
    )


def prime_offline_copy(context: BrowserContext, url: str) -> None:
    """A first widget visit with service workers allowed, until the offline copy is complete."""
    page = context.new_page()
    try:
        page.goto(url)
        page.wait_for_selector('[data-dt-widget][data-engine="ready"]', timeout=TIMEOUT_MS)
        page.wait_for_function(
            "() => performance.getEntriesByName('dt:offline-ready').length > 0"
            " || performance.getEntriesByName('dt:offline-incomplete').length > 0",
            timeout=TIMEOUT_MS,
        )
        if not page.evaluate("() => performance.getEntriesByName('dt:offline-ready').length > 0"):
            raise RuntimeError(f"the offline copy is incomplete: {page.evaluate(_OFFLINE_DETAIL)}")
        wait_for_snapshot(page)
    finally:
        page.close()


_OFFLINE_DETAIL = "() => performance.getEntriesByName('dt:offline-incomplete')[0]?.detail ?? null"


def failure_times(browser: Browser, site_dir: Path, url_prefix: str, runs: int) -> list[dict[str, float]]:
    """Navigation start → failure sentence, when the worker's policy forbids WebAssembly."""

    def policy(path: str) -> str:
        return page_policy(site_dir) if path.split("?")[0].endswith(WORKER_SCRIPT) else policy_for(path, site_dir)

    times = []
    with serve(site_dir, headers_for=lambda path: {**CACHE_HEADERS, "Content-Security-Policy": policy(path)}) as url:
        for _ in range(runs):
            context = browser.new_context()
            try:
                page = context.new_page()
                page.goto(f"{url}{url_prefix}decision-tree/")
                page.wait_for_selector('[data-dt-widget][data-engine="failed"]', timeout=TIMEOUT_MS)
                times.append(
                    page.evaluate(
                        """() => {
                          const start = performance.getEntriesByName("dt:engine-start")[0].startTime;
                          const failed = performance.getEntriesByName("dt:engine-failed")[0].startTime;
                          return { from_navigation: failed, from_engine_start: failed - start };
                        }"""
                    )
                )
            finally:
                context.close()
    return times


def pyodide_bytes_elsewhere(browser: Browser, site_url: str, lang_prefix: str) -> dict[str, int]:
    """Bytes of the engine (Pyodide, the wheel, the worker) each page without the widget loads."""
    found: dict[str, int] = {}
    for page_path in ("", "when-to-fine-tune/", "paths/", "rules/"):
        context = browser.new_context()
        engine: list[int] = []

        def finished(request: Request, engine: list[int] = engine) -> None:
            if "/assets/pyodide/" in request.url or "dt-worker" in request.url:
                s = request.sizes()
                engine.append(s["responseHeadersSize"] + s["responseBodySize"])

        context.on("requestfinished", finished)
        try:
            page = context.new_page()
            page.goto(f"{site_url}{lang_prefix}{page_path}", wait_until="networkidle")
            found[f"/{lang_prefix}{page_path}"] = sum(engine)
        finally:
            context.close()
    return found


def persistent(p: Playwright, stack: ExitStack, service_workers: bool = False) -> BrowserContext:
    profile = stack.enter_context(tempfile.TemporaryDirectory())
    context = p.chromium.launch_persistent_context(
        profile,
        executable_path=chromium_path(),
        args=CHROMIUM_ARGS,
        headless=True,
        service_workers="allow" if service_workers else "block",
    )
    stack.callback(context.close)
    return context


def run(site_dir: Path, runs: int, lang_prefix: str, progress: Callable[[str], None]) -> dict[str, Any]:
    series = {(page, visit, link): Series() for page in PAGES for visit in VISITS for link in LINKS}
    for link in LINKS:
        series[("bare", "repeat-sw", link)] = series[("bare", "repeat", link)]
    load_before = os.getloadavg()
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
        # Repeat visits need a disk cache: an ephemeral context keeps responses in memory and
        # never stores one as large as pyodide.asm.wasm, which a real browser would.
        # Two unmeasured visits each: Chromium makes a script's code cache on its second load
        # and uses it from the third, so every measured load is a reader's usual repeat visit.
        repeat = {name: persistent(p, stack) for name in urls}
        for name, (url, mark) in urls.items():
            for _ in range(2):
                measure_load(repeat[name], url, mark, throttled=False)
        with_worker = persistent(p, stack, service_workers=True)
        prime_offline_copy(with_worker, urls["widget"][0])
        measure_load(with_worker, urls["widget"][0], urls["widget"][1], throttled=False)
        for number in range(runs):
            for link in LINKS:
                for visit in VISITS:
                    for name, (url, mark) in urls.items():
                        if visit == "repeat-sw" and name == "bare":
                            continue  # no service worker there: its repeat loads stand for both
                        if visit == "first":
                            context = browser.new_context()
                            try:
                                load = measure_load(context, url, mark, link == "throttled")
                            finally:
                                context.close()
                        else:
                            profile = with_worker if visit == "repeat-sw" else repeat[name]
                            load = measure_load(profile, url, mark, link == "throttled")
                            if visit == "repeat-sw" and not load.controlled:
                                raise RuntimeError("the repeat visit with the service worker was not controlled by it")
                        series[(name, visit, link)].loads.append(load)
            progress(f"run {number + 1}/{runs} done (load average {os.getloadavg()[0]:.2f})")
        clicks = {where: click_latencies(browser, urls["widget"][0], where) for where in WHERE}
        progress("clicks done")
        failures = failure_times(browser, site_dir, lang_prefix, max(5, runs))
        elsewhere = pyodide_bytes_elsewhere(browser, site_url, lang_prefix)
        version = browser.version
    load_after = os.getloadavg()
    return report(series, clicks, failures, elsewhere, runs, version, load_before, load_after)


def clicks_only(site_dir: Path, lang_prefix: str) -> Iterator[str]:
    """The click figures alone (`--clicks`): quick to repeat while working on the widget's rendering."""
    load_before = os.getloadavg()
    with ExitStack() as stack:
        site_url = stack.enter_context(serve(site_dir, CACHE_HEADERS))
        p = stack.enter_context(sync_playwright())
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
        stack.callback(browser.close)
        url = f"{site_url}{lang_prefix}decision-tree/"
        clicks = {where: click_latencies(browser, url, where) for where in WHERE}
    yield f"Load average (1 min): before {load_before[0]:.2f}, after {os.getloadavg()[0]:.2f}"
    yield from click_lines(summarise_clicks(clicks))


def report(
    series: dict[tuple[str, str, str], Series],
    clicks: dict[str, Clicks],
    failures: list[dict[str, float]],
    elsewhere: dict[str, int],
    runs: int,
    version: str,
    load_before: tuple[float, float, float],
    load_after: tuple[float, float, float],
) -> dict[str, Any]:
    cells: dict[str, Any] = {}
    for visit in VISITS:
        for link in LINKS:
            bare, widget = series[("bare", visit, link)], series[("widget", visit, link)]
            bare_ready, widget_ready = bare.median("ready"), widget.median("ready")
            cells[f"{visit}/{link}"] = {
                "bare_ready_ms": bare_ready,
                "bare_ready_iqr_ms": bare.spread("ready"),
                "widget_ready_ms": widget_ready,
                "widget_ready_iqr_ms": widget.spread("ready"),
                "ready_ratio": widget_ready / bare_ready if bare_ready and widget_ready else None,
                "widget_sources": sorted({load.source or "?" for load in widget.loads}),
                "first_question_after_dcl_ms": widget.first_question_after_dcl(),
                "widget_dcl_ms": widget.median("dcl"),
                "bare_bytes": bare.median("bytes"),
                "widget_bytes": widget.median("bytes"),
                "widget_bytes_later": widget.median("bytes_later"),
            }
    click_summary = summarise_clicks(clicks)
    failure_ms = [f["from_engine_start"] for f in failures]
    return {
        "runs": runs,
        "browser": f"Chromium {version}",
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
        "load_average": {"before": load_before, "after": load_after},
        "cells": cells,
        "clicks": click_summary,
        "failure": {
            "from_engine_start_median_ms": statistics.median(failure_ms),
            "from_engine_start_max_ms": max(failure_ms),
            "from_navigation_median_ms": statistics.median(f["from_navigation"] for f in failures),
            "runs": failures,
        },
        "pyodide_bytes_without_widget": elsewhere,
        "targets": {
            "repeat_ready_ratio_at_most": TARGET_REPEAT_RATIO,
            "first_ready_ratio_at_most": TARGET_FIRST_RATIO,
            "click_frame_median_at_most_ms": TARGET_CLICK_MEDIAN_MS,
            "click_frame_p95_at_most_ms": TARGET_CLICK_P95_MS,
            "failure_at_most_ms": TARGET_FAILURE_MS,
            "first_question_after_dcl_at_most_ms": TARGET_FIRST_QUESTION_MS,
        },
        "loads": {f"{p}-{v}-{lk}": [asdict(load) for load in s.loads] for (p, v, lk), s in series.items()},
        "clicks_ms": {where: asdict(c) for where, c in clicks.items()},
    }


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f} ms"


def _iqr(value: tuple[float, float] | list[float] | None) -> str:
    return "–" if not value else f"{value[0]:,.0f}–{value[1]:,.0f}"


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def table(result: dict[str, Any]) -> Iterator[str]:
    la = result["load_average"]
    yield f"Widget benchmark: {result['runs']} loads per cell, {result['browser']}, {result['machine']}"
    yield (
        "Load average (1, 5, 15 min): before "
        + ", ".join(f"{v:.2f}" for v in la["before"])
        + "; after "
        + ", ".join(f"{v:.2f}" for v in la["after"])
    )
    yield "Served gzipped, Cache-Control: max-age=600; throttled: 10 Mbit/s, 40 ms; spread: interquartile range"
    yield ""
    yield (
        f"| {'visit / link':22} | {'bare ready':>10} | {'spread':>13} | {'engine ready':>12} | {'spread':>13} "
        f"| {'ratio':>5} | target | {'engine from':>18} | {'bytes bare':>10} | {'bytes widget':>12} |"
    )
    rule = [22, 10, 13, 12, 13, 5, 6, 18, 10, 12]
    yield "|" + "|".join(" " + "-" * (n - 1) + ("- " if i in (0, 6, 7) else ": ") for i, n in enumerate(rule)) + "|"
    for key, cell in result["cells"].items():
        visit = key.split("/")[0]
        target = TARGET_FIRST_RATIO if visit == "first" else TARGET_REPEAT_RATIO
        ratio = cell["ready_ratio"]
        verdict = "–" if ratio is None else f"{'≤' if ratio <= target else '>'} {target}"
        yield (
            f"| {key:22} | {_ms(cell['bare_ready_ms']):>10} | {_iqr(cell['bare_ready_iqr_ms']):>13} "
            f"| {_ms(cell['widget_ready_ms']):>12} | {_iqr(cell['widget_ready_iqr_ms']):>13} "
            f"| {'–' if ratio is None else f'{ratio:.2f}':>5} | {verdict:6} | {'/'.join(cell['widget_sources']):>18} "
            f"| {cell['bare_bytes'] or 0:>10,.0f} | {cell['widget_bytes'] or 0:>12,.0f} |"
        )
    yield "(bytes: until the engine is ready)"
    for link in LINKS:
        later = result["cells"][f"first/{link}"].get("widget_bytes_later")
        if later:
            yield (
                f"First visit {link}, after the engine is ready (at idle: the offline copy of the site, "
                f"then the snapshot's maker, mostly from the HTTP cache): {later:,.0f} bytes more"
            )
    yield ""
    fq = [cell["first_question_after_dcl_ms"] for cell in result["cells"].values()]
    fq_known = [v for v in fq if v is not None]
    worst = max(fq_known) if fq_known else None
    yield (
        f"First question visible after DOMContentLoaded (worst cell median): {_ms(worst)} "
        f"(target ≤ {TARGET_FIRST_QUESTION_MS:.0f} ms: {_met(worst is not None and worst <= TARGET_FIRST_QUESTION_MS)})"
    )
    yield from click_lines(result["clicks"])
    f = result["failure"]
    yield (
        f"WebAssembly forbidden in the worker → failure sentence: median {f['from_engine_start_median_ms']:.0f} ms "
        f"after the engine started (max {f['from_engine_start_max_ms']:.0f} ms; "
        f"{f['from_navigation_median_ms']:.0f} ms after navigation start) (target ≤ {TARGET_FAILURE_MS:.0f} ms: "
        f"{_met(f['from_engine_start_median_ms'] <= TARGET_FAILURE_MS)})"
    )
    elsewhere = result["pyodide_bytes_without_widget"]
    yield (
        f"Engine bytes on pages without the widget: {sum(elsewhere.values())} "
        f"({', '.join(elsewhere)}) (target 0: {_met(sum(elsewhere.values()) == 0)})"
    )
    for link in LINKS:
        without, with_sw = result["cells"][f"repeat/{link}"], result["cells"][f"repeat-sw/{link}"]
        if without["widget_ready_ms"] and with_sw["widget_ready_ms"]:
            ratio = with_sw["widget_ready_ms"] / without["widget_ready_ms"]
            yield (
                f"Service worker, repeat visit {link}: engine ready {_ms(with_sw['widget_ready_ms'])} "
                f"(spread {_iqr(with_sw['widget_ready_iqr_ms'])}) with it, {_ms(without['widget_ready_ms'])} "
                f"(spread {_iqr(without['widget_ready_iqr_ms'])}) without: {ratio:.2f}x"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (make build)")
    parser.add_argument("--runs", type=int, default=7, help="loads per page, visit and link (at least 5)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--clicks", action="store_true", help="only the click figures (no loads, nothing written)")
    args = parser.parse_args(argv)
    if args.runs < 5:
        parser.error("--runs must be at least 5")
    if not (args.site / "decision-tree" / "index.html").is_file():
        parser.error(f"no built site in {args.site}: run `make build`")
    if args.clicks:
        for line in clicks_only(args.site, "" if args.lang == "zh" else "en/"):
            print(line)
        return 0
    result = run(args.site, args.runs, "" if args.lang == "zh" else "en/", lambda line: print(line, file=sys.stderr))
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
