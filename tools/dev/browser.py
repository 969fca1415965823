"""Launch the system Chromium through Playwright (no browser download: none is possible here)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def chromium_path() -> str:
    """The Chromium binary: $CHROMIUM, else Debian's /usr/bin/chromium, else PATH."""
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    raise RuntimeError(
        "Chromium not found: install it (Debian: apt-get install chromium, or run `make system-deps` as root) "
        "or set CHROMIUM=/path/to/chromium"
    )
