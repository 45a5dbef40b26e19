import { loadLicencesConfig, startLicences, type RunningLicences } from "@gongxiang/licences";
import {
  databaseUrl,
  ensureKeyPair,
  ensureSecret,
  ensureServiceIssuer,
  sharingEnv,
  type RunningHub,
} from "@gongxiang/scripts";

/** Starts the e-licence subgraph again as the hub ran it, on the port it had. */
export async function restartLicences(
  hub: RunningHub,
  dataDir: string,
  port: number,
): Promise<RunningLicences> {
  const keys = await ensureKeyPair(dataDir, "caller-context");
  return startLicences(
    loadLicencesConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      LICENCES_PORT: String(port),
      LICENCES_DATABASE_URL: databaseUrl(hub.postgres.url, hub.databases.licences),
      CALLER_CONTEXT_PUBLIC_JWK: JSON.stringify(keys.publicJwk),
      LICENCE_SEAL_MASTER_KEY: await ensureSecret(dataDir, "licence-seal-master"),
      ...(await sharingEnv(hub.subgraphs.catalog.url, dataDir)),
      ACCESS_LOG_DATABASE_URL: databaseUrl(hub.postgres.url, hub.databases.accessLog),
      CASES_URL: new URL("/", hub.subgraphs.cases.url).toString(),
      GATEWAY_URL: hub.gateway.url,
      LICENCES_SERVICE_PRIVATE_JWK: JSON.stringify(
        (await ensureServiceIssuer(dataDir, "licences")).privateJwk,
      ),
    }),
    { host: "127.0.0.1" },
  );
}

/** Sends `request` from `concurrency` loops until `stop()` is called; counts what came back. */
export function backgroundLoad<T>(concurrency: number, request: () => Promise<T>) {
  const results: T[] = [];
  let running = true;
  const loops = Array.from({ length: concurrency }, async () => {
    while (running) results.push(await request());
  });
  return {
    results,
    async stop(): Promise<T[]> {
      running = false;
      const settled = await Promise.allSettled(loops);
      const failed = settled.find((loop) => loop.status === "rejected");
      if (failed) throw failed.reason;
      return results;
    },
  };
}
