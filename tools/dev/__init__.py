"""Development tools: what `make serve`, `make live`, `make bench`, `make audit` and the tests use.

- `server`: the built site served as a deployer's web server would (gzip, MIME types, headers);
- `browser`: the system Chromium for Playwright and Lighthouse;
- `live`: `make live`, MkDocs' live-reload server with the widget's engine served too.

They live here, not in `tests/`, because the Makefile, the benchmarks and the audit use
them as much as the tests do: `tests/` imports from here, and nothing outside `tests/`
imports `tests/` (tests/test_layout.py).
"""
