import { startSubgraph, type RunningSubgraph, type SubgraphOptions } from "@gongxiang/kit";
import type { PopulationConfig } from "./config.js";
import { createPopulationOrm } from "./orm.js";
import { buildPopulationSchema } from "./schema.js";
import { screeningRoute } from "./screening/screening.route.js";

/** Starts the population subgraph. */
export async function startPopulation(
  config: PopulationConfig,
  options: { host?: string; policy?: SubgraphOptions["policy"] } = {},
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
    policy: options.policy,
    openOrm: (log) => createPopulationOrm(config.databaseUrl, { log }),
    schema: await buildPopulationSchema(),
    routes: (_deps, orm) => {
      const routes: Record<string, ReturnType<typeof screeningRoute>> = {};
      if (config.screeningToken) routes["/screening"] = screeningRoute(orm, config.screeningToken);
      return routes;
    },
  });
}
