import { startSubgraph, type RunningSubgraph } from "@gongxiang/kit";
import type { PopulationConfig } from "./config.js";
import { createPopulationOrm } from "./orm.js";
import { buildPopulationSchema } from "./schema.js";

/** Starts the population subgraph. */
export async function startPopulation(
  config: PopulationConfig,
  options: { host?: string; enforcement?: boolean } = {},
): Promise<RunningSubgraph> {
  return startSubgraph({
    logLevel: config.logLevel,
    production: config.production,
    port: config.port,
    metricsPort: config.telemetry.metricsPort,
    callerContextPublicJwk: config.callerContextPublicJwk,
    ...config.enforcement,
    name: "population",
    host: options.host,
    enforcement: options.enforcement,
    openOrm: (log) => createPopulationOrm(config.databaseUrl, { log }),
    schema: await buildPopulationSchema(),
  });
}
