#!/usr/bin/env node
// The pre-step of npm start, npm test and the repository's commands: installs the
// dependencies and builds the TypeScript when they are missing or stale. Node built-ins
// only, since it runs before anything is installed. Its output goes to stderr so that a
// command's own stdout (e.g. a token) stays clean.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const quiet = process.argv.includes("--quiet");
const say = (message) => {
  if (!quiet) process.stderr.write(`[bootstrap] ${message}\n`);
};

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ["ignore", quiet ? "ignore" : 2, 2],
    shell: process.platform === "win32",
  });
  if (result.status !== 0) {
    process.stderr.write(`[bootstrap] '${command} ${args.join(" ")}' failed\n`);
    process.exit(result.status ?? 1);
  }
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const workspaces = [
  "subgraphs/kit",
  "subgraphs/population",
  "subgraphs/licences",
  "subgraphs/catalog",
  "subgraphs/cases",
  "bench",
  "gateway",
  "scripts",
  "tests",
  "web",
];
const installed = path.join(root, "node_modules", ".package-lock.json");
const manifests = [
  "package.json",
  "package-lock.json",
  ...workspaces.map((w) => `${w}/package.json`),
];
const newestManifest = Math.max(...manifests.map((m) => mtime(path.join(root, m))));

// A fresh clone installs exactly the committed lock (it holds every platform's optional
// binaries, so npm ci accepts it); after a manifest changes, npm install updates the lock.
if (!existsSync(installed)) {
  say("installing dependencies (first run)...");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
} else if (newestManifest > mtime(installed)) {
  say("dependencies changed: installing...");
  run("npm", ["install", "--no-audit", "--no-fund"]);
  // npm leaves the marker untouched when nothing changed; mark this state as installed.
  const now = new Date();
  utimesSync(installed, now, now);
}

// tsc -b is incremental: it only rebuilds the projects whose sources changed.
say("building...");
run(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-b"]);

// The web app's production build (served by npm start), when its sources are newer.
const newest = (entry) => {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
};
const web = path.join(root, "web");
const webSources = ["src", "public", "index.html", "vite.config.mts", "package.json"];
const webBuilt = mtime(path.join(web, "dist", ".vite", "manifest.json"));
if (Math.max(...webSources.map((entry) => newest(path.join(web, entry)))) > webBuilt) {
  say("building the web app...");
  const vite = path.join(root, "node_modules", "vite", "bin", "vite.js");
  const result = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: web,
    stdio: ["ignore", quiet ? "ignore" : 2, 2],
  });
  if (result.status !== 0) {
    process.stderr.write("[bootstrap] the web app's build failed\n");
    process.exit(result.status ?? 1);
  }
}
