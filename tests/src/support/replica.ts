import type { RunningSubgraph } from "@gongxiang/kit";
import { loadPopulationConfig, startPopulation } from "@gongxiang/population";
import { databaseUrl, ensureKeyPair, sharingEnv } from "@gongxiang/scripts";
import type { TestHub } from "./test-hub.js";

/** A second population subgraph on the test hub's databases (a replica), polling as told. */
export async function startPopulationReplica(
  t: TestHub,
  options: { redisUrl?: string; sharingPollMs: number },
): Promise<RunningSubgraph> {
  const keys = await ensureKeyPair(t.dataDir, "caller-context");
  return startPopulation(
    loadPopulationConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      POPULATION_PORT: "0",
      POPULATION_DATABASE_URL: databaseUrl(t.hub.postgres.url, t.hub.databases.population),
      CALLER_CONTEXT_PUBLIC_JWK: JSON.stringify(keys.publicJwk),
      ...(await sharingEnv(t.hub.subgraphs.catalog.url, t.dataDir)),
      ACCESS_LOG_DATABASE_URL: databaseUrl(t.hub.postgres.url, t.hub.databases.accessLog),
      REDIS_URL: options.redisUrl,
      SHARING_POLL_MS: String(options.sharingPollMs),
    }),
    { host: "127.0.0.1" },
  );
}
