"""The engine's memory snapshot (dt-worker.mjs): made on a first visit, restored on the next ones.

A first visit loads Pyodide and our wheel without the snapshot machinery (it slowed the load);
once the engine is ready and the page idle, a second worker boots its own Pyodide, imports the
engine, takes a snapshot before it answers anything, keeps it in the Cache API under the exact
Pyodide version and the SHA-256 of our wheel with the URL of the trimmed stdlib, and is ended.
A later visit restores it instead of starting Python. Whatever is wrong with a stored snapshot
(missing, damaged, of another Pyodide build, of another wheel), the engine loads without it,
answers correctly, and stores a good one again: never a failure the reader sees. The
`dt:engine-ready` mark says where the engine came from (`detail.source`).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import pytest
from playwright.sync_api import Browser, Page

from .conftest import ENGINE_TIMEOUT_MS, MARK_TIMES, READY, shown_outcome, walk, watch_of, widget_url
from .test_page_integration import COUNT_WORKERS

pytestmark = [pytest.mark.browser, pytest.mark.cold]  # about a first visit: a fresh context (tests/conftest.py)

ROOT = Path(__file__).resolve().parents[2]
CACHE = "dt-engine-snapshots"

_SOURCE = """() => performance.getEntriesByName("dt:engine-ready")[0].detail.source"""
_KEYS = """async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)"""

# Rewrite the one stored snapshot: `mode` says how; the SHA-256 header is recomputed only
# where the test means to get past the integrity check.
_TAMPER = """async ([name, mode]) => {
  const cache = await caches.open(name);
  const [request] = await cache.keys();
  const response = await cache.match(request);
  let sha = response.headers.get("x-dt-sha256");
  const bytes = new Uint8Array(await response.arrayBuffer());
  const hex = async (data) => Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", data)),
    (b) => b.toString(16).padStart(2, "0")).join("");
  let url = request.url;
  let body = bytes;
  if (mode === "damaged") {
    for (let i = bytes.length >> 1; i < (bytes.length >> 1) + 4096; i++) bytes[i] ^= 0x5a;
  } else if (mode === "truncated") {
    body = bytes.subarray(0, bytes.length >> 1);
  } else if (mode === "other-build") {
    // Pyodide's build id: bytes 16-48 of its snapshot, the first stored page (after the
    // 16-byte header and the page map of dt-worker.mjs's packPages).
    const pages = new DataView(bytes.buffer).getUint32(12, true);
    const data = 16 + Math.ceil(pages / 8);
    for (let i = data + 16; i < data + 48; i++) bytes[i] ^= 0xff;
    sha = await hex(bytes);
  } else if (mode === "garbage") {
    body = new Uint8Array(1 << 20).fill(7);
    sha = await hex(body);
  } else if (mode === "other-wheel") {
    await cache.delete(request);
    url = url.replace(/[0-9a-f]{64}\\.bin$/, "0".repeat(64) + ".bin");
  }
  await cache.delete(request);
  await cache.put(url, new Response(body, { headers: { "x-dt-sha256": sha } }));
  return url;
}"""

_CONTAINS = """async ([name, marker]) => {
  const cache = await caches.open(name);
  const [request] = await cache.keys();
  const bytes = new Uint8Array(await (await cache.match(request)).arrayBuffer());
  const needle = new TextEncoder().encode(marker);
  outer: for (let i = 0; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}"""


def _wait_for_keys(page: Page, wanted: Callable[[list[str]], bool]) -> list[str]:
    """Poll the Cache API (the snapshot is stored after the engine is ready, off the page's thread)."""
    deadline = time.monotonic() + ENGINE_TIMEOUT_MS / 1000
    while True:
        keys: list[str] = page.evaluate(_KEYS, CACHE)
        if wanted(keys) or time.monotonic() > deadline:
            return keys
        page.wait_for_timeout(100)


def _open(page: Page, fragment: str = "") -> str:
    page.goto(widget_url("en", fragment))
    page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
    source: str = page.evaluate(_SOURCE)
    return source


def _first_visit(page: Page) -> str:
    assert _open(page) == "stored", "a first visit loads Pyodide and keeps a snapshot"
    [key] = _wait_for_keys(page, lambda keys: len(keys) == 1)
    return key


def _answers(page: Page) -> None:
    walk(page, ("facts", "nothing-else"))
    assert shown_outcome(page)[0] == "use-rag"


def test_a_second_visit_restores_the_engine_from_a_snapshot_keyed_by_pyodide_wheel_and_stdlib(
    page: Page, site_dir: Path
) -> None:
    key = _first_visit(page)
    version = json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text())["version"]
    [wheel] = (site_dir / "assets" / "pyodide").glob("*.whl")
    # The stdlib's URL carries its digest: a snapshot remembers the zip it was made with.
    stdlib = page.locator("[data-dt-widget]").evaluate("(root) => new URL(root.dataset.stdlib, document.baseURI).href")
    engine = f"{hashlib.sha256(wheel.read_bytes()).hexdigest()} {stdlib}"
    assert key.endswith(f"/snapshot/pyodide-{version}/{hashlib.sha256(engine.encode()).hexdigest()}.bin")
    assert _open(page) == "restored"
    _answers(page)
    assert page.evaluate(_KEYS, CACHE) == [key], "the same snapshot serves every later visit"
    assert watch_of(page).console_errors == []


def test_the_snapshot_is_made_apart_and_the_readers_engine_never_waits_for_it(page: Page) -> None:
    """One worker answers the reader from the start; another makes the snapshot and is ended."""
    page.add_init_script(COUNT_WORKERS)
    _first_visit(page)
    page.wait_for_function(
        '() => performance.getEntriesByName("dt:snapshot-made").length > 0', timeout=ENGINE_TIMEOUT_MS
    )
    made = page.evaluate("""() => {
      const made = performance.getEntriesByName("dt:snapshot-made")[0];
      const ready = performance.getEntriesByName("dt:engine-ready")[0];
      return { stored: made.detail.stored, after: made.startTime - ready.startTime };
    }""")
    assert made["stored"] is True
    assert made["after"] > 0, "made after the reader's engine was ready"
    assert len([url for url in page.evaluate("window.__dtWorkers") if "dt-worker" in url]) == 1
    assert len(page.evaluate("window.__dtSnapshotWorkers")) == 1
    _answers(page)
    assert _open(page) == "restored"
    assert page.evaluate("window.__dtSnapshotWorkers") == [], "a restored engine needs no new snapshot"


@pytest.mark.parametrize("service_workers", ["block", "allow"])
def test_the_snapshot_waits_for_the_offline_copy_only_where_there_is_one(
    browser: Browser, base_url: str, service_workers: Literal["block", "allow"]
) -> None:
    """Made after the site's offline copy, never beside it (dt-offline.mjs); without one, at once."""
    context = browser.new_context(base_url=base_url, service_workers=service_workers)
    try:
        page = context.new_page()
        page.goto(widget_url("en"))
        page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)
        page.wait_for_function(
            '() => performance.getEntriesByName("dt:snapshot-made").length > 0', timeout=ENGINE_TIMEOUT_MS
        )
        marks = page.evaluate(MARK_TIMES)
    finally:
        context.close()
    assert marks["dt:engine-ready"] < marks["dt:snapshot-start"] < marks["dt:snapshot-made"]
    if service_workers == "allow":
        assert marks["dt:offline-ready"] <= marks["dt:snapshot-start"]
    else:
        assert "dt:offline-ready" not in marks
        assert "dt:offline-incomplete" not in marks
        # Not after dt-offline.mjs's 30 s wait for a copy that will never come: after the
        # page's load and an idle moment (at most 5 s), then the engine's idle moment (2 s).
        assert marks["dt:snapshot-start"] - marks["dt:engine-ready"] < 15_000


def test_a_missing_snapshot_means_a_plain_load_and_a_new_snapshot(page: Page) -> None:
    key = _first_visit(page)
    page.evaluate("async (name) => caches.delete(name)", CACHE)
    assert _open(page) == "stored"
    _answers(page)
    assert _wait_for_keys(page, lambda keys: keys == [key]) == [key]
    assert _open(page) == "restored"


@pytest.mark.parametrize("mode", ["damaged", "truncated", "other-build", "garbage"])
def test_a_snapshot_that_cannot_be_used_is_replaced_silently(page: Page, mode: str) -> None:
    key = _first_visit(page)
    page.evaluate(_TAMPER, [CACHE, mode])
    assert _open(page) == "stored", f"a {mode} snapshot is not restored: the engine loads without it"
    _answers(page)
    assert _wait_for_keys(page, lambda keys: keys == [key]) == [key]
    assert _open(page) == "restored", "and the next visit has a good snapshot again"
    assert watch_of(page).console_errors == []
    assert watch_of(page).page_errors == []


def test_a_snapshot_of_another_wheel_is_never_restored_and_is_deleted(page: Page) -> None:
    key = _first_visit(page)
    stale = page.evaluate(_TAMPER, [CACHE, "other-wheel"])
    assert stale != key
    assert _open(page) == "stored"
    _answers(page)
    assert _wait_for_keys(page, lambda keys: keys == [key]) == [key], "the stale snapshot is deleted"


def test_the_snapshot_holds_nothing_the_reader_did(page: Page) -> None:
    marker = "zq-reader-marker-7f3a"
    assert _open(page, f"#path={marker}") == "stored"
    page.locator("[data-dt-message]").wait_for()  # the engine has read the link: it is in Python's memory
    assert len(_wait_for_keys(page, lambda keys: len(keys) == 1)) == 1
    assert page.evaluate(_CONTAINS, [CACHE, "decision_tree"]), "the search does find what the snapshot holds"
    assert not page.evaluate(_CONTAINS, [CACHE, marker]), "the snapshot was taken before the first request"
