import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { isIP } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT } from "@gongxiang/scripts";
import type { Connection } from "../support/connection-recorder.js";
import { postGraphQL } from "../support/graphql.js";
import { freeHubPorts, outputContains, startHubProcess } from "../support/hub-process.js";

/**
 * Issue 11, finding 11, as `npm start` runs the hub: the gateway in a worker thread of its own
 * (where @apollo/gateway would report host metrics unless told not to). Every thread of the
 * process records its TCP connections and name lookups (a preload); a start, a query and a
 * while for timers to fire must reach nothing but the hub's own services and its PostgreSQL.
 */
const RECORDER = path.join(REPO_ROOT, "tests", "dist", "support", "connection-recorder.js");

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "gongxiang-outbound-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

it("connects, from every thread, to nothing but the configured services", async () => {
  const ports = await freeHubPorts();
  const log = path.join(dataDir, "connections.jsonl");
  const run = startHubProcess(process.execPath, ["--require", RECORDER, "scripts/dist/start.js"], {
    ...process.env,
    ...ports,
    DATA_DIR: dataDir,
    CONNECTION_LOG: log,
    LOG_LEVEL: "info",
  });
  try {
    await outputContains(run, "Gongxiang is up", 180_000);
    const token = spawnSync(
      process.execPath,
      ["scripts/dist/token.js", "--sub", "ps-net", "--dept", "public-security", "--roles", "clerk"],
      { cwd: REPO_ROOT, env: { ...process.env, DATA_DIR: dataDir }, encoding: "utf8" },
    ).stdout.trim();
    const answer = await postGraphQL<{ personByCitizenId: { name: string } }>(
      `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`,
      `{ personByCitizenId(citizenId: "130926193604120317") { name licences { type } } }`,
      { token },
    );
    expect(answer.data?.personByCitizenId.name).toBe("董志明");
    // Background reporters start on timers: give them a moment to show themselves.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  } finally {
    // A hub that failed to start has exited already: its own error is the one to see.
    if (run.child.exitCode === null && run.child.signalCode === null) {
      process.kill(-run.child.pid!, "SIGINT");
    }
    await run.exited;
  }

  const events = (await readFile(log, "utf8"))
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { connect?: Connection; lookup?: string; thread?: number });
  const connections = events.flatMap((event) => (event.connect ? [event.connect] : []));
  const lookups = events.flatMap((event) => (event.lookup ? [event.lookup] : []));
  const allowedPorts = new Set(Object.values(ports).map(Number));
  const loopback = new Set(["127.0.0.1", "::1", "localhost"]);
  const elsewhere = connections.filter(
    (c) => !c.host.startsWith("unix:") && (!loopback.has(c.host) || !allowedPorts.has(c.port!)),
  );
  expect(elsewhere).toEqual([]);
  // An address given as such (0.0.0.0, where npm start listens) is looked up without a query.
  expect(lookups.filter((name) => !loopback.has(name) && isIP(name) === 0)).toEqual([]);
  // The recorder saw the main thread and the gateway's thread (its fetches to the bases).
  expect(connections.some((c) => c.thread === 0)).toBe(true);
  expect(
    connections.some((c) => c.thread !== 0 && Number(c.port) === Number(ports.POPULATION_PORT)),
  ).toBe(true);
}, 240_000);
