import {
  WorkingCalendar,
  closeRedis,
  connectRedis,
  createAccessLogOrm,
  createLogger,
  migrate,
  startSubgraph,
  type RunningSubgraph,
} from "@gongxiang/kit";
import { SupergraphIndex } from "./binding/supergraph-index.js";
import type { CatalogConfig } from "./config.js";
import type { CatalogDeps } from "./context.js";
import { sharingChangeNotices } from "./grant/sharing-change-notice.js";
import { SharingSnapshots } from "./grant/sharing-snapshot.js";
import { createCatalogOrm } from "./orm.js";
import { buildCatalogSchema } from "./schema.js";

/** Starts the catalog subgraph; bindings are checked against the supergraph the gateway runs. */
export async function startCatalog(
  config: CatalogConfig,
  options: { host?: string } = {},
): Promise<RunningSubgraph<CatalogDeps>> {
  const supergraph = await SupergraphIndex.fromFile(config.supergraphFile);
  const accessLog = await createAccessLogOrm(config.accessLogDatabaseUrl);
  try {
    await migrate(accessLog);
  } catch (error) {
    await accessLog.close();
    throw error;
  }
  const log = createLogger("catalog", config.logLevel);
  const redis = config.redisUrl ? connectRedis(config.redisUrl, log) : null;
  let running: RunningSubgraph<CatalogDeps>;
  try {
    running = await startSubgraph<CatalogDeps>({
      name: "catalog",
      logLevel: config.logLevel,
      production: config.production,
      port: config.port,
      metricsPort: config.telemetry.metricsPort,
      host: options.host,
      callerContextPublicJwk: config.callerContextPublicJwk,
      openOrm: (log) => createCatalogOrm(config.databaseUrl, { log }),
      schema: await buildCatalogSchema(),
      deps: (orm) => ({
        supergraph,
        calendar: new WorkingCalendar(config.holidays),
        accessLog,
        sharing: new SharingSnapshots(orm, config.sharingSnapshotToken),
      }),
      // Every base polls the sharing rules in force here (ETag; 304 when unchanged).
      routes: (deps) => ({ "/sharing/snapshot": deps.sharing.route }),
      plugins: [sharingChangeNotices(redis, log)],
    });
  } catch (error) {
    await accessLog.close();
    await closeRedis(redis);
    throw error;
  }
  running.metrics.watchPool("access_log", accessLog);
  return {
    ...running,
    stop: async () => {
      await running.stop();
      await accessLog.close();
      await closeRedis(redis);
    },
  };
}
