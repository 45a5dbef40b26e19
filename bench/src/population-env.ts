import { databaseUrl, ensureKeyPair, sharingEnv, type RunningHub } from "@gongxiang/scripts";

/**
 * The settings of a population subgraph the bench starts beside the hub's, on the base at
 * `url`: the hub's caller-context key, sharing rules and access log, no Redis.
 */
export async function populationEnv(
  hub: RunningHub,
  dataDir: string,
  url: string,
): Promise<Record<string, string | undefined>> {
  const keys = await ensureKeyPair(dataDir, "caller-context");
  return {
    NODE_ENV: "development",
    LOG_LEVEL: "error",
    POPULATION_PORT: "0",
    POPULATION_DATABASE_URL: url,
    CALLER_CONTEXT_PUBLIC_JWK: JSON.stringify(keys.publicJwk),
    ...(await sharingEnv(hub.subgraphs.catalog.url, dataDir)),
    ACCESS_LOG_DATABASE_URL: databaseUrl(hub.postgres.url, hub.databases.accessLog),
    REDIS_URL: undefined,
  };
}
