"""The baseline the widget is measured against: a page that loads only the same Pyodide core.

It starts a module Web Worker from an inline script in <head> (the earliest a page can)
and runs `loadPyodide` from the site's own `assets/pyodide/` with the options the widget's
worker passes (output streams), nothing else: no theme, no wheel, no import of our package,
no snapshot, and Pyodide's own full `python_stdlib.zip`, not the widget's trimmed one (the
baseline is Pyodide as it ships). `bare:ready` marks the moment Pyodide resolved. It is what
the widget's engine does minus our package, so "engine ready / bare ready" is the cost (or
the saving) of ours.
"""

from __future__ import annotations

from pathlib import Path

BARE_HTML = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bare Pyodide load</title>
<script type="module">
const worker = new Worker("bare-worker.mjs", { type: "module" });
worker.addEventListener("message", (event) => {
  if (event.data === "ready") performance.mark("bare:ready");
  else performance.mark("bare:failed", { detail: String(event.data) });
});
worker.postMessage({ pyodideURL: new URL("../assets/pyodide/", location.href).href });
</script>
</head>
<body><p>Loading Pyodide only.</p></body>
</html>
"""

BARE_WORKER = """self.addEventListener("message", async ({ data }) => {
  try {
    const { loadPyodide } = await import(new URL("pyodide.mjs", data.pyodideURL).href);
    await loadPyodide({ indexURL: data.pyodideURL, stdout: () => {}, stderr: console.warn });
    self.postMessage("ready");
  } catch (error) {
    self.postMessage(`failed: ${error}`);
  }
});
"""


def make_bare_site(site_dir: Path, into: Path) -> Path:
    """A directory with `bare/` and a link to the built site's Pyodide core; returns `into`."""
    core = site_dir / "assets" / "pyodide"
    if not (core / "pyodide.asm.wasm").is_file():
        raise FileNotFoundError(f"no Pyodide core in {core}: run `make build` (widget-assets copies it)")
    (into / "bare").mkdir(parents=True, exist_ok=True)
    (into / "bare" / "index.html").write_text(BARE_HTML, encoding="utf-8")
    (into / "bare" / "bare-worker.mjs").write_text(BARE_WORKER, encoding="utf-8")
    (into / "assets").mkdir(exist_ok=True)
    link = into / "assets" / "pyodide"
    if not link.exists():
        link.symlink_to(core.resolve(), target_is_directory=True)
    return into
