"""When WebAssembly cannot run, the reader is told at once, not after the 30 s stall watchdog.

Three ways a browser gets no engine although every file arrives: a policy that forbids
compiling WebAssembly in the worker (the probe in dt-worker.mjs), a `.wasm` served with the
wrong MIME type (Pyodide's streaming compile would refuse it and wait forever), and a damaged
`.wasm` served correctly (Pyodide logs the CompileError and waits forever). Each ends in the
failure sentence well before the watchdog could have fired: the bound checked here is loose
(a loaded 2-core CI machine), `make bench` reports the actual time against the 1 s target.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, Route

from decision_tree.core.text import Lang

from .conftest import widget_url
from .test_robustness import assert_failed_with_one_sentence, no_webassembly_policy, served_as_text

pytestmark = [pytest.mark.browser, pytest.mark.cold]  # about a first visit: a fresh context (tests/conftest.py)

WATCHDOG_MS = 30_000
"""STALL_MS in dt-engine.mjs: the time a failure that nobody detects takes to be reported."""

FAST_MS = 5_000
"""Far below the watchdog, far above the ~0.1–0.3 s these failures take on a quiet machine."""

_FAILED_AFTER = """() => {
  const start = performance.getEntriesByName("dt:engine-start")[0];
  const failed = performance.getEntriesByName("dt:engine-failed")[0];
  return failed.startTime - start.startTime;
}"""


def damaged_wasm(route: Route) -> None:
    """A `.wasm` served as it should be, whose bytes are not a WebAssembly module (a truncated upload)."""
    route.fulfill(status=200, headers={"content-type": "application/wasm"}, body=b"\0asm\1\0\0\0" + b"\xff" * 4096)


@pytest.mark.parametrize(
    ("pattern", "handler", "kind"),
    [
        ("**/dt-worker.mjs", no_webassembly_policy, "browser"),
        ("**/*.wasm", served_as_text, "server"),
        ("**/*.wasm", damaged_wasm, "server"),
    ],
    ids=["wasm-forbidden-by-policy", "wasm-wrong-type", "wasm-damaged"],
)
def test_webassembly_that_cannot_run_fails_at_once(
    page: Page, lang: Lang, pattern: str, handler: Callable[[Route], None], kind: str
) -> None:
    page.route(pattern, handler)
    page.goto(widget_url(lang))
    assert_failed_with_one_sentence(page, lang, kind)
    elapsed = page.evaluate(_FAILED_AFTER)
    assert elapsed < FAST_MS < WATCHDOG_MS, f"failure reported {elapsed:.0f} ms after the engine started"
