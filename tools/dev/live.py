"""`make live`: MkDocs' live-reload server for one language, with a working widget.

`mkdocs serve` alone serves one language site from a temporary build, but the widget loads
the Pyodide core and our wheel from the *whole* site's `assets/pyodide/`, which only
`make build` fills (mk/widget.mk): live, the widget showed its failure sentence. This
command runs the same server with the hooks in `live_hooks.py`, which

- serve the engine files straight from `node_modules/pyodide/`, `build/wheel/` and
  `build/stdlib/` (the trimmed standard library) at the URL the built widget pages ask
  for (read from their `data-pyodide`, so zh at `/` and en under `/en/` both work, and
  nothing here restates where the widget looks);
- watch `decision_tree/` and `macros/`: an edit rebuilds the wheel and the trimmed stdlib
  (`make wheel`) and re-imports both packages, so the pre-rendered question, the diagram
  and the engine in the browser all show the edited tree.

    python -m tools.dev.live [-f mkdocs.en.yml] [-a 127.0.0.1:8000]

The production build never loads these hooks: `make build` runs `mkdocs build` on the
configs as they are.
"""

from __future__ import annotations

import argparse
import html
import logging
import re
import subprocess
import sys
import wsgiref.util
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from mkdocs.plugins import event_priority, get_plugin_logger

from tools.dev.server import SiteRequestHandler

ROOT = Path(__file__).resolve().parents[2]
HOOKS = Path(__file__).with_name("live_hooks.py")
ENGINE_DIRS = (ROOT / "build" / "wheel", ROOT / "build" / "stdlib", ROOT / "node_modules" / "pyodide")
"""Where the engine's files come from: our wheel and trimmed stdlib first, then the pinned Pyodide core."""
RELOADED_PACKAGES = ("decision_tree", "macros")
"""Edited while the server runs; re-imported on every rebuild (the macros import them once otherwise)."""
PYODIDE_ATTRIBUTE = re.compile(r'\bdata-pyodide="([^"]*)"')

StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

log = get_plugin_logger("live")
_engine_urls: frozenset[str] = frozenset()
"""The URL directories the built widget pages load the engine from, e.g. {"/assets/pyodide/"}."""


def engine_urls(site_dir: Path, mount_path: str) -> frozenset[str]:
    """Where the widget pages of a built language site look for Pyodide, as absolute URL paths."""
    urls = set()
    for page in site_dir.rglob("*.html"):
        match = PYODIDE_ATTRIBUTE.search(page.read_text(encoding="utf-8"))
        if match:
            relative = page.relative_to(site_dir).as_posix()
            page_url = mount_path + (relative.removesuffix("index.html"))
            urls.add(urljoin(page_url, html.unescape(match.group(1))))
    return frozenset(urls)


def engine_file(url_path: str) -> Path | None:
    """The file an engine URL names, if it is one of ours; None for any other URL."""
    directory, _, name = url_path.rpartition("/")
    if directory + "/" not in _engine_urls or not name:
        return None
    return next((d / name for d in ENGINE_DIRS if (d / name).is_file()), None)


def with_engine(app: WsgiApp) -> WsgiApp:
    """Wrap the live server's WSGI app: engine files from disk, everything else as before."""

    def serve(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        file = engine_file(environ.get("PATH_INFO", ""))
        if file is None or environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return app(environ, start_response)
        content_type = SiteRequestHandler.extensions_map.get(file.suffix, "application/octet-stream")
        start_response(
            "200 OK",
            [
                ("Content-Type", content_type),
                ("Content-Length", str(file.stat().st_size)),
                ("Cache-Control", "no-cache"),
            ],
        )
        if environ["REQUEST_METHOD"] == "HEAD":
            return []
        return wsgiref.util.FileWrapper(file.open("rb"))

    return serve


# The MkDocs events; live_hooks.py hands them to MkDocs. They live here, in a module imported
# once, because MkDocs loads a hooks file anew for every rebuild and the server wrapped by
# on_serve must see what later builds found.


@event_priority(100)  # before mkdocs-macros imports the macros (and through them the package)
def on_config(config: Any) -> Any:
    """Rebuild the wheel if the package changed, and forget the imported package and macros."""
    result = subprocess.run(
        ["make", "--no-print-directory", "-s", "wheel"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        log.error("the widget's wheel did not build (make wheel):\n%s", result.stdout + result.stderr)
    for name in [m for m in sys.modules if m.split(".")[0] in RELOADED_PACKAGES]:
        del sys.modules[name]
    return config


def on_post_build(config: Any) -> None:
    """Write the full-size diagram beside /decision-tree/ (as the build script does); find the engine's URLs."""
    global _engine_urls
    from decision_tree.core.text import check_lang
    from decision_tree.render.dot import to_svg
    from decision_tree.views.urls import DECISION_TREE, DIAGRAM_FILE

    standalone = Path(config["site_dir"]) / DECISION_TREE / DIAGRAM_FILE
    if standalone.parent.is_dir():
        standalone.write_text(to_svg(check_lang(str(config["theme"]["language"]))), encoding="utf-8")
    _engine_urls = engine_urls(Path(config["site_dir"]), urlsplit(config["site_url"] or "/").path or "/")
    missing = [d for d in ENGINE_DIRS if not any(d.glob("*"))]
    if missing:
        log.warning("no engine files in %s: run `make live` (it runs npm ci and builds the wheel)", missing)
    for url in sorted(_engine_urls):
        log.info("the widget's engine (Pyodide and our wheel) is served at %s", url)


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Serve the engine files beside the site, and rebuild when the package or macros change."""
    server.set_app(with_engine(server.get_app()))
    for package in RELOADED_PACKAGES:
        if (ROOT / package).is_dir():
            server.watch(str(ROOT / package))
    return server


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Live reload of one language site, with a working widget.")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", help="mkdocs.yml (zh) or mkdocs.en.yml (en)")
    parser.add_argument("-a", "--dev-addr", default="127.0.0.1:8000", metavar="IP:PORT")
    args = parser.parse_args(argv)

    from mkdocs.commands.serve import serve
    from mkdocs.config import load_config

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(handler)
    mkdocs_log.setLevel(logging.INFO)
    # Keep any hooks the config has; add ours.
    own_hooks = [str(path) for path in load_config(args.config_file).get("hooks", {})]
    serve(config_file=args.config_file, dev_addr=args.dev_addr, hooks=[*own_hooks, str(HOOKS)])


if __name__ == "__main__":
    main()
