import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT } from "@gongxiang/scripts";
import { postGraphQL } from "../support/graphql.js";
import {
  freeHubPorts,
  outputContains,
  startHubProcess,
  type HubProcess,
} from "../support/hub-process.js";

/**
 * Issue 13, acceptance 3: `npm start` as a person runs it (embedded PostgreSQL, every service
 * in one process) stops on Ctrl-C — SIGINT to its whole process group, as a terminal sends it —
 * with exit code 0 within 10 s and no error in its log: services first, PostgreSQL last. Every
 * run here has ports, a data folder and an embedded PostgreSQL port of its own.
 */
let dataDir: string;
let ports: Record<string, string>;

function start(command: string, args: string[]): HubProcess {
  return startHubProcess(command, args, { ...process.env, ...ports });
}

/** Lines an operator would read as something having gone wrong. */
function errorLines(output: string[]): string[] {
  return output.filter(
    (line) =>
      /"level":(40|50|60)/.test(line) ||
      /error|terminating connection|ECONNREFUSED|ECONNRESET|unhandled/i.test(
        line.replace(/"level":30.*$/, ""),
      ),
  );
}

function gitStatus(): string {
  return spawnSync("git", ["status", "--porcelain"], { cwd: REPO_ROOT, encoding: "utf8" }).stdout;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "gongxiang-start-"));
  ports = { DATA_DIR: dataDir, LOG_LEVEL: "info", ...(await freeHubPorts()) };
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm start and Ctrl-C (issue 13)", () => {
  it("stops on Ctrl-C: requests answered, services, then PostgreSQL; exit 0 within 10 s, nothing in the log but its own lines", async () => {
    const before = gitStatus();
    const run = start("npm", ["start"]);
    await outputContains(run, "Gongxiang is up", 180_000);
    const gateway = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
    const token = spawnSync(
      process.execPath,
      [
        "scripts/dist/token.js",
        "--sub",
        "officer-1",
        "--dept",
        "public-security",
        "--roles",
        "clerk",
      ],
      { cwd: REPO_ROOT, env: { ...process.env, DATA_DIR: dataDir }, encoding: "utf8" },
    ).stdout.trim();
    const query = `{ personByCitizenId(citizenId: "130926193604120317") { name licences { type } } }`;
    const first = await postGraphQL<{ personByCitizenId: { name: string } }>(gateway, query, {
      token,
    });
    expect(first.data?.personByCitizenId.name).toBe("董志明");

    // Requests in flight when Ctrl-C comes are answered (or, arriving after, not accepted).
    const inFlight = Array.from({ length: 5 }, () =>
      postGraphQL(gateway, query, { token }).then(
        (response) => response.status,
        () => "not accepted",
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const sent = Date.now();
    process.kill(-run.child.pid!, "SIGINT");
    const { code, at } = await run.exited;
    expect(code).toBe(0);
    expect(at - sent).toBeLessThan(10_000);
    for (const status of await Promise.all(inFlight))
      expect([200, "not accepted"]).toContain(status);
    expect(run.output.join("\n")).toContain("Gongxiang stopped.");
    expect(errorLines(run.output)).toEqual([]);
    // PostgreSQL shut down cleanly (it removes its lock file) and nothing is left listening.
    expect(existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);
    expect(gitStatus()).toBe(before);
  }, 240_000);

  it("stops on SIGTERM to npm alone (as a supervisor sends it), exit 0", async () => {
    const run = start("npm", ["start"]);
    await outputContains(run, "Gongxiang is up", 120_000);
    const sent = Date.now();
    process.kill(run.child.pid!, "SIGTERM");
    const { code, at } = await run.exited;
    expect(code).toBe(0);
    expect(at - sent).toBeLessThan(10_000);
    expect(errorLines(run.output)).toEqual([]);
    expect(existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);
  }, 180_000);

  it("names the setting to change when a service's port is taken, and leaves PostgreSQL stopped", async () => {
    const taken = net.createServer().listen(Number(ports.CASES_PORT), "0.0.0.0");
    try {
      const run = start(process.execPath, ["scripts/dist/start.js"]);
      const { code } = await run.exited;
      expect(code).toBe(1);
      expect(run.output.join("\n")).toMatch(
        new RegExp(`port ${ports.CASES_PORT} is already in use.*CASES_PORT`),
      );
      expect(existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);
    } finally {
      taken.close();
    }
  }, 120_000);

  it("names EMBEDDED_POSTGRES_PORT when another server holds the embedded PostgreSQL's port", async () => {
    const taken = net
      .createServer((socket) => socket.end())
      .listen(Number(ports.EMBEDDED_POSTGRES_PORT), "127.0.0.1");
    try {
      const run = start(process.execPath, ["scripts/dist/start.js"]);
      const { code } = await run.exited;
      expect(code).toBe(1);
      expect(run.output.join("\n")).toMatch(/EMBEDDED_POSTGRES_PORT/);
    } finally {
      taken.close();
    }
  }, 60_000);
});
