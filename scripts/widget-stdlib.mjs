// The widget's own Python standard library: Pyodide's python_stdlib.zip cut down to the files
// Pyodide's start-up and our engine were seen to read, built by the very Pyodide it serves.
//
//   node scripts/widget-stdlib.mjs build WHEEL OUT.zip
//   node scripts/widget-stdlib.mjs answer WHEEL STDLIB.zip REQUESTS.json   (for the tests)
//
// Why: the full zip is 2.5 MB, the largest download of the engine after the WebAssembly, and
// the engine imports about a quarter of it. The widget's first visit is meant to cost no more
// than a bare Pyodide load; the trimmed zip more than pays for our wheel.
//
// `build` loads the pinned Pyodide (node_modules/pyodide, run here in Node) with its full
// stdlib as the worker does on a first visit (dt-worker.mjs: `_makeSnapshot`, the wheel
// unpacked, `decision_tree.bridge` imported, a snapshot taken), then hands `bridge.handle`
// every request of scripts/widget_requests.py (every op on every start of a cover of the paths,
// in both languages, old links, bad requests and links) and lets exceptions cross into JavaScript
// with their tracebacks formatted (Pyodide's error path reads the sources of the frames).
// Kept: every stdlib module in sys.modules (its `__spec__.origin` inside the zip), every
// member read from the zip meanwhile (zipimport and zipfile are watched: sources shown in
// tracebacks, data files), the `__init__.py` of every package above them and the zip's
// directory entries above them. Written deterministically: sorted, fixed timestamps, each
// member compressed as in the original. Then the build loads Pyodide again with only the
// trimmed zip and refuses to finish unless every answer and every traceback is the same as
// with the full one.
//
// `answer` loads Pyodide with only the given stdlib, plainly and restored from a snapshot it
// made, and prints what the engine answers, for tests/widget/test_stdlib.py to compare with
// CPython.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const pyodideDir = fileURLToPath(new URL("../node_modules/pyodide/", import.meta.url));
const requestsSource = readFileSync(new URL("widget_requests.py", import.meta.url), "utf8");
const { loadPyodide, version } = await import(new URL("pyodide.mjs", `file://${pyodideDir}`).href);
const FULL = `${pyodideDir}python_stdlib.zip`;

// Pyodide as the worker starts it: with the given stdlib, the wheel unpacked, the bridge
// imported. `beforeWheel` runs once Python is up (the recorder goes in there).
async function engine(wheel, stdlib, { snapshot = null, makeSnapshot = false, beforeWheel = () => {} } = {}) {
  const options = { indexURL: pyodideDir, stdLibURL: stdlib, stdout: () => {}, stderr: () => {} };
  if (snapshot) options._loadSnapshot = snapshot;
  if (makeSnapshot) options._makeSnapshot = true;
  const pyodide = await loadPyodide(options);
  beforeWheel(pyodide);
  pyodide.unpackArchive(wheel, "wheel");
  const bridge = pyodide.pyimport("decision_tree.bridge");
  // The worker snapshots the engine before its first request; the snapshot is taken here too,
  // so that whatever taking one imports is recorded.
  const taken = makeSnapshot ? pyodide.makeMemorySnapshot() : null;
  return { pyodide, handle: bridge.handle, snapshot: taken };
}

// What the engine says to each request, then the tracebacks of exceptions that reach JavaScript.
function exercise({ pyodide, handle }, requests) {
  const answers = requests.map((request) => handle(request));
  const tracebacks = [];
  for (const code of pyodide.runPython("import widget_requests; widget_requests.FAILURES").toJs()) {
    try {
      pyodide.runPython(code);
      tracebacks.push(null); // it was meant to raise
    } catch (error) {
      if (!(error instanceof pyodide.ffi.PythonError)) throw error;
      tracebacks.push(error.message);
    }
  }
  return { answers, tracebacks };
}

// scripts/widget_requests.py, importable in Pyodide (again after a restore: files are not in a snapshot).
function addRequestsModule(pyodide) {
  pyodide.FS.mkdirTree("/tmp/dt");
  pyodide.FS.writeFile("/tmp/dt/widget_requests.py", requestsSource);
  pyodide.runPython("import sys\nif '/tmp/dt' not in sys.path: sys.path.append('/tmp/dt')");
}

// The stdlib modules Python holds and the size of the zip it runs from: which zip was loaded.
function loaded(pyodide) {
  return pyodide.runPython(`
import json, os, sys
_zip = next(p for p in sys.path if p.endswith(".zip"))
json.dumps({
    "modules": sorted(name for name, module in sys.modules.items()
                      if (getattr(getattr(module, "__spec__", None), "origin", None) or "").startswith(_zip + "/")),
    "stdlib_bytes": os.path.getsize(_zip),
})
`);
}

async function answer(wheel, stdlib, requests) {
  const plain = await engine(wheel, stdlib, { makeSnapshot: true, beforeWheel: addRequestsModule });
  const first = exercise(plain, requests);
  const restored = await engine(wheel, stdlib, { snapshot: plain.snapshot, beforeWheel: addRequestsModule });
  const again = exercise(restored, requests);
  return { ...JSON.parse(loaded(plain.pyodide)), plain: first, restored: again, version };
}

// Watches the stdlib zip: which members are read through zipimport (modules, sources for
// tracebacks, data via the loader) or zipfile (importlib.resources).
const RECORDER = `
import sys, zipfile, zipimport

_STDLIB = next(p for p in sys.path if p.endswith(".zip"))
_read = set()
_get_data = zipimport._get_data
_zip_open = zipfile.ZipFile.open

def _recording_get_data(archive, toc_entry):
    if archive == _STDLIB:
        _read.add(toc_entry[0][len(archive) + 1 :])
    return _get_data(archive, toc_entry)

def _recording_open(self, name, *args, **kwargs):
    if self.filename == _STDLIB:
        _read.add(name if isinstance(name, str) else name.filename)
    return _zip_open(self, name, *args, **kwargs)

zipimport._get_data = _recording_get_data
zipfile.ZipFile.open = _recording_open
`;

// The members to keep, from what was recorded; then the zip written with exactly those.
const TRIM = `
import json, os, sys, zipfile

def kept_members():
    """Every file read or imported from the stdlib zip, with its packages and directories."""
    files = set(_read)
    for module in list(sys.modules.values()):
        origin = getattr(getattr(module, "__spec__", None), "origin", None) or ""
        if origin.startswith(_STDLIB + "/"):
            files.add(origin[len(_STDLIB) + 1 :])
    with zipfile.ZipFile(_STDLIB) as full:
        names = set(full.namelist())
    missing = sorted(files - names)
    if missing:
        raise SystemExit(f"recorded but not in the stdlib zip: {missing}")
    kept = set(files)
    for name in files:
        parts = name.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folder = "/".join(parts[:depth])
            kept |= {f for f in (folder + "/", folder + "/__init__.py") if f in names}
    return kept

def write_trimmed(kept, out):
    """The kept members, sorted, with fixed timestamps and the original's compression and modes."""
    with zipfile.ZipFile(_STDLIB) as full, zipfile.ZipFile(out, "w") as trimmed:
        for name in sorted(kept):
            info = full.getinfo(name)
            copy = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            copy.compress_type = info.compress_type
            copy.external_attr = info.external_attr
            copy.create_system = info.create_system
            trimmed.writestr(copy, full.read(name))
    with zipfile.ZipFile(_STDLIB) as full:
        members = len(full.infolist())
    return json.dumps({"kept": sorted(kept), "members": members, "bytes": os.path.getsize(_STDLIB)})
`;

async function build(wheel, out) {
  const full = await engine(wheel, FULL, {
    makeSnapshot: true,
    beforeWheel: (pyodide) => {
      pyodide.runPython(RECORDER);
      addRequestsModule(pyodide);
    },
  });
  const requests = full.pyodide.runPython("import json, widget_requests; json.dumps(widget_requests.requests())");
  const expected = exercise(full, JSON.parse(requests));
  full.pyodide.runPython(TRIM);
  const summary = JSON.parse(full.pyodide.runPython('write_trimmed(kept_members(), "/tmp/trimmed.zip")'));
  const { kept } = summary;
  const bytes = full.pyodide.FS.readFile("/tmp/trimmed.zip");
  const candidate = `${out}.unchecked`; // named OUT only once it has passed
  writeFileSync(candidate, bytes);

  // The same requests, answered with the trimmed zip alone: not one answer may differ.
  const trimmed = await engine(wheel, candidate, { beforeWheel: addRequestsModule });
  const { stdlib_bytes: size } = JSON.parse(loaded(trimmed.pyodide));
  if (size !== bytes.length) throw new Error(`Pyodide ran from a ${size}-byte stdlib, not the trimmed ${bytes.length} bytes`);
  const got = exercise(trimmed, JSON.parse(requests));
  const differ = expected.answers.flatMap((answer, i) => (answer === got.answers[i] ? [] : [JSON.parse(requests)[i]]));
  differ.push(...expected.tracebacks.flatMap((text, i) => (text === got.tracebacks[i] ? [] : [`traceback ${i}: ${got.tracebacks[i]}`])));
  if (expected.tracebacks.includes(null)) differ.push("a FAILURES snippet did not raise");
  if (differ.length) {
    console.error(`widget: the trimmed stdlib changes ${differ.length} answers, e.g.:\n${differ.slice(0, 5).join("\n")}`);
    process.exit(1);
  }
  renameSync(candidate, out);

  const folders = new Map();
  for (const name of kept.filter((n) => !n.endsWith("/"))) {
    const top = name.includes("/") ? `${name.split("/")[0]}/` : name.replace(/\.py$/, "");
    folders.set(top, (folders.get(top) ?? 0) + 1);
  }
  const listing = [...folders].map(([top, n]) => (n > 1 ? `${top}(${n})` : top)).join(" ");
  const kb = (n) => `${Math.round(n / 1024)} KB`;
  console.log(
    `widget: stdlib for Pyodide ${version} trimmed to ${kept.length} of ${summary.members} members, ` +
      `${kb(summary.bytes)} -> ${kb(bytes.length)}, into ${out}; ${expected.answers.length} answers and ` +
      `${expected.tracebacks.length} tracebacks the same as with the full stdlib\nwidget: kept ${listing}`,
  );
}

const [mode, wheelPath, ...rest] = process.argv.slice(2);
try {
  if (mode === "build" && wheelPath && rest.length === 1) {
    await build(new Uint8Array(readFileSync(wheelPath)), rest[0]);
  } else if (mode === "answer" && wheelPath && rest.length === 2) {
    const requests = JSON.parse(readFileSync(rest[1], "utf8"));
    process.stdout.write(JSON.stringify(await answer(new Uint8Array(readFileSync(wheelPath)), rest[0], requests)));
  } else {
    console.error("usage: node scripts/widget-stdlib.mjs build WHEEL OUT.zip | answer WHEEL STDLIB.zip REQUESTS.json");
    process.exit(2);
  }
} catch (error) {
  // Said here, not by Node: its report of an uncaught error quotes a line of Pyodide's
  // minified module, a megabyte long, and the message drowns in it.
  console.error(`widget-stdlib: ${error instanceof Error ? `${error.name}: ${error.message}` : error}`);
  process.exit(1);
}
