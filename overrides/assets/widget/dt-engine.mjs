// The page's side of the engine: one Web Worker per document, shared by every mount.
//
// Material's instant navigation swaps pages without reloading, so the widget may be
// mounted many times in one document; the worker (and the ~13 MB Pyodide it loaded) is
// created once here at module level and reused. Loading either ends in "ready" or in
// "failed" (WebAssembly missing, a file missing, offline, a stalled download): never in
// an endless spinner.

const STALL_MS = 30000; // no byte and no answer for this long: the engine is not coming

let engine = null;

export function connectEngine(urls) {
  if (engine === null) engine = new Engine(urls);
  return engine;
}

// The engine for a widget root: its data attributes say where the worker, Pyodide and
// the wheel are, relative to the page.
export function engineFor(root) {
  const url = (value) => new URL(value, document.baseURI).href;
  return connectEngine({ worker: url(root.dataset.worker), pyodide: url(root.dataset.pyodide), wheel: url(root.dataset.wheel) });
}

class Engine {
  constructor({ worker, pyodide, wheel }) {
    this.status = "loading";
    this.progress = { loaded: 0, total: 0 };
    this.failure = "";
    this.listeners = new Set();
    this.replies = new Map();
    this.nextId = 1;
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.ready.catch(() => {}); // every caller handles failure through status events too
    this.watchdog = setTimeout(() => this.fail(`no progress for ${STALL_MS / 1000} s`), STALL_MS);
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
      this.fail("this browser has no WebAssembly or Web Workers");
      return;
    }
    try {
      performance.mark("dt:engine-start");
      this.worker = new Worker(worker, { type: "module", name: "decision-tree-engine" });
    } catch (error) {
      this.fail(`cannot start the worker: ${error}`);
      return;
    }
    this.worker.addEventListener("message", (event) => this.receive(event.data));
    this.worker.addEventListener("error", (event) => this.fail(`worker error: ${event.message || "script failed to load"}`));
    this.worker.postMessage({ type: "init", pyodideURL: pyodide, wheelURL: wheel });
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
      this.rearm();
      this.emit();
    } else if (message.type === "ready") {
      clearTimeout(this.watchdog);
      this.status = "ready";
      // The worker's phases, on this page's timeline: where the loading time went.
      const detail = Object.fromEntries(
        Object.entries(message.phases ?? {}).map(([phase, time]) => [phase, time - performance.timeOrigin]),
      );
      performance.mark("dt:engine-ready", { detail });
      this.resolveReady();
      this.emit();
    } else if (message.type === "failed") {
      this.fail(message.detail);
    } else if (message.type === "response") {
      const reply = this.replies.get(message.id);
      this.replies.delete(message.id);
      reply?.(JSON.parse(message.body));
    }
  }

  rearm() {
    if (this.status !== "loading") return;
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => this.fail(`no progress for ${STALL_MS / 1000} s`), STALL_MS);
  }

  fail(detail) {
    if (this.status !== "loading") return;
    clearTimeout(this.watchdog);
    this.status = "failed";
    this.failure = detail;
    console.warn(`decision tree engine failed to load: ${detail}`);
    this.worker?.terminate();
    this.rejectReady(new Error(detail));
    this.emit();
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
