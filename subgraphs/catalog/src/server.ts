import {
  LogAuthority,
  WorkingCalendar,
  closeRedis,
  connectRedis,
  createAccessLogOrm,
  createLogger,
  migrate,
  startSubgraph,
  type RunningSubgraph,
} from "@gongxiang/kit";
import {
  checkpointJwksRoute,
  checkpointsRoute,
  CHECKPOINTS_PATH,
  JWKS_PATH,
} from "./access-log/checkpoints.route.js";
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
  const log = createLogger("catalog", config.logLevel);
  const accessLog = await createAccessLogOrm(config.accessLogDatabaseUrl, { poolMax: 8 });
  let logAuthority: LogAuthority;
  try {
    await migrate(accessLog);
    // The catalog owns the log: it signs the partitions' checkpoints and verifies them.
    logAuthority = await LogAuthority.start({
      orm: accessLog,
      masterKey: config.accessLogMasterKey,
      checkpointIntervalMs: config.checkpointIntervalMs,
      witness: config.accessLogWitness,
      log: log.child({ part: "access-log" }),
    });
  } catch (error) {
    await accessLog.close();
    throw error;
  }
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
        logAuthority,
      }),
      // Every base polls the sharing rules in force here (ETag; 304 when unchanged); anyone
      // reads the access log's signed checkpoints and their keys.
      routes: (deps) => ({
        "/sharing/snapshot": deps.sharing.route,
        [CHECKPOINTS_PATH]: checkpointsRoute(logAuthority),
        [JWKS_PATH]: checkpointJwksRoute(logAuthority),
      }),
      plugins: [sharingChangeNotices(redis, log)],
    });
  } catch (error) {
    await logAuthority.stop();
    await accessLog.close();
    await closeRedis(redis);
    throw error;
  }
  running.metrics.watchPool("access_log", accessLog);
  let stopping: Promise<void> | undefined;
  return {
    ...running,
    stop: () =>
      (stopping ??= (async () => {
        await running.stop();
        // The last checkpoints are signed at shutdown.
        await logAuthority.stop();
        await accessLog.close();
        await closeRedis(redis);
      })()),
  };
}
