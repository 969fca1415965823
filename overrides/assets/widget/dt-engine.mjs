// The page's side of the engine: one Web Worker per document, shared by every mount.
//
// Material's instant navigation swaps pages without reloading, so the widget may be
// mounted many times in one document; the worker (and the ~12 MB Pyodide it loaded) is
// created once here at module level and reused. Loading either ends in "ready" or in
// "failed" (WebAssembly missing, a file missing, offline, a stalled download): never in
// an endless spinner. A failure says whose it is (`failureKind`): the browser's, the
// network's or the server's, so the reader knows whether retrying can help.

const STALL_MS = 30000; // no byte and no answer for this long: the engine is not coming
const RATE_AFTER_MS = 2000; // the download rate is known once bytes have flowed this long
const IDLE_WITHIN_MS = 2000; // the snapshot is made once the page is idle, or after this long
const SNAPSHOT_WITHIN_MS = 120000; // a snapshot worker still busy after this long is ended

let engine = null;

export function connectEngine(urls) {
  if (engine === null) engine = new Engine(urls);
  return engine;
}

// The engine for a widget root: its data attributes say where the worker, Pyodide, the
// wheel and the trimmed stdlib (absent: Pyodide's own) are, relative to the page.
export function engineFor(root) {
  const url = (value) => new URL(value, document.baseURI).href;
  const stdlib = root.dataset.stdlib ? url(root.dataset.stdlib) : undefined;
  return connectEngine({ worker: url(root.dataset.worker), pyodide: url(root.dataset.pyodide), wheel: url(root.dataset.wheel), stdlib });
}

// The worker the page's <head> started for exactly these URLs (macros/dt_start.js), taken
// once: its buffered events are handed to `onMessage`/`onError` in order, then live ones.
function takeEarlyWorker(urls, onMessage, onError) {
  const key = Symbol.for("decision-tree.early-worker");
  const early = globalThis[key];
  if (!early || !Object.keys(urls).every((name) => early.urls[name] === urls[name])) return null;
  delete globalThis[key];
  const { worker, events, keep } = early;
  worker.removeEventListener("message", keep);
  worker.removeEventListener("error", keep);
  worker.addEventListener("message", onMessage);
  worker.addEventListener("error", onError);
  for (const event of events.splice(0)) (event.type === "error" ? onError : onMessage)(event);
  return worker;
}

// A fresh engine after a failure (the widget's Retry): the failed worker is gone.
export function retryEngine(root) {
  engine?.dispose();
  engine = null;
  return engineFor(root);
}

// Why a file the engine needs did not arrive, asked again: "network" when nothing comes
// back, "server" when the answer is an error status or the wrong type of file, else
// "browser" (the file is fine, so this browser refused it). Used by the worker too.
export async function diagnose(url, expectedType, fetcher = fetch) {
  if (navigator.onLine === false) return { kind: "network", detail: `${url}: offline` };
  let response;
  try {
    response = await fetcher(url, { cache: "no-store" });
  } catch (error) {
    return { kind: "network", detail: `${url}: ${error}` };
  }
  if (!response.ok) return { kind: "server", detail: `${url}: HTTP ${response.status}` };
  const type = response.headers.get("content-type") ?? "";
  if (expectedType && !expectedType.test(type)) return { kind: "server", detail: `${url}: served as ${type || "no type"}` };
  return { kind: "browser", detail: `${url}: refused by the browser` };
}

// What a worker of dt-worker.mjs is asked to do, with the files it needs: "init" (the
// reader's engine) or "snapshot" (the maker). macros/dt_start.js sends the same "init".
function engineMessage(type, { pyodide, wheel, stdlib }) {
  return { type, pyodideURL: pyodide, wheelURL: wheel, stdlibURL: stdlib };
}

class Engine {
  constructor({ worker, pyodide, wheel, stdlib }) {
    this.urls = { worker, pyodide, wheel, stdlib };
    this.status = "loading";
    this.progress = { loaded: 0, total: 0 };
    this.rate = 0; // bytes per second, once known
    this.firstProgress = null;
    this.failure = "";
    this.failureKind = "";
    this.listeners = new Set();
    this.replies = new Map();
    this.nextId = 1;
    this.snapshot = "none"; // "wanted" once a ready worker asks for one; "started" once its maker runs
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.ready.catch(() => {}); // every caller handles failure through status events too
    this.watchdog = setTimeout(() => this.stalled(), STALL_MS);
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
      this.fail("browser", "this browser has no WebAssembly or Web Workers");
      return;
    }
    const onMessage = (event) => this.receive(event.data);
    const onError = (event) => {
      // Handled here, so it never surfaces as an uncaught error of the page.
      event.preventDefault();
      if (event.message) return this.fail("browser", `worker error: ${event.message}`);
      // The worker's script did not load: ask the server why.
      diagnose(worker, /javascript/).then(({ kind, detail }) => this.fail(kind, `worker script: ${detail}`));
    };
    // Started from <head> already (macros/dt_start.js) on a page loaded directly; started
    // here on a page reached by instant navigation, and on a retry.
    this.worker = takeEarlyWorker(this.urls, onMessage, onError);
    if (this.worker !== null) return;
    try {
      performance.mark("dt:engine-start");
      this.worker = new Worker(worker, { type: "module", name: "decision-tree-engine" });
    } catch (error) {
      this.fail("browser", `cannot start the worker: ${error}`);
      return;
    }
    this.worker.addEventListener("message", onMessage);
    this.worker.addEventListener("error", onError);
    this.worker.postMessage(engineMessage("init", this.urls));
  }

  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit() {
    for (const listener of this.listeners) listener(this);
  }

  receive(message) {
    if (message.type === "progress") {
      this.progress = { loaded: message.loaded, total: message.total };
      this.measureRate();
      this.rearm();
      this.emit();
    } else if (message.type === "ready") {
      clearTimeout(this.watchdog);
      this.status = "ready";
      // The worker's phases, on this page's timeline: where the loading time went.
      // `source`: whether the engine was restored from a memory snapshot (dt-worker.mjs).
      const detail = Object.fromEntries(
        Object.entries(message.phases ?? {}).map(([phase, time]) => [phase, time ? time - performance.timeOrigin : null]),
      );
      detail.source = message.source;
      performance.mark("dt:engine-ready", { detail });
      this.resolveReady();
      this.emit();
      if (message.snapshot) this.snapshot = "wanted"; // made when the page says so: `snapshotWhenIdle`
    } else if (message.type === "failed") {
      this.fail(message.kind || "browser", message.detail);
    } else if (message.type === "response") {
      const reply = this.replies.get(message.id);
      this.replies.delete(message.id);
      reply?.(JSON.parse(message.body));
    }
  }

  // The snapshot the ready worker asked for, made once, at idle time. The widget asks for it
  // only after the site's offline copy has been made (dt-offline.mjs): made together, the
  // second Pyodide boot kept a new deployment's service worker from activating (Chromium
  // left it "installed" for over 70 s, until the test gave up), so its copy was not made.
  snapshotWhenIdle() {
    if (this.snapshot !== "wanted") return;
    this.snapshot = "started";
    this.whenIdle(() => this.makeSnapshot());
  }

  // A snapshot of the engine for the next visits, made by a second worker of the same
  // script (dt-worker.mjs, `makeSnapshot`) while the reader reads: it boots its own Pyodide
  // (a few seconds of one core, off this thread), stores the snapshot and is ended.
  makeSnapshot() {
    let maker;
    try {
      maker = new Worker(this.urls.worker, { type: "module", name: "decision-tree-snapshot" });
    } catch {
      return; // no snapshot: the next visit loads plainly
    }
    performance.mark("dt:snapshot-start");
    let ended = false;
    const end = (stored) => {
      if (ended) return;
      ended = true;
      clearTimeout(deadline);
      maker.terminate();
      performance.mark("dt:snapshot-made", { detail: { stored } });
    };
    // It reports no progress and may meet a failure nobody reports (a damaged file): ended anyway.
    const deadline = setTimeout(() => end(false), SNAPSHOT_WITHIN_MS);
    maker.addEventListener("message", ({ data }) => {
      if (data.type === "snapshot-done") end(data.stored);
      else if (data.type === "failed") end(false);
    });
    maker.addEventListener("error", (event) => {
      event.preventDefault();
      end(false);
    });
    maker.postMessage(engineMessage("snapshot", this.urls));
  }

  whenIdle(task) {
    if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: IDLE_WITHIN_MS });
    else setTimeout(task, IDLE_WITHIN_MS);
  }

  measureRate() {
    const now = performance.now();
    const { loaded } = this.progress;
    if (this.firstProgress === null) {
      this.firstProgress = { time: now, loaded };
      return;
    }
    const elapsed = now - this.firstProgress.time;
    if (elapsed >= RATE_AFTER_MS) this.rate = ((loaded - this.firstProgress.loaded) * 1000) / elapsed;
  }

  // Seconds until `total` bytes have arrived at the rate so far; null while the rate is unknown.
  secondsLeft(total) {
    if (!(this.rate > 0) || !(total > 0)) return null;
    return Math.max(0, total - this.progress.loaded) / this.rate;
  }

  stalled() {
    this.fail("network", `no progress for ${STALL_MS / 1000} s`);
  }

  rearm() {
    if (this.status !== "loading") return;
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => this.stalled(), STALL_MS);
  }

  fail(kind, detail) {
    if (this.status !== "loading") return;
    clearTimeout(this.watchdog);
    this.status = "failed";
    this.failure = detail;
    this.failureKind = kind;
    performance.mark("dt:engine-failed", { detail: { kind } });
    console.warn(`decision tree engine failed to load (${kind}): ${detail}`);
    this.worker?.terminate();
    this.rejectReady(new Error(detail));
    this.emit();
  }

  dispose() {
    clearTimeout(this.watchdog);
    this.listeners.clear();
    this.worker?.terminate();
  }

  // Send one request to decision_tree.bridge.handle once the engine is ready.
  async request(body) {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.replies.set(id, resolve);
      this.worker.postMessage({ type: "request", id, body: JSON.stringify(body) });
    });
  }
}
