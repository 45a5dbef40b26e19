/** The one public entry of the subgraph kit. */
import "reflect-metadata";

export * from "./errors/errors.js";
export { errorFormatter } from "./errors/format.js";
export * from "./auth/caller.js";
export * from "./auth/caller-context.js";
export { buildFederatedSchema, type ReferenceResolvers } from "./schema/federated-schema.js";
export {
  createOrm,
  migrate,
  StatementCounter,
  type Orm,
  type OrmSettings,
  type EntityManager,
} from "./orm/orm.js";
export type { SubgraphContext } from "./server/context.js";
export { Loaders } from "./server/loaders.js";
export { serveHttp, type HttpServerOptions, type RunningHttpServer } from "./server/http-server.js";
export {
  startSubgraph,
  type SubgraphOptions,
  type RunningSubgraph,
} from "./server/start-subgraph.js";
export {
  citizenIdCheckChar,
  citizenIdProblem,
  parseCitizenId,
  type CitizenIdParts,
} from "./identity/citizen-id.js";
export { ageOn, isRealDate, todayInChina } from "./identity/dates.js";
export { parseEnv, envPrimitives, z } from "./util/env.js";
export { createLogger, type Logger } from "./util/logger.js";
export { TtlCache } from "./util/ttl-cache.js";
export { fieldView, assertReadable, FULL, type FieldDecision } from "./access/field-view.js";
export { stableUuid } from "./util/stable-uuid.js";
export { runService } from "./server/run-service.js";
export { withPgClient, type PgClient } from "./orm/pg-client.js";
