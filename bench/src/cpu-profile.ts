import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "@gongxiang/scripts";

/**
 * CPU profiles of the bench's child processes (`--profile-gateway`, `--profile-subgraph`):
 * Node writes `<dir>/<name>.cpuprofile` when the process exits, and the bench then writes
 * `<dir>/<name>.top20.md`, the 20 functions with the most self time, to commit beside a change.
 */
export interface CpuProfileTarget {
  dir: string;
  name: string;
}

/**
 * A time window of a profile, in microseconds of the monotonic clock: V8 stamps its samples on
 * the clock process.hrtime reads, which is the same for every process of the machine.
 */
export interface ProfileWindow {
  fromUs: number;
  toUs: number;
}

export function nowUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** The Node flags that make a process write its CPU profile to `target` when it exits. */
export function cpuProfileArgs(target: CpuProfileTarget): string[] {
  return [
    "--cpu-prof",
    `--cpu-prof-dir=${target.dir}`,
    `--cpu-prof-name=${target.name}.cpuprofile`,
  ];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a function is: a package and its file, a repository file, or Node's own. */
function place(url: string, line: number): string {
  if (!url) return "";
  const file = url.replace(/^file:\/\//, "");
  const inPackage = file.lastIndexOf("/node_modules/");
  const shown =
    inPackage >= 0
      ? file.slice(inPackage + "/node_modules/".length)
      : file.startsWith(REPO_ROOT)
        ? path.relative(REPO_ROOT, file)
        : file;
  return `${shown}:${line + 1}`;
}

/**
 * The `top` functions with the most self time (within `window` if given, e.g. a load's measured
 * part without the start-up), as a Markdown table under `title`.
 */
export function selfTimeTable(
  profile: Profile,
  title: string,
  window: ProfileWindow | null = null,
  top = 20,
): string {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<string, { name: string; where: string; us: number }>();
  let totalUs = 0;
  let at = profile.startTime;
  // A sample's time runs until the next sample.
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window.fromUs || at > window.toUs)) continue;
    const us = profile.timeDeltas[i + 1] ?? 0;
    const frame = byNode.get(profile.samples[i]!)!.callFrame;
    const where = place(frame.url, frame.lineNumber);
    const key = `${frame.functionName}@${where}`;
    const entry = selfUs.get(key) ?? { name: frame.functionName || "(anonymous)", where, us: 0 };
    entry.us += us;
    selfUs.set(key, entry);
    totalUs += us;
  }
  const idleUs = [...selfUs.values()].find((entry) => entry.name === "(idle)")?.us ?? 0;
  const busyUs = Math.max(1, totalUs - idleUs);
  const rows = [...selfUs.values()]
    .filter((entry) => entry.name !== "(idle)")
    .sort((a, b) => b.us - a.us)
    .slice(0, top);
  const ms = (us: number) => (us / 1000).toFixed(1);
  const share = (us: number) => ((100 * us) / busyUs).toFixed(1);
  return [
    `# ${title}`,
    "",
    `Sampled ${ms(totalUs)} ms, of which ${ms(idleUs)} ms idle; shares are of the ${ms(busyUs)} ms busy.`,
    "",
    "| # | self ms | self % | function | where |",
    "|---:|---:|---:|---|---|",
    ...rows.map(
      (entry, i) =>
        `| ${i + 1} | ${ms(entry.us)} | ${share(entry.us)} | \`${entry.name}\` | ${entry.where} |`,
    ),
    "",
  ].join("\n");
}

/** Reads the profile a process wrote to `target` on exit and writes its top-20 table beside it. */
export async function writeSelfTimeTable(
  target: CpuProfileTarget,
  title: string,
  window: ProfileWindow | null = null,
): Promise<void> {
  const file = path.join(target.dir, `${target.name}.cpuprofile`);
  const profile = JSON.parse(await readFile(file, "utf8")) as Profile;
  const table = path.join(target.dir, `${target.name}.top20.md`);
  await writeFile(table, selfTimeTable(profile, title, window));
  console.error(`[bench] CPU profile ${file}, top 20 by self time in ${table}`);
}
