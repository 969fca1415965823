// The site's service worker: once a reader has used the decision-tree widget, the whole site
// (both languages, every page, the widget and its engine) keeps working without the network.
//
// The build (scripts/offline.py) writes this file into the whole site's root as `dt-sw.js`,
// with this deployment's id and file list in place of the two lines marked below, so its
// bytes change with every deployment and browsers install the new one. At the root, its
// scope covers `/` and `/en/` (or a project site's `/<repo>/`): GitHub Pages cannot send
// `Service-Worker-Allowed`. The widget registers it (dt-offline.mjs) only once its engine
// is ready, at idle time, and then asks it to fill the cache ("fill" below).
//
// Online nothing changes: what the network answers (through the browser's HTTP cache, as
// without this worker) is what the page gets, errors too. Only when the network fails is a
// request answered from the cache, and only from one complete copy of one deployment, whose
// every file was checked against the SHA-256 the build wrote below: a page, its assets and
// the engine never come from two deployments. Cross-origin and non-GET requests are left alone.
//
// Navigations are network first: this worker fetches them (with navigation preload, so the
// request does not wait for it to start) and answers from the copy when the fetch fails. The
// other requests go straight to the network, untouched, while the browser says it is online
// and no request has failed lately: passing every request (the engine's ~12 MB too) through
// a fetch() here made a repeat visit's engine 20-25 % slower to get ready; this way `make
// bench` measures 1.00-1.06x (repeat-sw against repeat). When the browser is offline, or for
// a while after a failure (a page that had to come from the copy: the network is down although
// the browser does not know), they are network first too.

const BUILD = "dev"; // dt-sw: BUILD
const FILES = []; // dt-sw: FILES ([path relative to the site root, SRI integrity] for every file offline needs)

const ROOT = new URL("./", self.location.href).href; // the whole site's root, where this script is
const PREFIX = "dt-offline-";
const CACHE = PREFIX + BUILD;
// Marks a cache as complete; holds its deployment's file list. Never requested by a page.
const COMPLETE = new URL("dt-sw.js?complete", self.location.href).href;
const PARALLEL = 4;
const RECENT_FAILURE_MS = 30000; // how long after a failed fetch every request is network first

let failedAt = -Infinity; // when a fetch of ours last failed (forgotten when this worker stops)

self.addEventListener("install", (event) => {
  // A new deployment's worker takes over at once: online it behaves exactly like the old one
  // (the network decides), so an open page of the old deployment loses nothing.
  event.waitUntil(self.skipWaiting());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // Navigations then start their network request while this worker starts up.
      await self.registration.navigationPreload?.enable().catch(() => {});
      await prune();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  const online = self.navigator.onLine !== false && Date.now() - failedAt > RECENT_FAILURE_MS;
  if (online && request.mode !== "navigate") return; // straight to the network, as without this worker
  event.respondWith(networkFirst(event));
});

async function networkFirst(event) {
  const request = event.request;
  try {
    const preloaded = request.mode === "navigate" ? await event.preloadResponse : undefined;
    const response = preloaded ?? (await fetch(request));
    failedAt = -Infinity;
    return response;
  } catch {
    failedAt = Date.now();
    // A request that asks for the network only (`cache: "no-store"`: the widget asking the
    // server why a file failed) gets the network's answer, even when that is a failure.
    if (request.cache !== "no-store") {
      const cache = await offlineCache();
      const stored = await cache?.match(request, { ignoreVary: true, ignoreSearch: request.mode === "navigate" });
      if (stored) return stored;
    }
    return Response.error();
  }
}

// ---- the offline copy ------------------------------------------------------------------

// One cache per deployment. While this deployment's copy is being filled, the previous
// complete one still answers offline; once this one is complete, every other is deleted.
// The widget's engine snapshot (`dt-engine-snapshots`, dt-worker.mjs) is not ours to delete.
async function offlineCache() {
  const ours = await caches.open(CACHE);
  if (await ours.match(COMPLETE)) return ours;
  const older = await completeCaches();
  return older[0]?.cache;
}

// The complete caches of other deployments, newest first, with their file lists.
async function completeCaches() {
  const found = [];
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const cache = await caches.open(name);
    const marker = await cache.match(COMPLETE);
    if (!marker) continue;
    try {
      const { time, files } = await marker.json();
      found.push({ cache, time, files: new Map(files) });
    } catch {
      // an unreadable marker: not a copy to rely on
    }
  }
  return found.sort((a, b) => b.time - a.time);
}

async function prune() {
  const complete = Boolean(await (await caches.open(CACHE)).match(COMPLETE));
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    if (complete || !(await (await caches.open(name)).match(COMPLETE))) await caches.delete(name);
  }
}

// The widget asks for the copy once its engine is ready: {type: "dt-offline-fill"}, with a
// port for the answer {build, complete, fetched, copied, missing}.
self.addEventListener("message", (event) => {
  if (event.data?.type !== "dt-offline-fill") return;
  const port = event.ports[0];
  event.waitUntil(
    fill().then(
      (result) => port?.postMessage(result),
      (error) => port?.postMessage({ build: BUILD, complete: false, error: String(error) }),
    ),
  );
});

let filling = null; // one fill at a time, however many pages ask

function fill() {
  filling ??= fillOnce().finally(() => {
    filling = null;
  });
  return filling;
}

async function fillOnce() {
  const cache = await caches.open(CACHE);
  const result = { build: BUILD, complete: true, fetched: 0, copied: 0, missing: [] };
  if (await cache.match(COMPLETE)) return result;
  const older = await completeCaches();
  const queue = [...FILES];
  const next = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const [path, integrity] = file;
      const url = new URL(path, ROOT).href;
      if (await cache.match(url, { ignoreVary: true })) continue;
      // A file this deployment shares with the previous one is copied, not downloaded again.
      const same = older.find((copy) => copy.files.get(path) === integrity);
      const kept = same ? await same.cache.match(url, { ignoreVary: true }) : undefined;
      const response = kept ?? (await download(url, integrity));
      if (!response) {
        result.missing.push(path);
        continue;
      }
      await cache.put(url, response);
      result[kept ? "copied" : "fetched"] += 1;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, next));
  if (result.missing.length) return { ...result, complete: false };
  const marker = JSON.stringify({ build: BUILD, time: Date.now(), files: FILES });
  await cache.put(COMPLETE, new Response(marker, { headers: { "content-type": "application/json" } }));
  await prune();
  return result;
}

// A file with exactly the bytes the build hashed: from the browser's HTTP cache when it holds
// them (the reader's visit has just downloaded the engine; nothing is downloaded twice), else
// from the server. A file that matches neither (a newer deployment, a proxy that rewrites
// pages) is left out, and the copy stays incomplete: never used, filled again next visit.
async function download(url, integrity) {
  for (const cache of ["force-cache", "no-cache"]) {
    try {
      const response = await fetch(url, { cache, integrity, credentials: "same-origin", priority: "low" });
      if (!response.ok) continue;
      // A navigation may not be answered with a redirected response: keep the bytes only.
      if (!response.redirected) return response;
      const { status, statusText, headers } = response;
      return new Response(await response.blob(), { status, statusText, headers });
    } catch {
      // not these bytes (integrity), or no network: try the server, then give up
    }
  }
  return undefined;
}
