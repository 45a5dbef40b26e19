/** Public entry of the scripts package: the hub runner and helpers tests and benchmarks use. */
export {
  loadHubConfig,
  LOOPBACK_ANY_PORT,
  NO_RATE_LIMITS,
  REPO_ROOT,
  type HubConfig,
} from "./config.js";
export { startHub, type RunningHub, type HubOptions } from "./hub/hub.js";
export { readDemoDataset, type DemoDataset } from "./hub/demo.js";
export {
  signDevToken,
  ensureDevIssuer,
  ensureServiceIssuer,
  AUDIENCE,
  type TokenRequest,
} from "./hub/dev-issuer.js";
export { ensureKeyPair, ensureSecret } from "./hub/keys.js";
export {
  startEmbeddedPostgres,
  openPostgres,
  databaseUrl,
  ensureDatabases,
  dropDatabases,
  type PostgresServer,
} from "./hub/postgres.js";
export { composeSchemas, subgraphSources } from "./compose/compose-schemas.js";
export { analyzeAfterLoad, seedPopulation } from "./seed/seed-population.js";
export { PopulationGenerator } from "./seed/population-generator.js";
export { loadVillages } from "./seed/divisions.js";
export { licencesFor } from "./seed/seed-licences.js";
export { sharingEnv } from "./hub/sharing-env.js";
