"""A static file server for the built site, as a deployer's web server would serve it.

Serves the whole `site/` (zh at `/`, en at `/en/`) on 127.0.0.1 with correct MIME types
for WebAssembly and ES modules, and optional extra response headers (the CSP test sends
exactly the policy the README gives deployers).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
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

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
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


@contextmanager
def serve(directory: Path, headers: Mapping[str, str] | None = None, port: int = 0) -> Iterator[str]:
    """Serve `directory` on a loopback port (a free one by default); yields the base URL ending in '/'."""
    handler = type("Handler", (SiteRequestHandler,), {"extra_headers": dict(headers or {})})
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
