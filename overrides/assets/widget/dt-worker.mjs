// The decision engine's home: a module Web Worker running the same Python package as the
// CLI and the tests, in the self-hosted Pyodide core. The page never waits on Python: it
// posts JSON requests here and gets JSON answers back (decision_tree.bridge.handle).
//
// Messages in:  {type: "init", pyodideURL, wheelURL}  then  {type: "request", id, body}
// Messages out: {type: "progress", loaded, total}, {type: "ready"},
//               {type: "failed", detail}, {type: "response", id, body}

let handle = null;

self.addEventListener("message", (event) => {
  const message = event.data;
  if (message.type === "init") {
    start(message).catch((error) => self.postMessage({ type: "failed", detail: describe(error) }));
  } else if (message.type === "request") {
    answer(message);
  }
});

// Absolute times (ms since the epoch) of each loading phase, for `make bench`.
const now = () => performance.timeOrigin + performance.now();
const phases = { start: 0, pyodide: 0, wheel: 0, imported: 0 };

async function start({ pyodideURL, wheelURL }) {
  phases.start = now();
  if (typeof WebAssembly !== "object") throw new Error("WebAssembly is not available in this browser");
  const restoreFetch = reportDownloads();
  try {
    // The wheel downloads while Pyodide boots; both are needed before the first answer.
    const wheel = fetchBytes(wheelURL);
    wheel.catch(() => {}); // reported below, once Pyodide is up or has failed
    const { loadPyodide } = await import(new URL("pyodide.mjs", pyodideURL).href);
    const pyodide = await loadPyodide({ indexURL: pyodideURL, stdout: () => {}, stderr: console.warn });
    phases.pyodide = now();
    pyodide.unpackArchive(await wheel, "wheel");
    phases.wheel = now();
    handle = pyodide.pyimport("decision_tree.bridge").handle;
    phases.imported = now();
  } finally {
    restoreFetch();
  }
  self.postMessage({ type: "ready", phases });
}

function answer({ id, body }) {
  if (handle === null) {
    self.postMessage({ type: "response", id, body: JSON.stringify({ ok: false, error: { kind: "not-ready" } }) });
    return;
  }
  let reply;
  try {
    reply = handle(body);
  } catch (error) {
    // bridge.handle catches every expected error; anything else is a bug worth a console line.
    console.error(error);
    reply = JSON.stringify({ ok: false, error: { kind: "internal", detail: describe(error) } });
  }
  self.postMessage({ type: "response", id, body: reply });
}

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

// Count the bytes of every download while the engine loads, so the page can show real
// progress instead of a spinner (and notice a stalled download). Pyodide fetches its
// files through the global fetch, which is wrapped here until loading is over.
function reportDownloads() {
  const original = self.fetch;
  const totals = { loaded: 0, total: 0 };
  let last = 0;
  const post = (force) => {
    const now = performance.now();
    if (!force && now - last < 100) return;
    last = now;
    self.postMessage({ type: "progress", loaded: totals.loaded, total: totals.total });
  };
  self.fetch = async (input, init) => {
    // Every file fetched while loading is needed: one that fails ends the loading at once
    // (Pyodide itself may wait forever on a wasm file that never arrives).
    const url = String(input instanceof Request ? input.url : input);
    let response;
    try {
      response = await original.call(self, input, init);
    } catch (error) {
      self.postMessage({ type: "failed", detail: `${url}: ${describe(error)}` });
      throw error;
    }
    if (!response.ok) {
      self.postMessage({ type: "failed", detail: `${url}: HTTP ${response.status}` });
      return response;
    }
    if (!response.body) return response;
    // Content-Length counts compressed bytes, the body yields uncompressed ones: only an
    // uncompressed response tells its size (the page usually knows the total anyway).
    if (!response.headers.get("content-encoding")) totals.total += Number(response.headers.get("content-length")) || 0;
    // Count a clone's bytes and hand Pyodide the response itself: a stream-wrapped copy
    // would lose the browser's compiled-code cache for pyodide.asm.wasm on later visits.
    countBytes(response.clone().body.getReader(), (bytes) => {
      totals.loaded += bytes;
      post(false);
    }).then(() => post(true), () => {});
    return response;
  };
  return () => {
    self.fetch = original;
  };
}

async function countBytes(reader, onChunk) {
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    onChunk(value.byteLength);
  }
}

function describe(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
