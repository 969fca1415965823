// Add the engine's bytecode to the widget's wheel, compiled by the very Pyodide it runs in.
//
//   node scripts/widget-wheel-pyc.mjs build/wheel/should_i_fine_tune-3.1.0-py3-none-any.whl
//
// Compiling our sources is most of what importing the package costs in the browser, and it
// delays the widget's "engine ready" beyond a bare Pyodide load. So the pinned Pyodide
// (node_modules/pyodide, run here in Node) compiles each module once at build time into
// `__pycache__/<name>.cpython-3XX.pyc`, unchecked-hash pycs (PEP 552) that Python uses
// without comparing them with the sources, whose file times unpacking does not keep. The
// sources stay in the wheel: any other Python ignores a cache tag that is not its own, and
// tracebacks still show the code. RECORD is rewritten to list the new files.
//
// Only what the widget runs goes in: the modules `decision_tree.bridge` imports, directly or
// not, and their packages' `__init__.py`. The CLI, the checks and the other renderers (DOT,
// JSON, tables) never run in the browser, so the wheel leaves them out.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const [wheel] = process.argv.slice(2);
if (!wheel) {
  console.error("usage: node scripts/widget-wheel-pyc.mjs WHEEL");
  process.exit(2);
}
const pyodideDir = fileURLToPath(new URL("../node_modules/pyodide/", import.meta.url));
const { loadPyodide } = await import(new URL("pyodide.mjs", `file://${pyodideDir}`).href);
const pyodide = await loadPyodide({ indexURL: pyodideDir, stdout: () => {} });

pyodide.FS.writeFile("/tmp/in.whl", new Uint8Array(readFileSync(wheel)));
const added = pyodide.runPython(`
import ast, base64, hashlib, os, py_compile, sys, zipfile

ENTRY = "decision_tree/bridge.py"

def module_file(name, files):
    """The wheel path of a module name, as a module or as a package."""
    path = name.replace(".", "/")
    return next((f for f in (path + ".py", path + "/__init__.py") if f in files), None)

def imported(filename, source, files):
    """The package files a module imports (relative imports resolved, lazy ones included)."""
    package = filename.rpartition("/")[0].replace("/", ".")
    if filename.endswith("/__init__.py"):
        package = filename[: -len("/__init__.py")].replace("/", ".")
    found = set()
    for node in ast.walk(ast.parse(source)):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            names = [base, *(f"{base}.{a.name}" for a in node.names)]
        for name in names:
            parts = name.split(".")
            for n in range(1, len(parts) + 1):  # a module and every package above it
                if (f := module_file(".".join(parts[:n]), files)) is not None:
                    found.add(f)
    return found

def closure(sources):
    keep, todo = set(), [ENTRY]
    while todo:
        f = todo.pop()
        if f not in keep:
            keep.add(f)
            todo += imported(f, sources[f], sources)
    return keep

def digest(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()

entries, record = [], None
with zipfile.ZipFile("/tmp/in.whl") as wheel:
    sources = {i.filename: wheel.read(i) for i in wheel.infolist() if i.filename.endswith(".py")}
    keep = closure(sources)
    for info in wheel.infolist():
        data = wheel.read(info)
        if info.filename.endswith(".py") and info.filename not in keep:
            continue
        if info.filename.endswith(".dist-info/RECORD"):
            record = info
            continue
        entries.append((info, data))
        if info.filename.endswith(".py"):
            folder, _, name = info.filename.rpartition("/")
            source = "/tmp/src/" + info.filename
            os.makedirs(os.path.dirname(source), exist_ok=True)
            with open(source, "wb") as f:
                f.write(data)
            compiled = py_compile.compile(
                source,
                cfile=source + "c",
                dfile=info.filename,
                doraise=True,
                invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
            )
            with open(compiled, "rb") as f:
                pyc = f.read()
            pyc_info = zipfile.ZipInfo(f"{folder}/__pycache__/{name[:-3]}.{sys.implementation.cache_tag}.pyc", info.date_time)
            pyc_info.external_attr = info.external_attr
            pyc_info.compress_type = zipfile.ZIP_DEFLATED
            entries.append((pyc_info, pyc))
if record is None:
    raise SystemExit("not a wheel: no .dist-info/RECORD")
lines = [f"{info.filename},{digest(data)},{len(data)}" for info, data in entries] + [f"{record.filename},,"]
with zipfile.ZipFile("/tmp/out.whl", "w", zipfile.ZIP_DEFLATED) as out:
    for info, data in entries:
        out.writestr(info, data)
    out.writestr(record, ("\\n".join(lines) + "\\n").encode())
(sum(1 for info, _ in entries if info.filename.endswith(".pyc")), len(sources) - len(keep))
`).toJs();
writeFileSync(wheel, pyodide.FS.readFile("/tmp/out.whl"));
const [compiled, left] = added;
console.log(`widget: ${compiled} modules precompiled for Pyodide ${pyodide.version} into ${wheel} (${left} not used by the bridge left out)`);
