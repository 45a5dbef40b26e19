import path from "node:path";
import { REPO_ROOT, databaseUrl, type RunningHub } from "@gongxiang/scripts";
import {
  cpuProfileArgs,
  nowUs,
  writeSelfTimeTable,
  type CpuProfileTarget,
  type ProfileWindow,
} from "./cpu-profile.js";
import type { LoadJob } from "./load-job.js";
import { populationEnv } from "./population-env.js";
import { freePort, runLoad, startChild, stopChild } from "./processes.js";

/**
 * `--profile-subgraph`: the population subgraph, as the hub runs it (decisions and access log
 * on, the hub's base), in a process of its own with a CPU profile, under the person-lookup
 * load; then its top-20 self-time table over the load's measured window. Its throughput is not a
 * row: profiling slows it.
 */
export async function profilePopulation(
  hub: RunningHub,
  dataDir: string,
  target: CpuProfileTarget,
  load: Omit<Extract<LoadJob, { kind: "http" }>, "url">,
): Promise<void> {
  const port = await freePort();
  const env = await populationEnv(
    hub,
    dataDir,
    databaseUrl(hub.postgres.url, hub.databases.population),
  );
  const child = await startChild(
    path.join(REPO_ROOT, "subgraphs", "population", "dist", "main.js"),
    { ...env, POPULATION_PORT: String(port) },
    `http://127.0.0.1:${port}/health`,
    cpuProfileArgs(target),
  );
  let window: ProfileWindow;
  try {
    const started = nowUs();
    const result = await runLoad({ ...load, url: `http://127.0.0.1:${port}/graphql` });
    // The measured part of the load: after its warm-up, without the start-up and the stop.
    window = { fromUs: started + load.warmupMs * 1000, toUs: nowUs() };
    console.error(
      `[bench] profiled population subgraph c=${load.connections}: ${result.throughput} req/s p50 ${result.p50} ms, ${result.errors} errors${result.firstError ? ` (first: ${result.firstError})` : ""}`,
    );
  } finally {
    await stopChild(child);
  }
  await writeSelfTimeTable(
    target,
    `Population subgraph, person lookup at c=${load.connections} (measured window): top 20 by self time`,
    window,
  );
}
