import {
  CallerContextVerifier,
  createLogger,
  migrate,
  startSubgraph,
  type RunningSubgraph,
} from "@gongxiang/kit";
import type { PopulationConfig } from "./config.js";
import { createPopulationOrm } from "./orm.js";
import { buildPopulationSchema } from "./schema.js";

/** Starts the population subgraph: ORM, pending migrations, schema, HTTP. */
export async function startPopulation(
  config: PopulationConfig,
  options: { host?: string } = {},
): Promise<RunningSubgraph> {
  const log = createLogger("population", config.logLevel);
  const orm = await createPopulationOrm(config.databaseUrl, {
    log: (message) => log.debug(message),
  });
  const applied = await migrate(orm);
  if (applied.length) log.info({ applied }, "migrations applied");
  return startSubgraph({
    name: "population",
    schema: await buildPopulationSchema(),
    orm,
    verifier: await CallerContextVerifier.fromJwk(config.callerContextPublicJwk),
    log,
    port: config.port,
    host: options.host,
    production: config.production,
  });
}
