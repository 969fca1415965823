// Starts the decision engine's Web Worker as early as a page can: inlined by the widget
// macro (macros/widget.py, head_script) into the <head> of the widget's page, it runs while
// the head is parsed, before the page's stylesheets, body and theme script.
//
// Measured on a first visit to /decision-tree/ (Chromium, loopback, load average 0.6):
// started from the widget's markup, or from an async module script in <head>, the worker
// began 200-450 ms after navigation, because the page's first layout (~80 ms) and Material's
// bundle (~100 ms of script) ran first. An inline script needs no download and waits on
// nothing. The site's CSP allows it by its SHA-256 (scripts/csp.py hashes every inline
// script of the built site); its text is the same on every page, the URLs travel as data
// attributes, so it is one hash.
//
// Until dt-engine.mjs adopts the worker (takeEarlyWorker), its messages and errors are kept
// in arrival order and handed over then: nothing it says before the widget's code has
// arrived (progress, "ready", a failure) is lost. Pages reached by Material's instant
// navigation get no new <head>: there dt-engine.mjs starts the worker itself.
(() => {
  const tag = document.currentScript;
  if (typeof Worker !== "function" || typeof WebAssembly !== "object") return; // the widget says why
  const url = (value) => new URL(value, document.baseURI).href;
  const { worker: w, pyodide, wheel, stdlib } = tag.dataset; // stdlib: absent where the trimmed one was not built
  const urls = { worker: url(w), pyodide: url(pyodide), wheel: url(wheel), stdlib: stdlib ? url(stdlib) : undefined };
  const events = [];
  const keep = (event) => {
    if (event.type === "error") event.preventDefault(); // reported by the engine once adopted
    events.push(event);
  };
  try {
    performance.mark("dt:engine-start");
    const worker = new Worker(urls.worker, { type: "module", name: "decision-tree-engine" });
    worker.addEventListener("message", keep);
    worker.addEventListener("error", keep);
    worker.postMessage({ type: "init", pyodideURL: urls.pyodide, wheelURL: urls.wheel, stdlibURL: urls.stdlib });
    globalThis[Symbol.for("decision-tree.early-worker")] = { urls, worker, events, keep };
  } catch {
    // The widget starts the worker again itself and reports why it cannot.
  }
})();
