// `npm run check`: the JavaScript a browser loads before the counter page shows (the entry
// chunk, the counter page's chunk and everything they import statically), gzipped, against
// the budget of issue 16: at most 250 KB. Reads the manifest `vite build` writes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET = 250_000;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");
const manifest = JSON.parse(readFileSync(path.join(dist, ".vite/manifest.json"), "utf8"));

const files = new Set();
function load(key) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the build has no chunk ${key}`);
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) load(imported);
}
load("index.html");
load("src/pages/counter/CounterPage.tsx");

let total = 0;
for (const file of [...files].sort()) {
  const size = gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`  ${file.padEnd(44)} ${(size / 1000).toFixed(1).padStart(7)} KB gzipped`);
}
console.log(
  `counter page initial JavaScript: ${(total / 1000).toFixed(1)} KB gzipped (budget 250 KB)`,
);
if (total > BUDGET) {
  console.error("over budget: split a page or drop a dependency");
  process.exit(1);
}
