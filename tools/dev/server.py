"""A static file server for the built site, as a deployer's web server would serve it.

Serves the whole `site/` (zh at `/`, en at `/en/`) on 127.0.0.1 with correct MIME types
for WebAssembly and ES modules, gzip for text and WebAssembly when the browser accepts it
(as GitHub Pages and any CDN do, so page weights and Lighthouse scores measure what readers
get), and optional extra response headers (the CSP test sends exactly the policy the
README gives deployers).
"""

from __future__ import annotations

import functools
import gzip
import io
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from email.utils import parsedate_to_datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar


class SiteRequestHandler(SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {  # type: ignore[misc]
        **SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".whl": "application/zip",
        ".zip": "application/zip",
    }
    extra_headers: ClassVar[Mapping[str, str]] = {}
    # Per-path headers (the CSP differs for the widget's worker script), called with the URL path.
    headers_for: ClassVar[Callable[[str], Mapping[str, str]] | None] = None
    compressible: ClassVar[frozenset[str]] = frozenset(
        {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".wasm", ".map"}
    )

    def send_head(self) -> Any:
        """Like the standard handler, but gzip-encode compressible files for clients that accept it."""
        if "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        url_path = self.path.split("?", 1)[0].split("#", 1)[0]
        fs_path = Path(self.translate_path(self.path))
        if fs_path.is_dir():
            if not url_path.endswith("/"):
                return super().send_head()  # the standard redirect to the slash URL
            fs_path = fs_path / "index.html"
        if not fs_path.is_file() or fs_path.suffix not in self.compressible:
            return super().send_head()
        mtime = int(fs_path.stat().st_mtime)
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                if parsedate_to_datetime(since).timestamp() >= mtime:
                    self.send_response(304)
                    self.end_headers()
                    return None
            except (TypeError, ValueError):
                pass
        body = _gzipped(str(fs_path), mtime)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(fs_path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Last-Modified", self.date_time_string(mtime))
        self.end_headers()
        return io.BytesIO(body)

    def end_headers(self) -> None:
        per_path = type(self).headers_for
        for name, value in {**self.extra_headers, **(per_path(self.path) if per_path else {})}.items():
            self.send_header(name, value)
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Serve the site's own 404 page like GitHub Pages does, per language.
        if code == 404:
            lang_root = "en/" if self.path.startswith("/en/") else ""
            page = Path(self.directory) / lang_root / "404.html"
            if page.is_file():
                body = page.read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)
                return
        super().send_error(code, message, explain)

    def log_message(self, format: str, *args: Any) -> None:  # keep test output readable
        pass


@functools.lru_cache(maxsize=256)
def _gzipped(path: str, mtime: int) -> bytes:
    """Compressed once per file version: the key includes the modification time."""
    return gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)


def configured_port(site_dir: Path) -> int | None:
    """The loopback port the site was built for (its canonical URL), if any.

    Material's instant navigation only engages when the page is served at `site_url`'s
    host and port, so the tests and the audit serve the site exactly there when they can.
    """
    match = re.search(
        r'<link rel="canonical" href="http://127\.0\.0\.1:(\d+)/', (site_dir / "index.html").read_text("utf-8")
    )
    return int(match.group(1)) if match else None


@contextmanager
def serve(
    directory: Path,
    headers: Mapping[str, str] | None = None,
    port: int = 0,
    headers_for: Callable[[str], Mapping[str, str]] | None = None,
) -> Iterator[str]:
    """Serve `directory` on a loopback port (a free one by default); yields the base URL ending in '/'."""
    attrs = {"extra_headers": dict(headers or {}), "headers_for": staticmethod(headers_for) if headers_for else None}
    handler = type("Handler", (SiteRequestHandler,), attrs)
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def main(argv: list[str] | None = None) -> None:
    """`make serve`: the built site on a fixed port, served as in the tests, until Ctrl+C."""
    import argparse
    import time

    parser = argparse.ArgumentParser(description="Serve the built site (zh at /, en at /en/) on 127.0.0.1.")
    parser.add_argument("directory", type=Path, help="the built site, e.g. site")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    if not (args.directory / "index.html").is_file():
        parser.error(f"{args.directory} has no index.html: run `make build` first")
    with serve(args.directory, port=args.port) as url:
        print(f"Serving {args.directory} at {url}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
