// The decision engine's home: a module Web Worker running the same Python package as the
// CLI and the tests, in the self-hosted Pyodide core. The page never waits on Python: it
// posts JSON requests here and gets JSON answers back (decision_tree.bridge.handle).
//
// Messages in:  {type: "init", pyodideURL, wheelURL}  then  {type: "request", id, body}
// Messages out: {type: "progress", loaded, total}, {type: "ready"},
//               {type: "failed", kind, detail}, {type: "response", id, body}
// A failure's `kind` says whose it is: "browser", "network" or "server" (dt-engine.mjs).

import { diagnose } from "./dt-engine.mjs";

let handle = null;
let failed = false;
const nativeFetch = self.fetch;
const nativeWarn = console.warn.bind(console);

self.addEventListener("message", (event) => {
  const message = event.data;
  if (message.type === "init") {
    start(message).catch((error) => report(classify(error)));
  } else if (message.type === "request") {
    answer(message);
  }
});

// Pyodide starts some downloads without awaiting them (python_stdlib.zip): when one fails,
// its rejection is reported here as the engine's failure, not as an uncaught page error.
self.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  if (handle === null) report({ kind: "network", detail: describe(event.reason) });
  else console.error(event.reason);
});

function report({ kind, detail }) {
  if (failed) return; // the first cause found is the one the reader is told
  failed = true;
  self.postMessage({ type: "failed", kind, detail });
}

// Absolute times (ms since the epoch) of each loading phase, for `make bench`.
const now = () => performance.timeOrigin + performance.now();
const phases = { start: 0, pyodide: 0, wheel: 0, imported: 0 };

async function start({ pyodideURL, wheelURL }) {
  phases.start = now();
  if (typeof WebAssembly !== "object") throw browserError("WebAssembly is not available in this browser");
  probeWebAssembly();
  const restoreFetch = reportDownloads();
  const restoreWarn = reportInstantiationFailure();
  try {
    // The wheel downloads while Pyodide boots; both are needed before the first answer.
    const wheel = fetchBytes(wheelURL);
    wheel.catch(() => {}); // reported below, once Pyodide is up or has failed
    const moduleURL = new URL("pyodide.mjs", pyodideURL).href;
    let loadPyodide;
    try {
      ({ loadPyodide } = await import(moduleURL));
    } catch (error) {
      // An import failure does not say why: ask the server for the file again.
      const { kind, detail } = await diagnose(moduleURL, /javascript/, nativeFetch);
      throw Object.assign(new Error(detail), { kind });
    }
    const pyodide = await loadPyodide({ indexURL: pyodideURL, stdout: () => {}, stderr: nativeWarn });
    phases.pyodide = now();
    pyodide.unpackArchive(await wheel, "wheel");
    phases.wheel = now();
    handle = pyodide.pyimport("decision_tree.bridge").handle;
    phases.imported = now();
  } finally {
    restoreFetch();
    restoreWarn();
  }
  if (!failed) self.postMessage({ type: "ready", phases });
}

// A browser (or its policy) may forbid compiling WebAssembly while still having the API:
// compiling the smallest module says so at once, instead of a Pyodide that waits forever.
function probeWebAssembly() {
  try {
    new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  } catch (error) {
    throw browserError(`WebAssembly cannot be compiled here: ${describe(error)}`);
  }
}

// Pyodide catches a failed WebAssembly.instantiate(Streaming), logs it with console.warn
// ("wasm instantiation failed!", then the error) and then waits forever. The error it logs
// is the engine's failure, reported at once. The probe above has shown that this browser
// compiles WebAssembly, so a module that does not compile or link is a damaged or
// mismatched file: the server's to fix.
function reportInstantiationFailure() {
  const wasmErrors = [WebAssembly.CompileError, WebAssembly.LinkError, WebAssembly.RuntimeError];
  console.warn = (...args) => {
    const error = args.find((arg) => wasmErrors.some((type) => arg instanceof type));
    if (error) report({ kind: "server", detail: `pyodide.asm.wasm: ${describe(error)}` });
    nativeWarn(...args);
  };
  return () => {
    console.warn = nativeWarn;
  };
}

function browserError(message) {
  return Object.assign(new Error(message), { kind: "browser" });
}

// Whose fault an error is: ours to know when we raised it, the browser's when WebAssembly
// refused to compile or link, the network's when a fetch found nothing at all.
function classify(error) {
  const detail = describe(error);
  if (error?.kind) return { kind: error.kind, detail };
  if (error instanceof WebAssembly.CompileError || error instanceof WebAssembly.LinkError) return { kind: "browser", detail };
  if (error instanceof TypeError && /fetch/i.test(error.message)) return { kind: "network", detail };
  return { kind: "browser", detail };
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
  if (!response.ok) throw Object.assign(new Error(`${url}: HTTP ${response.status}`), { kind: "server" });
  return response.arrayBuffer();
}

// What each kind of file must be served as; a server that gets it wrong makes Pyodide
// wait forever (WebAssembly.compileStreaming refuses a .wasm that is not application/wasm).
const EXPECTED_TYPES = [[/\.wasm$/, /^application\/wasm/]];

// Count the bytes of every download while the engine loads, so the page can show real
// progress instead of a spinner (and notice a stalled download). Pyodide fetches its
// files through the global fetch, which is wrapped here until loading is over.
function reportDownloads() {
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
      response = await nativeFetch.call(self, input, init);
    } catch (error) {
      report({ kind: "network", detail: `${url}: ${describe(error)}` });
      throw error;
    }
    if (!response.ok) {
      report({ kind: "server", detail: `${url}: HTTP ${response.status}` });
      return response;
    }
    const type = response.headers.get("content-type") ?? "";
    const path = new URL(url).pathname;
    for (const [file, expected] of EXPECTED_TYPES) {
      if (file.test(path) && !expected.test(type)) report({ kind: "server", detail: `${url}: served as ${type || "no type"}` });
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
    self.fetch = nativeFetch;
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
