// The decision engine's home: a module Web Worker running the same Python package as the
// CLI and the tests, in the self-hosted Pyodide core. The page never waits on Python: it
// posts JSON requests here and gets JSON answers back (decision_tree.bridge.handle).
//
// Messages in:  {type: "init", pyodideURL, wheelURL, stdlibURL}  then  {type: "request", id, body}
// `stdlibURL`: the standard library trimmed to what the engine imports (scripts/widget-stdlib.mjs),
// loaded instead of Pyodide's full python_stdlib.zip; without it, Pyodide loads its own.
// Messages out: {type: "progress", loaded, total}, {type: "ready"},
//               {type: "failed", kind, detail}, {type: "response", id, body}
// A failure's `kind` says whose it is: "browser", "network" or "server" (dt-engine.mjs).

// Nothing is imported up front: a static import would cost the worker one more round trip
// before it can start Pyodide's downloads. `diagnose` (dt-engine.mjs) is fetched on a failure only.

let handle = null;
let failed = false;
const nativeFetch = self.fetch;
const nativeWarn = console.warn.bind(console);

self.addEventListener("message", (event) => {
  const message = event.data;
  if (message.type === "init") {
    start(message).catch((error) => report(classify(error)));
  } else if (message.type === "snapshot") {
    const done = (stored) => self.postMessage({ type: "snapshot-done", stored });
    makeSnapshot(message).then(done, (error) => {
      console.info(`decision tree engine: no snapshot (${describe(error)})`);
      done(false);
    });
  } else if (message.type === "request") {
    answer(message);
  }
});

// Pyodide starts some downloads without awaiting them (the stdlib zip): when one fails,
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
const phases = { start: 0, module: 0, read: 0, checked: 0, pyodide: 0, wheel: 0, imported: 0 };
// Where the engine came from: "restored" (a stored snapshot), "stored" (loaded, and a snapshot
// to be made apart for the next visit: `makeSnapshot`) or "plain" (loaded; no Cache API to
// keep a snapshot in).
let source = "plain";

async function start({ pyodideURL, wheelURL, stdlibURL, snapshots = true }) {
  phases.start = now();
  if (typeof WebAssembly !== "object") throw browserError("WebAssembly is not available in this browser");
  probeWebAssembly();
  const restoreFetch = reportDownloads();
  const restoreWarn = reportInstantiationFailure();
  let wanted = false; // no usable snapshot stored: the page is to have one made (`makeSnapshot`)
  try {
    // The wheel downloads while Pyodide boots; both are needed before the first answer.
    const wheel = fetchBytes(wheelURL);
    wheel.catch(() => {}); // reported below, once Pyodide is up or has failed
    const moduleURL = new URL("pyodide.mjs", pyodideURL).href;
    let pyodideModule;
    try {
      pyodideModule = await import(moduleURL);
    } catch (error) {
      // An import failure does not say why: ask the server for the file again.
      const { diagnose } = await import("./dt-engine.mjs");
      const { kind, detail } = await diagnose(moduleURL, /javascript/, nativeFetch);
      throw Object.assign(new Error(detail), { kind });
    }
    phases.module = now();
    const { loadPyodide, version } = pyodideModule;
    // The same options for a plain load and a restore: a snapshot holds Python's memory, not
    // its files, so a restored engine still reads the trimmed stdlib for any later import.
    const options = pyodideOptions(pyodideURL, stdlibURL, { stderr: nativeWarn });
    const store = snapshots ? await snapshotStore(version, pyodideURL, wheel, stdlibURL) : null;
    const saved = store ? await store.find() : null;
    if (saved) {
      // Read and checked while Pyodide fetches and compiles its WebAssembly, which it does
      // before it needs the snapshot's bytes.
      handle = await restore(loadPyodide, options, store.read(saved), wheel).catch((error) => {
        // A snapshot this Pyodide cannot use: forget it and load as if it were not there.
        console.info(`decision tree engine: snapshot not used (${describe(error)})`);
        store.remove(saved);
        return null;
      });
    }
    if (handle === null) {
      // Not `_makeSnapshot`: a Pyodide able to make a snapshot took ~0.35 s longer to load
      // (measured: 1.09x against 1.02x a bare load). The snapshot is made apart, later.
      const pyodide = await loadPyodide(options);
      phases.pyodide = now();
      pyodide.unpackArchive(await wheel, "wheel");
      phases.wheel = now();
      handle = pyodide.pyimport("decision_tree.bridge").handle;
      wanted = store !== null;
    }
    phases.imported = now();
  } finally {
    restoreFetch();
    restoreWarn();
  }
  if (failed) return;
  self.postMessage({ type: "ready", phases, source: wanted ? "stored" : source, snapshot: wanted });
}

// A snapshot for the next visits, made by a second instance of this worker that the page
// starts once the engine is ready and the page idle (dt-engine.mjs), and ends when this
// answers: its own Pyodide, loaded able to snapshot, with our engine imported and nothing
// else, so the snapshot holds nothing a reader did. The reader's engine never waits for it.
async function makeSnapshot({ pyodideURL, wheelURL, stdlibURL }) {
  const wheel = fetchBytes(wheelURL);
  const { loadPyodide, version } = await import(new URL("pyodide.mjs", pyodideURL).href);
  const store = await snapshotStore(version, pyodideURL, wheel, stdlibURL);
  if (store === null) return false;
  const pyodide = await loadPyodide(pyodideOptions(pyodideURL, stdlibURL, { _makeSnapshot: true }));
  pyodide.unpackArchive(await wheel, "wheel");
  pyodide.pyimport("decision_tree.bridge");
  const snapshot = takeSnapshot(pyodide);
  return snapshot !== null && (await store.write(snapshot));
}

// `loadPyodide`'s options for the reader's engine and the snapshot's maker alike: a snapshot
// restores only into a Pyodide loaded from the same files (the trimmed stdlib included).
// Python's printed output is dropped (the engine answers through the bridge); the reader's
// engine passes Python's warnings and errors on to the console (`extra.stderr`).
function pyodideOptions(pyodideURL, stdlibURL, extra) {
  const options = { indexURL: pyodideURL, stdout: () => {}, stderr: () => {}, ...extra };
  if (stdlibURL) options.stdLibURL = stdlibURL;
  return options;
}

// ---- memory snapshots ----------------------------------------------------------------
//
// Most of a Pyodide start is Python's own start-up (the interpreter, `encodings`, the
// stdlib modules our package imports), identical on every visit. So the first visit, once
// the engine is ready and before it answers anything, copies Pyodide's memory (a snapshot,
// Pyodide's private `_makeSnapshot`/`_loadSnapshot` API) into the Cache API; later visits
// restore it instead of starting Python. Made in the reader's own browser, by the very
// Pyodide that restores it: nothing extra to download on a first visit.
//
// Keyed by the exact Pyodide version and the SHA-256 of our wheel's bytes (with the trimmed
// stdlib's URL, which carries its digest, when there is one), so a new Pyodide, a new engine
// or a new stdlib makes a new snapshot (older ones are deleted when it is stored): zipimport
// keeps the zip's table of contents in Python's memory, so a snapshot restored over another
// zip cannot import what its own zip lacked, nor find what moved. The
// stored bytes carry their own SHA-256, checked before use: a missing, truncated or damaged
// snapshot, one of another Pyodide build (Pyodide checks its build id) or one that does not
// answer a request correctly is deleted and the engine loads without it, silently.

const SNAPSHOT_CACHE = "dt-engine-snapshots";

async function snapshotStore(version, pyodideURL, wheel, stdlibURL) {
  if (typeof caches !== "object" || !crypto?.subtle) return null; // not a secure context
  let cache;
  try {
    cache = await caches.open(SNAPSHOT_CACHE);
  } catch {
    return null; // storage disabled (private mode, quota)
  }
  // Looked up by the Pyodide version alone, so that a first visit never waits for the wheel
  // before Pyodide starts loading; the wheel's hash is checked once both have arrived.
  // Under the Pyodide folder both languages share, not under this worker's (one per language):
  // the engine is the same, so a reader who switches language keeps one snapshot.
  const folder = new URL(`snapshot/pyodide-${encodeURIComponent(version)}/`, pyodideURL).href;
  const wheelHash = wheel.then(async (bytes) => {
    const hash = await sha256(bytes);
    return stdlibURL ? sha256(new TextEncoder().encode(`${hash} ${stdlibURL}`)) : hash;
  });
  wheelHash.catch(() => {}); // a missing wheel is reported by the load itself
  return {
    async find() {
      try {
        return (await cache.keys()).find((request) => request.url.startsWith(folder)) ?? null;
      } catch {
        return null;
      }
    },
    async read(request) {
      const [response, hash] = await Promise.all([cache.match(request), wheelHash]);
      if (!response) throw new Error("gone");
      if (request.url !== `${folder}${hash}.bin`) throw new Error("made for another wheel");
      const stored = new Uint8Array(await response.arrayBuffer());
      phases.read = now();
      if ((await sha256(stored)) !== response.headers.get("x-dt-sha256")) throw new Error("damaged (SHA-256 differs)");
      phases.checked = now();
      return unpackPages(stored);
    },
    async write(bytes) {
      try {
        const key = `${folder}${await wheelHash}.bin`;
        const stored = packPages(bytes);
        const headers = { "content-type": "application/octet-stream", "x-dt-sha256": await sha256(stored) };
        await cache.put(key, new Response(stored, { headers }));
        for (const request of await cache.keys()) if (request.url !== key) await cache.delete(request);
        return true;
      } catch (error) {
        console.info(`decision tree engine: snapshot not stored (${describe(error)})`);
        return false;
      }
    },
    remove(request) {
      return cache.delete(request).catch(() => false);
    },
  };
}

async function restore(loadPyodide, options, snapshot, wheel) {
  // Pyodide awaits the bytes only once its own files are in: a snapshot refused before then
  // must not count as an unhandled rejection (which would end the loading as a failure).
  snapshot.catch(() => {});
  const pyodide = await loadPyodide({ ...options, _loadSnapshot: snapshot });
  phases.pyodide = now();
  // The file system is not part of the snapshot: our modules are imported already, but
  // anything the bridge imports later must find its files.
  pyodide.unpackArchive(await wheel, "wheel");
  phases.wheel = now();
  const restored = pyodide.pyimport("decision_tree.bridge").handle;
  // The restored engine must answer like a fresh one before a reader relies on it.
  const reply = JSON.parse(restored(JSON.stringify({ op: "state", path: [], lang: "en" })));
  if (reply?.ok !== true || !reply.state?.question) throw new Error("the restored engine does not answer");
  source = "restored";
  return restored;
}

function takeSnapshot(pyodide) {
  try {
    return pyodide.makeMemorySnapshot();
  } catch (error) {
    console.info(`decision tree engine: no snapshot (${describe(error)})`);
    return null;
  }
}

// Half of Pyodide's memory is pages of zeros: stored without them, the snapshot is read
// from the Cache API in half the time. Layout (little-endian u32s): magic "DTS1", the
// snapshot's length, the page size, the number of pages; then one bit per page (set: stored);
// then the stored pages in order (the last one may be short).
const PAGE = 4096;
const SPARSE_MAGIC = 0x31535444; // "DTS1"

function packPages(bytes) {
  const pages = Math.ceil(bytes.length / PAGE);
  const bitmap = new Uint8Array(Math.ceil(pages / 8));
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
  let kept = 0;
  for (let page = 0; page < pages; page++) {
    const from = page * (PAGE / 4);
    const to = Math.min(from + PAGE / 4, words.length);
    let zero = true;
    for (let i = from; i < to && zero; i++) zero = words[i] === 0;
    for (let i = to * 4; i < Math.min((page + 1) * PAGE, bytes.length) && zero; i++) zero = bytes[i] === 0;
    if (zero) continue;
    bitmap[page >> 3] |= 1 << (page & 7);
    kept += Math.min(PAGE, bytes.length - page * PAGE);
  }
  const out = new Uint8Array(16 + bitmap.length + kept);
  new Uint32Array(out.buffer, 0, 4).set([SPARSE_MAGIC, bytes.length, PAGE, pages]);
  out.set(bitmap, 16);
  let at = 16 + bitmap.length;
  for (let page = 0; page < pages; page++) {
    if (!(bitmap[page >> 3] & (1 << (page & 7)))) continue;
    const chunk = bytes.subarray(page * PAGE, Math.min((page + 1) * PAGE, bytes.length));
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function unpackPages(stored) {
  const view = new DataView(stored.buffer, stored.byteOffset, stored.byteLength);
  if (stored.length < 16 || view.getUint32(0, true) !== SPARSE_MAGIC) throw new Error("not a stored snapshot");
  const [length, pageSize, pages] = [view.getUint32(4, true), view.getUint32(8, true), view.getUint32(12, true)];
  if (pageSize !== PAGE || pages !== Math.ceil(length / PAGE)) throw new Error("inconsistent snapshot header");
  const bitmap = stored.subarray(16, 16 + Math.ceil(pages / 8));
  const bytes = new Uint8Array(length);
  let at = 16 + bitmap.length;
  for (let page = 0; page < pages; page++) {
    if (!(bitmap[page >> 3] & (1 << (page & 7)))) continue;
    const size = Math.min(PAGE, length - page * PAGE);
    if (at + size > stored.length) throw new Error("snapshot shorter than its page map");
    bytes.set(stored.subarray(at, at + size), page * PAGE);
    at += size;
  }
  if (at !== stored.length) throw new Error("snapshot longer than its page map");
  return bytes;
}

async function sha256(data) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
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
