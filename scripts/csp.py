"""The Content Security Policy the built site works under, derived from the build itself.

Deployers get two policies (the README prints them):

* pages: scripts only from the site itself plus the SHA-256 hashes of the few inline
  scripts Material writes into every page (scope, palette, anchor focus); no
  `'unsafe-inline'`, no `'unsafe-eval'`, no WebAssembly compilation;
* the widget's Web Worker script (`assets/widget/dt-worker.mjs`): a worker is
  governed by the policy sent with its own script, and only there may Pyodide compile
  WebAssembly (`'wasm-unsafe-eval'`).

Hashes change when Material's inline scripts change, so the policy is computed from the
built site (`python scripts/csp.py site`) and the browser test serves exactly this.

Hosts that cannot send headers (GitHub Pages) still get the page policy: the build
writes it into every page as `<meta http-equiv="Content-Security-Policy">`
(`python scripts/csp.py site --inject`, run by `scripts/build-site.sh`), right after
`<meta charset>` and before any script. A meta tag cannot carry `frame-ancestors`,
`report-uri`, `report-to` or `sandbox` (browsers ignore them there, with a console
error), so those stay header-only. The worker needs nothing there: a worker script is
governed by the headers sent with it, and with none Pyodide may compile WebAssembly.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import re
import sys
from pathlib import Path

WORKER_SCRIPT = "assets/widget/dt-worker.mjs"
_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?![^>]*\bsrc=)[^>]*)>(?P<body>.*?)</script>", re.S)


def inline_script_hashes(site: Path) -> list[str]:
    """CSP hash sources of every executable inline script in the built site (JSON data blocks excluded)."""
    hashes = set()
    for page in site.rglob("*.html"):
        for match in _INLINE_SCRIPT.finditer(page.read_text(encoding="utf-8")):
            if re.search(r'type="application/(ld\+)?json"', match.group("attrs")):
                continue  # data, not executed: CSP does not apply
            digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
            hashes.add("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
    return sorted(hashes)


def page_policy(site: Path) -> str:
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self' " + " ".join(inline_script_hashes(site)),
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


META_UNSUPPORTED = ("frame-ancestors", "report-uri", "report-to", "sandbox")
"""Directives a `<meta http-equiv>` policy cannot carry (CSP 3, section 3.3)."""


def meta_policy(site: Path) -> str:
    """The page policy as a `<meta>` tag may carry it: every directive but the header-only ones."""
    return "; ".join(d for d in page_policy(site).split("; ") if d.split(" ", 1)[0] not in META_UNSUPPORTED)


_META = re.compile(r'\s*<meta http-equiv="Content-Security-Policy" content="[^"]*">')
_CHARSET = re.compile(r'<meta charset="[^"]*">')


def inject_meta(site: Path) -> int:
    """Write the meta policy into every page of the built site, replacing an older one; the pages changed."""
    policy = meta_policy(site)
    content = html.escape(policy, quote=False).replace('"', "&quot;")
    tag = f'<meta http-equiv="Content-Security-Policy" content="{content}">'
    changed = 0
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        without = _META.sub("", text)
        charset = _CHARSET.search(without)
        if charset is None:
            raise ValueError(f"{page} has no <meta charset>: where should its Content-Security-Policy go?")
        updated = without[: charset.end()] + tag + without[charset.end() :]
        if updated != text:
            page.write_text(updated, encoding="utf-8")
            changed += 1
    return changed


def worker_policy() -> str:
    return "; ".join(["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'"])


def policy_for(url_path: str, site: Path) -> str:
    """The header a server should send with the file at `url_path` (as the tests serve it)."""
    return worker_policy() if url_path.split("?")[0].endswith(WORKER_SCRIPT) else page_policy(site)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print the site's Content-Security-Policy headers.")
    parser.add_argument("site", type=Path, nargs="?", default=Path("site"))
    parser.add_argument(
        "--inject", action="store_true", help="write the page policy into every page as a <meta> tag instead"
    )
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        parser.error(f"{args.site} is not a built site: run `make build` first")
    if args.inject:
        inject_meta(args.site)
        return 0
    print(f"# every page (and every file but the worker):\nContent-Security-Policy: {page_policy(args.site)}\n")
    print(f"# */{WORKER_SCRIPT} only:\nContent-Security-Policy: {worker_policy()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
