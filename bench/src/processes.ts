import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { inheritedEnv } from "./config.js";
import type { LoadJob, LoadResult } from "./load-job.js";

/** Runs one load job in its own process; samples a process's resident memory meanwhile. */
export async function runLoad(
  job: LoadJob,
  watchPid?: number,
): Promise<LoadResult & { maxRssMb: number | null }> {
  const child = fork(path.join(__dirname, "load.js"), [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let maxRss = 0;
  const sampler = watchPid
    ? setInterval(() => {
        maxRss = Math.max(maxRss, rssKb(watchPid));
      }, 200)
    : null;
  try {
    const result = await new Promise<LoadResult>((resolve, reject) => {
      child.once("message", (message) => resolve(message as LoadResult));
      child.once(
        "exit",
        (code) => code !== 0 && reject(new Error(`load process exited with ${code}`)),
      );
      child.send(job);
    });
    return { ...result, maxRssMb: watchPid ? Math.round(maxRss / 1024) : null };
  } finally {
    if (sampler) clearInterval(sampler);
    child.kill();
  }
}

function rssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** A port free on the loopback interface now, for a child process to listen on. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a service in a child process and waits for it to answer /health. */
export async function startChild(
  script: string,
  env: Record<string, string | undefined>,
  healthUrl: string,
  execArgv: string[] = [],
): Promise<ChildProcess> {
  const child = fork(script, [], {
    env: { ...inheritedEnv(), ...env },
    execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    try {
      const response = await fetch(healthUrl, { signal: AbortSignal.timeout(1_000) });
      if (response.status < 500) return child;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${script} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  });
}
