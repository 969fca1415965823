// Offline use: once the widget's engine is ready, the site's service worker (`dt-sw.js` at
// the whole site's root, written by the build from scripts/dt-sw.js) is registered and asked
// to keep a copy of the site and the engine, so that later visits work without the network.
//
// Imported by the widget only after its engine is ready, and the registration waits for an
// idle moment after the page's load: a first visit's engine download never competes with it,
// and a page without the widget never registers it. The worker's URL comes from the widget's
// `data-offline` (relative to the page), so the site works under any path. Nothing here may
// fail the widget: without service workers (a browser setting, an insecure origin, `make live`,
// which has no dt-sw.js) the widget works exactly as before, only not offline.

// Once per document, however many times instant navigation mounts the widget: settles when
// this deployment's copy has been reported (or cannot be made), so that the engine's snapshot
// is made after it, never beside it (Engine.snapshotWhenIdle). A copy still being made after
// COPY_WITHIN_MS (a slow link downloading the pages) goes on; the snapshot waits no longer.
const COPY_WITHIN_MS = 30000;
let copied = null;

export function keepOffline(root) {
  if (copied === null && root.dataset.offline && "serviceWorker" in navigator) {
    const url = new URL(root.dataset.offline, document.baseURI);
    const made = afterLoadAndIdle()
      .then(() => register(url))
      .catch((error) => console.info(`decision tree: no offline copy (${error?.message ?? error})`));
    copied = Promise.race([made, new Promise((resolve) => setTimeout(resolve, COPY_WITHIN_MS))]);
  }
  return copied ?? Promise.resolve();
}

function afterLoadAndIdle() {
  const loaded =
    document.readyState === "complete" ? Promise.resolve() : new Promise((resolve) => addEventListener("load", resolve, { once: true }));
  const idle = () =>
    new Promise((resolve) => (typeof requestIdleCallback === "function" ? requestIdleCallback(resolve, { timeout: 5000 }) : setTimeout(resolve, 1000)));
  return loaded.then(idle);
}

async function register(url) {
  const registration = await navigator.serviceWorker.register(url.href, { scope: new URL("./", url).href });
  if (!registration) return; // registration refused without an error (an automated browser may do that)
  // register() resolves with an existing registration as it is: ask the server whether this
  // deployment has a newer worker, so that it is the new worker's copy that gets filled.
  // Offline (a page served from the copy) there is no answer, and the copy is there already.
  await registration.update().catch(() => {});
  const worker = await activated(registration);
  if (!worker) return;
  const result = await new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    worker.postMessage({ type: "dt-offline-fill" }, [channel.port2]);
  });
  // For tests and `make bench`: when (and whether) this deployment's copy is complete.
  performance.mark(result?.complete ? "dt:offline-ready" : "dt:offline-incomplete", { detail: result });
}

// The registration's newest worker, once it is active: a new deployment's worker installs and
// activates on its own (it skips waiting), and it is the one whose copy should be filled.
async function activated(registration) {
  for (;;) {
    const pending = registration.installing ?? registration.waiting;
    if (!pending) return registration.active;
    await new Promise((resolve) => pending.addEventListener("statechange", resolve, { once: true }));
  }
}
