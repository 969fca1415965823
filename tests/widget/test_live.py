"""`make live` runs the widget: an author previewing an edit sees the engine start and answer.

The live-reload server builds one language into a temporary directory, so the Pyodide
core and our wheel are not in it; tools/dev/live.py serves them where the widget looks.
This starts the real `make live` on a free port, for each language, and clicks through.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

import pytest
from playwright.sync_api import Browser

from decision_tree import explain
from decision_tree.core.text import Lang

from .conftest import ENGINE_TIMEOUT_MS, FAILED, READY, widget_url

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 180  # make's checks, the wheel if stale, one MkDocs build on a busy machine


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def live_url(lang: Lang) -> Iterator[str]:
    """`make live` for `lang` on a free port; yields its root URL and stops it afterwards."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    with tempfile.TemporaryFile("w+") as log:
        server = subprocess.Popen(
            ["make", "--no-print-directory", "live", f"SERVE_PORT={port}", f"LANG={lang}"],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: make, Python, and nothing else
        )

        def output() -> str:
            log.seek(0)
            return log.read()[-4000:]

        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while True:
                if server.poll() is not None:
                    pytest.fail(f"make live exited with {server.returncode}:\n{output()}")
                if time.monotonic() > deadline:
                    pytest.fail(f"make live did not serve {url} within {START_TIMEOUT_S} s:\n{output()}")
                try:
                    with urlopen(url + widget_url(lang), timeout=5):
                        break
                except (URLError, OSError):
                    time.sleep(0.5)
            yield url
        finally:
            os.killpg(server.pid, signal.SIGINT)  # as Ctrl+C: MkDocs removes its temporary site
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()


def test_make_live_serves_a_widget_that_answers(browser: Browser, live_url: str, lang: Lang) -> None:
    context = browser.new_context(base_url=live_url)
    try:
        page = context.new_page()
        page.goto(widget_url(lang))
        page.wait_for_selector(f"{READY}, {FAILED}", timeout=ENGINE_TIMEOUT_MS)
        assert page.locator(FAILED).count() == 0, f"{lang}: the widget shows its failure sentence under make live"
        first = page.locator("[data-question]")
        answers = first.locator("[data-answer]").evaluate_all("buttons => buttons.map(b => b.dataset.answer)")
        # The first answer that leads to another question (some end the walk at once).
        answer, following = next((a, q) for a in answers if (q := explain((a,)).question) is not None)
        first.locator(f'[data-answer="{answer}"]').click()
        page.locator(f'[data-question="{following.id}"]').wait_for(timeout=10_000)
    finally:
        context.close()
