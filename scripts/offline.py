"""Write the site's service worker, `dt-sw.js`, into the whole built site's root.

The worker (source: `scripts/dt-sw.js`) keeps the site and its widget working offline once a
reader has used the widget; see its header for what it does. This fills in what it needs to
know about one deployment:

* `BUILD`: a digest of every file of the built site (the pages of both languages, their
  assets, the Pyodide core and our wheel) and of the worker's source, so the worker's own
  bytes change with any deployment and browsers install the new worker, whose cache
  replaces the old one;
* `FILES`: every file a reader needs offline, as a path relative to the site root (the URL a
  page asks for: `decision-tree/`, the wheel with its `?v=` digest) and the SRI integrity of
  its bytes, which the worker checks before it keeps a file: every page of both languages;
  what they load (stylesheets, scripts, icons, Material's search worker, search index and
  sitemap, files they link to such as the full-size diagram, files named by `url()` in the
  stylesheets); and the widget's modules, worker and engine (its `data-*` attributes).

`mk/widget.mk` runs it last, after the Pyodide core and the wheel are in the site:

    python -m scripts.offline site
"""

from __future__ import annotations

import argparse
import base64
import functools
import hashlib
import html
import json
import posixpath
import re
import sys
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from macros.widget import FULL_STDLIB, JAVASCRIPTS, SERVICE_WORKER, STDLIB

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(__file__).with_name("dt-sw.js")
LANGUAGE_ROOTS = ("", "en/")
"""Each language site's root below the whole site (zh at the root, en under en/)."""

LANGUAGE_FILES = ("sitemap.xml", "search/search_index.json")
"""Fetched by Material's scripts on every page (instant navigation, language selector, search)."""

WIDGET_ATTRIBUTES = ("data-worker", "data-wheel", "data-stdlib")
_LINK_RELS = {"stylesheet", "icon", "modulepreload", "preload", "manifest", "apple-touch-icon"}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
_BASE = "http://site.invalid/"
_LINES = {
    "BUILD": re.compile(r"^const BUILD = .*// dt-sw: BUILD$", re.M),
    "FILES": re.compile(r"^const FILES = .*// dt-sw: FILES.*$", re.M),
}


class _References(HTMLParser):
    """Local URLs a page loads or links to, as written in it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.linked: list[str] = []
        self.pyodide: str | None = None
        self.site_root: str | None = None
        self._config = False
        self.config = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {name: value or "" for name, value in attrs}
        if tag == "link" and _LINK_RELS & set(a.get("rel", "").split()) and a.get("href"):
            self.urls.append(a["href"])
        elif tag in ("script", "img", "source") and a.get("src"):
            self.urls.append(a["src"])
        elif tag == "a" and a.get("href"):
            self.linked.append(a["href"])
        self._config = tag == "script" and a.get("id") == "__config"
        self.urls += [a[name] for name in WIDGET_ATTRIBUTES if a.get(name)]
        if a.get("data-pyodide") and a.get("data-site-root"):
            self.pyodide, self.site_root = a["data-pyodide"], a["data-site-root"]

    def handle_data(self, data: str) -> None:
        if self._config:
            self.config += data

    def handle_endtag(self, tag: str) -> None:
        self._config = False


def page_url(site: Path, page: Path) -> str:
    """The URL path (relative to the site root) a page is served at: `decision-tree/`, `404.html`, ``."""
    relative = page.relative_to(site).as_posix()
    return relative.removesuffix("index.html")


def resolve(site_url: str, reference: str) -> str | None:
    """A reference made from `site_url`, as a path relative to the site root; None if it leaves the site."""
    parts = urlsplit(urljoin(_BASE + site_url, html.unescape(reference)))
    if parts.scheme + "://" + parts.netloc + "/" != _BASE:
        return None  # another host, data:, mailto:…
    path = posixpath.normpath(parts.path) + ("/" if parts.path.endswith("/") else "")
    return path.lstrip("/") + (f"?{parts.query}" if parts.query else "")


def file_of(site: Path, url: str) -> Path | None:
    """The file the static server sends for a site-relative URL (a directory means its index.html)."""
    path = site / url.split("?", 1)[0]
    if path.is_dir():
        path = path / "index.html"
    return path if path.is_file() else None


def _css_references(site: Path, css_url: str) -> Iterator[str]:
    file = file_of(site, css_url)
    if file is None:
        return
    for match in _CSS_URL.finditer(file.read_text(encoding="utf-8", errors="replace")):
        if (url := resolve(css_url, match.group(2))) is not None:
            yield url


def offline_urls(site: Path) -> list[str]:
    """Every URL a reader needs offline, the widget's first (its pages, their assets, the engine)."""
    widget: list[str] = []
    rest: list[str] = []
    pages = sorted(site.rglob("*.html"), key=lambda p: (p.name == "404.html", p.as_posix()))
    for page in pages:
        url = page_url(site, page)
        parser = _References()
        parser.feed(page.read_text(encoding="utf-8"))
        found = [url, *(u for r in parser.urls if (u := resolve(url, r)) is not None)]
        if parser.config:
            search = json.loads(parser.config).get("search")
            if search and (worker := resolve(url, search)) is not None:
                found.append(worker)
        for reference in parser.linked:
            target = resolve(url, reference.split("#", 1)[0])
            if target and not target.endswith((".html", "/")) and file_of(site, target):
                found.append(target)
        if parser.pyodide is not None and parser.site_root is not None:
            # The engine's files (the wheel is named by data-wheel, with its ?v= digest) and
            # every module of the widget, some of which only the widget's scripts import.
            pyodide, root = resolve(url, parser.pyodide), resolve(url, parser.site_root)
            if pyodide is None or root is None:
                raise ValueError(f"{page}: the widget's engine is not on this site")
            # The stdlib the widget loads is named by data-stdlib (with its ?v= digest); Pyodide's
            # full one is served for the benchmark only, and never loaded by the widget.
            skip = {FULL_STDLIB, STDLIB}
            found += [
                f"{pyodide}{f.name}"
                for f in sorted((site / pyodide).iterdir())
                if f.suffix != ".whl" and f.name not in skip
            ]
            found += [f"{root}{JAVASCRIPTS}{f.name}" for f in sorted((site / root / JAVASCRIPTS).iterdir())]
        (widget if parser.pyodide is not None else rest).extend(found)
    for root in LANGUAGE_ROOTS:
        rest += [f"{root}{name}" for name in LANGUAGE_FILES if (site / root / name).is_file()]
    urls = list(dict.fromkeys(widget + rest))
    urls += [css for url in urls if url.endswith(".css") for css in _css_references(site, url) if css not in urls]
    return list(dict.fromkeys(u for u in urls if u != SERVICE_WORKER and not u.endswith(".map")))


def integrity(file: Path) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(file.read_bytes()).digest()).decode("ascii")


def offline_files(site: Path) -> list[tuple[str, str]]:
    """`offline_urls` with the integrity of each one's bytes; every one must be a file of the site."""
    files = []
    for url in offline_urls(site):
        file = file_of(site, url)
        if file is None:
            raise FileNotFoundError(f"{url}: referenced by the built site but not in {site}")
        files.append((url, integrity(file)))
    return files


def build_id(site: Path) -> str:
    """A digest of every file of the built site but the service worker, and of the worker's source."""
    digest = hashlib.sha256(SOURCE.read_bytes())
    for file in sorted(p for p in site.rglob("*") if p.is_file()):
        relative = file.relative_to(site).as_posix()
        if relative == SERVICE_WORKER:
            continue
        digest.update(relative.encode() + b"\0")
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()[:16]


def _literal(text: str, _match: re.Match[str]) -> str:
    return text


def render(build: str, files: Iterable[tuple[str, str]]) -> str:
    """The worker's source with this deployment's BUILD and FILES."""
    source = SOURCE.read_text(encoding="utf-8")
    values = {"BUILD": json.dumps(build), "FILES": json.dumps([list(f) for f in files], separators=(",", ":"))}
    for name, line in _LINES.items():
        # A function, so that backslashes in the values are not read as group references.
        filled = f"const {name} = {values[name]};"
        source, count = line.subn(functools.partial(_literal, filled), source, count=1)
        if count != 1:
            raise ValueError(f"{SOURCE}: no `const {name} = …; // dt-sw: {name}` line to fill in")
    return source


def write(site: Path) -> list[tuple[str, str]]:
    """Write `dt-sw.js` into the built site; returns the files it keeps offline."""
    files = offline_files(site)
    (site / SERVICE_WORKER).write_text(render(build_id(site), files), encoding="utf-8")
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the service worker (dt-sw.js) into the built site.")
    parser.add_argument("site", type=Path, nargs="?", default=ROOT / "site")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        parser.error(f"{args.site} is not a built site: run `make build` first")
    files = write(args.site)
    size = sum(f.stat().st_size for url, _ in files if (f := file_of(args.site, url)) is not None)
    print(f"offline: {args.site / SERVICE_WORKER} keeps {len(files)} files ({size / 1e6:.1f} MB) for readers offline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
