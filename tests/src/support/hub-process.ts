import { spawn, type ChildProcess } from "node:child_process";
import { REPO_ROOT } from "@gongxiang/scripts";
import { freePort } from "./free-port.js";

/** A command run as a person runs `npm start`: its own process group, its output collected. */
export interface HubProcess {
  child: ChildProcess;
  output: string[];
  exited: Promise<{ code: number | null; at: number }>;
}

/**
 * Starts `command` in the repository with `env` less DATABASE_URL and REDIS_URL: the embedded
 * PostgreSQL and no Redis, one process, as on a laptop.
 */
export function startHubProcess(
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
): HubProcess {
  const childEnv = { ...env };
  delete childEnv.DATABASE_URL;
  delete childEnv.REDIS_URL;
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: childEnv,
    detached: true, // a process group of its own, as a terminal gives a command
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString("utf8").split("\n"));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.once("exit", (code) => resolve({ code, at: Date.now() })),
  );
  return { child, output, exited };
}

/** Waits until the process has written `text`; fails with its last lines if it exits first. */
export async function outputContains(run: HubProcess, text: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!run.output.some((line) => line.includes(text))) {
    if (run.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`no "${text}":\n${run.output.slice(-40).join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * A free port for each service of `npm start` (the web app's too) and its embedded PostgreSQL,
 * as settings: a hub already running on the defaults must not fail the test.
 */
export async function freeHubPorts(): Promise<Record<string, string>> {
  const ports: Record<string, string> = {};
  for (const name of [
    "GATEWAY_PORT",
    "POPULATION_PORT",
    "LICENCES_PORT",
    "CATALOG_PORT",
    "CASES_PORT",
    "WEB_PORT",
    "EMBEDDED_POSTGRES_PORT",
  ]) {
    ports[name] = String(await freePort());
  }
  return ports;
}
